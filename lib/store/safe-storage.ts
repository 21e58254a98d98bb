// The store's storage: zustand persist reads and writes through this, and nothing else touches the
// store's key. It never loses an answer:
// - unreadable, foreign or newer-version data is copied to another key before anything replaces it;
// - a full disk (QuotaExceededError) leaves what is saved untouched and the app running in memory;
// - another tab's writes are merged in before every write (read, merge, write), answer by answer.
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { mergeStates, readPersisted, SCHEMA_VERSION, type PersistedState } from "./persisted";
import { SET_ASIDE_SEPARATOR } from "./set-aside";
import type { StatusChannel } from "./storage-status";

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;


export interface SafeStorageOptions {
  backend: () => StorageLike | undefined;
  status: StatusChannel;
  now: () => number;
  /** A write merged in another tab's answers: the store should take the merged state. */
  onMerged: (state: PersistedState) => void;
  /** The store's initial saved state: what a key falls back to when storage no longer has it. */
  initial: () => Record<string, unknown>;
}

export interface SafeStorage extends PersistStorage<PersistedState> {
  /** Changes are held in memory that could not be saved (storage full or blocked). */
  hasUnsavedChanges(): boolean;
  /** For persist's `merge`: the state just read, merged with the tab's own (see mergeStates). */
  mergeOnHydrate(stored: PersistedState | undefined, current: PersistedState): PersistedState;
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== "undefined" && error instanceof DOMException)) return false;
  const e = error as { name?: string; code?: number };
  // Names differ by browser (Firefox: NS_ERROR_DOM_QUOTA_REACHED); legacy codes 22 and 1014.
  return e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22 || e.code === 1014;
}

function sameTopLevel(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export function createSafeStorage({ backend, status, now, onMerged, initial }: SafeStorageOptions): SafeStorage {
  /** The text this tab last read or wrote, to skip re-reading when no other tab has written. */
  let lastRaw: string | null = null;
  /** The state that text holds (null: never read yet, so any stored value is newer). */
  let base: PersistedState | null = null;
  /** `base` as it was before the latest read: what the tab had seen when it was last in sync. */
  let previousBase: PersistedState | null = null;
  let unsaved = false;

  function storage(): StorageLike | undefined {
    try {
      const s = backend();
      if (!s) status.update({ unavailable: true });
      return s;
    } catch {
      status.update({ unavailable: true });
      return undefined;
    }
  }

  /** Copies unreadable text to its own key (once per distinct text). False if that failed. */
  function setAside(s: StorageLike, name: string, raw: string, reason: string, partial: boolean): boolean {
    const prefix = `${name}${SET_ASIDE_SEPARATOR}`;
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key?.startsWith(prefix) && s.getItem(key) === raw) {
        status.update({ setAside: { key, reason, partial } });
        return true;
      }
    }
    const key = `${prefix}${now()}`;
    try {
      s.setItem(key, raw);
    } catch {
      status.update({ blocked: true, setAside: null });
      return false;
    }
    status.update({ setAside: { key, reason, partial }, blocked: false });
    return true;
  }

  /** Reads the stored state; sets unreadable text aside. `blocked` means: do not overwrite it. */
  function read(s: StorageLike, name: string): { state: PersistedState | null; raw: string | null; blocked: boolean } {
    const raw = s.getItem(name);
    if (raw === null) return { state: null, raw, blocked: false };
    const result = readPersisted(raw);
    if (!result.ok) return { state: null, raw, blocked: !setAside(s, name, raw, result.reason, false) };
    if (result.dropped > 0) {
      const reason = `${result.dropped} damaged ${result.dropped === 1 ? "entry was" : "entries were"} left out.`;
      // The readable part is used either way; the full text is kept so nothing is lost.
      setAside(s, name, raw, reason, true);
    }
    return { state: result.state, raw, blocked: false };
  }

  return {
    hasUnsavedChanges: () => unsaved,

    mergeOnHydrate: (stored, current) => (stored ? mergeStates(stored, current, previousBase, initial()) : current),

    getItem(name): StorageValue<PersistedState> | null {
      const s = storage();
      if (!s) return null;
      let found: ReturnType<typeof read>;
      try {
        found = read(s, name);
      } catch {
        status.update({ unavailable: true });
        return null;
      }
      lastRaw = found.blocked ? null : found.raw;
      previousBase = base;
      // Nothing readable stored: the tab is in sync with its initial state.
      base = found.state ?? (initial() as PersistedState);
      // State was migrated on read, so persist's own migrate step has nothing left to do.
      return found.state ? { state: found.state, version: SCHEMA_VERSION } : null;
    },

    setItem(name, value) {
      const s = storage();
      if (!s) {
        unsaved = true;
        return;
      }
      try {
        const raw = s.getItem(name);
        // Nothing changed here and nobody else wrote: skip serialising the whole state again.
        if (raw !== null && raw === lastRaw && !unsaved && base !== null && sameTopLevel(value.state, base)) return;
        let merged = value.state;
        let mergedIn = false;
        if (raw !== null && raw !== lastRaw) {
          const found = read(s, name);
          if (found.blocked) {
            unsaved = true;
            return;
          }
          if (found.state) {
            merged = mergeStates(found.state, value.state, base, initial());
            mergedIn = true;
          }
        }
        const json = JSON.stringify({ state: merged, version: value.version });
        if (json === raw) {
          lastRaw = raw;
          base = merged;
          unsaved = false;
          status.update({ full: false });
        } else {
          s.setItem(name, json);
          lastRaw = json;
          base = merged;
          unsaved = false;
          status.update({ full: false, blocked: false });
        }
        if (mergedIn && JSON.stringify(value.state) !== JSON.stringify(merged)) onMerged(merged);
      } catch (error) {
        unsaved = true;
        if (isQuotaError(error)) status.update({ full: true });
        else status.update({ unavailable: true });
      }
    },

    removeItem(name) {
      const s = storage();
      try {
        s?.removeItem(name);
      } catch {
        // Nothing to do: removing is only ever a reset, which the next write repeats.
      }
      lastRaw = null;
      base = null;
    },
  };
}
