// The one store. Only lib/store touches localStorage. Persisted state holds plain numbers and
// strings (epoch ms for dates) so a JSON round trip changes nothing.
//
// Composition: each slice adds its actions and data here. Every non-function key is persisted
// unless listed in TRANSIENT_KEYS (persisted.ts). The study slice's keys are merged answer by answer across tabs
// (persisted.ts); any other slice's key (e.g. `exam`) keeps the newest write: a tab's value wins
// only if that tab changed it.
import { create, type StateCreator } from "zustand";
import { persist } from "zustand/middleware";
import { createExamSlice, type ExamSlice } from "./exam-slice";
import { migrate, persistedPart, sanitize, SCHEMA_VERSION, type PersistedState } from "./persisted";
import { createSafeStorage, type StorageLike } from "./safe-storage";
import { storageStatus, type StatusChannel } from "./storage-status";
import { createStudySlice, type StudySlice } from "./study-slice";
import { createTransferSlice, type TransferSlice } from "./transfer-slice";

export type StratusState = ExamSlice & StudySlice & TransferSlice;

export const STORAGE_KEY = "stratus";

export interface StoreOptions {
  backend: () => StorageLike | undefined;
  status: StatusChannel;
  now: () => number;
  /** Interval fuzz (deterministic per card); tests switch it off to assert exact dates. */
  fuzz: boolean;
}

function actionsOf(state: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([, value]) => typeof value === "function"));
}

/** A setState patch that also clears saved keys the merged state no longer has. */
function withRemovals(current: object, merged: PersistedState): Record<string, unknown> {
  const patch: Record<string, unknown> = { ...merged };
  for (const key of Object.keys(persistedPart(current))) if (!(key in merged)) patch[key] = undefined;
  return patch;
}

export function createStratusStore({ backend, status, now, fuzz }: StoreOptions) {
  const storage = createSafeStorage({
    backend,
    status,
    now,
    initial: () => persistedPart(store.getInitialState()),
    onMerged: (state) => store.setState(withRemovals(store.getState(), state)),
  });
  const slices: StateCreator<StratusState> = (...a) => ({
    ...createExamSlice(...a),
    ...createStudySlice({ fuzz })(...a),
    ...createTransferSlice(...a),
  });
  const store = create<StratusState>()(
    persist(slices, {
      name: STORAGE_KEY,
      version: SCHEMA_VERSION,
      storage,
      partialize: persistedPart,
      // Unused in practice: safe-storage migrates on read (it must, to validate before use).
      migrate: (state, version) => sanitize(migrate(state, version)).state,
      merge: (stored, current) =>
        ({
          ...actionsOf(current),
          ...storage.mergeOnHydrate(stored as PersistedState | undefined, persistedPart(current)),
        }) as unknown as StratusState,
      // Read persisted state after the first render, never during it (no hydration mismatch).
      skipHydration: true,
    }),
  );
  return store;
}

export type StratusStore = ReturnType<typeof createStratusStore>;

function browserStorage(): StorageLike | undefined {
  return typeof window === "undefined" ? undefined : window.localStorage;
}

export const useStratus = createStratusStore({ backend: browserStorage, status: storageStatus, now: () => Date.now(), fuzz: true });

let hydration: Promise<void> | undefined;

/**
 * Reads saved progress once per page load (call it from an effect, never during render), then
 * follows other tabs: each write there fires `storage` here, and rehydrating merges it in.
 */
export function hydrateStore(): Promise<void> {
  if (!hydration) {
    hydration = useStratus.persist.rehydrate();
    window.addEventListener("storage", (event) => {
      if (event.key === STORAGE_KEY || event.key === null) void useStratus.persist.rehydrate();
    });
  }
  return hydration;
}
