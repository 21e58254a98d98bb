// The one store. Only lib/store touches localStorage. Persisted state holds plain numbers and
// strings (epoch ms for dates) so a JSON round trip changes nothing.
//
// Composition: each slice adds its actions and data here. Every non-function key is persisted
// unless listed in TRANSIENT_KEYS (persisted.ts). Writes go through safe-storage, which merges
// with what another tab saved: the study slice's keys answer by answer, any other slice's key
// (examActive, examHistory, …) by newest write: a tab's value wins only if that tab changed it
// (KEY_MERGERS in persisted.ts can do better, as for examHistory).
import { create, type StateCreator } from "zustand";
import { persist } from "zustand/middleware";
import { createExamSlice, mergeExamState, type ExamSlice } from "./exam-slice";
import { migrate, persistedPart, sanitize, SCHEMA_VERSION, type PersistedState } from "./persisted";
import { afterNextPaint, deferWrites, type WriteScheduler } from "./deferred-storage";
import { lazyReviewLog } from "./lazy-review-log";
import type { ReviewLog } from "./review-log-store";
import { createSafeStorage, type StorageLike } from "./safe-storage";
import type { ReviewCard } from "./scheduler-port";
import { storageStatus, type StatusChannel } from "./storage-status";
import { createPlanSlice, type PlanSlice } from "./plan-slice";
import { createStudySlice, type StudySlice } from "./study-slice";
import { createTransferSlice, type TransferSlice } from "./transfer-slice";

export type StratusState = ExamSlice & StudySlice & TransferSlice & PlanSlice;

import { STORAGE_KEY } from "./key";

export { STORAGE_KEY };

export interface StoreOptions {
  backend: () => StorageLike | undefined;
  status: StatusChannel;
  now: () => number;
  /** Interval fuzz (deterministic per card); tests switch it off to assert exact dates. */
  fuzz: boolean;
  /** The full review log (IndexedDB in the app); tests and the bench default to one in memory. */
  reviewLog?: ReviewLog;
  /**
   * When to write a change to storage. Absent: at once (tests). The app writes after the next
   * paint, so saving never delays the frame that shows an answer or the next question.
   */
  deferWrites?: WriteScheduler;
  /** FSRS's review step. Absent (the app): loaded on demand, see scheduler-port.ts. Tests pass it. */
  reviewCard?: ReviewCard;
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

function inMemoryReviewLog(status: StatusChannel): ReviewLog {
  return lazyReviewLog(async () => {
    const { createReviewLog, memoryBackend } = await import("./review-log-store");
    const memory = memoryBackend();
    return createReviewLog(() => memory, status);
  }, status);
}

export function createStratusStore({ backend, status, now, fuzz, reviewLog = inMemoryReviewLog(status), deferWrites: schedule, reviewCard }: StoreOptions) {
  const safe = createSafeStorage({
    backend,
    status,
    now,
    initial: () => persistedPart(store.getInitialState()),
    onMerged: (state) => store.setState(withRemovals(store.getState(), state)),
  });
  const storage = schedule ? deferWrites(safe, schedule) : { ...safe, flush: () => undefined, hasPendingWrite: () => false };
  const slices: StateCreator<StratusState> = (...a) => ({
    ...createExamSlice(...a),
    ...createStudySlice({ fuzz, reviewLog, reviewCard })(...a),
    ...createTransferSlice(reviewLog)(...a),
    ...createPlanSlice(...a),
  });
  const store = create<StratusState>()(
    persist(slices, {
      name: STORAGE_KEY,
      version: SCHEMA_VERSION,
      storage,
      partialize: persistedPart,
      // Unused in practice: safe-storage migrates on read (it must, to validate before use).
      migrate: (state, version) => sanitize(migrate(state, version)).state,
      merge: (stored, current) => {
        const merged = storage.mergeOnHydrate(stored as PersistedState | undefined, persistedPart(current));
        return {
          ...actionsOf(current),
          ...merged,
          // Exam records are checked one by one; unreadable ones are set aside, not trusted.
          ...mergeExamState(merged, current),
        } as unknown as StratusState;
      },
      // Read persisted state after the first render, never during it (no hydration mismatch).
      skipHydration: true,
    }),
  );
  return Object.assign(store, { reviewLog, flushWrites: storage.flush });
}

export type StratusStore = ReturnType<typeof createStratusStore>;

function browserStorage(): StorageLike | undefined {
  // globalThis, not window: unit tests run in Node with an in-memory localStorage installed there.
  return typeof localStorage === "undefined" ? undefined : localStorage;
}

/** The app spreads intervals a little (deterministic per card); the answer buttons must agree. */
export const APP_FUZZ = true;

/**
 * The full review log lives in IndexedDB (see review-log-store.ts); card states stay in local
 * storage. Its code loads with its first use (lazy-review-log.ts), not with every page.
 */
const appReviewLog = lazyReviewLog(async () => {
  const { createReviewLog, idbBackend } = await import("./review-log-store");
  return createReviewLog(idbBackend, storageStatus);
}, storageStatus);

export const useStratus = createStratusStore({
  backend: browserStorage,
  status: storageStatus,
  now: () => Date.now(),
  fuzz: APP_FUZZ,
  reviewLog: appReviewLog,
  deferWrites: afterNextPaint,
});

if (typeof window !== "undefined") {
  // A change waiting for its paint is written before the page can go away: closing the tab,
  // reloading, navigating off the site, or a phone putting the browser in the background.
  window.addEventListener("pagehide", useStratus.flushWrites);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") useStratus.flushWrites();
  });
}

let hydration: Promise<void> | undefined;

/**
 * Reads saved progress once per page load (call it from an effect, never during render), then
 * follows other tabs: each write there fires `storage` here, and rehydrating merges it in.
 */
export function hydrateStore(): Promise<void> {
  if (!hydration) {
    hydration = useStratus.persist.rehydrate().then(() => {
      // Format 2 kept at most 20 answers per item in local storage: copy them into the full log once.
      const { log, cards } = useStratus.getState();
      void appReviewLog.migrateAnswerLog(log, cards);
    });
    window.addEventListener("storage", (event) => {
      if (event.key === STORAGE_KEY || event.key === null) void useStratus.persist.rehydrate();
    });
  }
  return hydration;
}

/**
 * The full review log, once saved progress has been read and format 2's answers copied into it:
 * what the progress page and the optimiser should see.
 */
export async function readReviewLog() {
  await hydrateStore();
  await appReviewLog.settled();
  return (await appReviewLog.read()).reviews;
}
