// Review is keyboard first: Space/Enter reveal or check, 1–4 rate, numbers or letters pick options.
// One window listener per card; it stays out of the way of text fields, and of Space/Enter on a
// focused control, whose own click already does the right thing.
import { useEffect, useRef } from "react";

export type KeyHandler = (key: string) => boolean;

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) && !(target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox")));
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("button, a[href], input, select, textarea, summary") !== null;
}

/** `handle` gets "Enter" for Space or Enter, else the key; it returns true when it used the key. */
export function useReviewKeys(handle: KeyHandler): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTextField(event.target)) return;
      const confirm = event.key === "Enter" || event.key === " ";
      if (confirm && isControl(event.target)) return;
      if (latest.current(confirm ? "Enter" : event.key.toLowerCase())) event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
