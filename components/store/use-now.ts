// The current time for rendering, as state that updates twice a minute and whenever an answer is
// given (refreshNow), so "due now" stays true without reading the clock during render.
import { useSyncExternalStore } from "react";

let current = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

export function refreshNow(): void {
  current = Date.now();
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    current = Date.now();
    timer = setInterval(refreshNow, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearInterval(timer);
  };
}

/** Epoch ms, or null during the first (server-matching) render. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, () => current || null, () => null);
}
