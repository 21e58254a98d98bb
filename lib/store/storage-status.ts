// The health of local storage, for the banner. Kept outside the persisted store on purpose: a
// status change must never trigger a write (that is what failed), and the banner, mounted on every
// page, should not pull the scheduler into every page's JavaScript.

export interface SetAside {
  /** The local-storage key the unreadable text now lives under. */
  key: string;
  reason: string;
  /** Part of the data was read; only the damaged entries were dropped. */
  partial: boolean;
}

export interface StorageStatus {
  /** Data found unreadable this session and kept aside. */
  setAside: SetAside | null;
  /** Unreadable data could not be kept aside (no room), so it is left in place and nothing is saved. */
  blocked: boolean;
  /** The last save failed for lack of space: changes since then live in this tab only. */
  full: boolean;
  /** Local storage cannot be used at all (disabled, or a private mode that forbids it). */
  unavailable: boolean;
  /** Some review-log entries could not be saved to IndexedDB yet: they live in this tab only. */
  logUnsaved: boolean;
  /** Review-log entries found damaged: left where they are, not used. */
  logDamaged: number;
}

export const HEALTHY: StorageStatus = { setAside: null, blocked: false, full: false, unavailable: false, logUnsaved: false, logDamaged: 0 };

export interface StatusChannel {
  get(): StorageStatus;
  update(patch: Partial<StorageStatus>): void;
  subscribe(listener: () => void): () => void;
}

export function createStatusChannel(): StatusChannel {
  let status = HEALTHY;
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    update(patch) {
      const next = { ...status, ...patch };
      if ((Object.keys(patch) as (keyof StorageStatus)[]).every((k) => next[k] === status[k])) return;
      status = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's channel; the store reports into it, the banner reads it. */
export const storageStatus = createStatusChannel();
