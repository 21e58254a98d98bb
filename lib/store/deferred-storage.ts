// Saving after the paint. Writing the store means reading local storage, merging, serialising the
// whole state and writing it back: on a slow phone that is most of a frame, and it used to run
// between a click and the frame that shows it. This wrapper keeps the newest value and writes it
// once the change is on screen. Nothing is lost: a read (another tab's write, a rehydrate) writes
// what is pending first, and the page writes it at once when it is hidden or unloaded (flush).
import type { SafeStorage } from "./safe-storage";

/** Runs `write` later (after the next paint in the app); returns a function that cancels it. */
export type WriteScheduler = (write: () => void) => () => void;

export interface DeferredStorage extends SafeStorage {
  /** Writes what is pending now (page hidden or leaving). */
  flush(): void;
  hasPendingWrite(): boolean;
}

export function deferWrites(storage: SafeStorage, schedule: WriteScheduler): DeferredStorage {
  let pending: { name: string; value: Parameters<SafeStorage["setItem"]>[1] } | null = null;
  let cancel: (() => void) | null = null;

  function flush() {
    cancel?.();
    cancel = null;
    const write = pending;
    pending = null;
    if (write) void storage.setItem(write.name, write.value);
  }

  return {
    ...storage,
    flush,
    hasPendingWrite: () => pending !== null,
    getItem(name) {
      flush();
      return storage.getItem(name);
    },
    setItem(name, value) {
      pending = { name, value };
      cancel ??= schedule(flush);
    },
    removeItem(name) {
      cancel?.();
      cancel = null;
      pending = null;
      return storage.removeItem(name);
    },
  };
}

/**
 * After the frame that shows the change: a task queued from requestAnimationFrame runs once that
 * frame is painted. A hidden page paints nothing (and runs no frames), so it writes right away;
 * the timeout is a backstop should frames stop while visible.
 */
export const afterNextPaint: WriteScheduler = (write) => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    write();
  };
  if (typeof requestAnimationFrame !== "function" || typeof document === "undefined" || document.visibilityState === "hidden") {
    const id = setTimeout(once, 0);
    return () => {
      done = true;
      clearTimeout(id);
    };
  }
  const frame = requestAnimationFrame(() => setTimeout(once, 0));
  const backstop = setTimeout(once, 500);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(backstop);
  };
};
