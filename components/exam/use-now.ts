"use client";
// The wall clock as an external store: one interval for the whole page, refreshed as soon as a
// hidden tab comes back (background tabs throttle timers). Time shown is always deadline − now.
import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
}

function onVisible() {
  if (document.visibilityState === "visible") tick();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    timer = setInterval(tick, 500);
    document.addEventListener("visibilitychange", onVisible);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      now = 0; // the next page to subscribe reads a fresh time, not the one from when this one left

      document.removeEventListener("visibilitychange", onVisible);
    }
  };
}

function snapshot() {
  // Only ever called on the client, after hydration: there is no "now" on the server.
  if (now === 0) now = Date.now();
  return now;
}

export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, () => 0);
}

/**
 * Time left until `deadline` in whole milliseconds rounded up to the second (what the clock shows):
 * the ticks in between return the same value, so the timer re-renders once a second, not on every
 * tick. 0 once the deadline is reached.
 */
export function useTimeLeft(deadline: number): number {
  return useSyncExternalStore(
    subscribe,
    () => Math.max(0, Math.ceil((deadline - snapshot()) / 1000) * 1000),
    () => deadline,
  );
}
