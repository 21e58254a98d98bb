// Reset and import: the two actions that replace progress wholesale. Both set a new epoch, so a
// tab still holding the old progress cannot merge it back in (see mergeStudyData).
import type { StateCreator } from "zustand";
import { mergeImported, persistedPart, type PersistedState } from "./persisted";
import type { Review } from "./review-log";
import type { ReviewLog } from "./review-log-store";
import type { StratusState } from "./index";

export type ImportMode = "merge" | "replace";

export interface TransferSlice {
  /** Forgets every card, answer and exam; keeps settings and the exam plan. */
  resetProgress: (now: number) => void;
  /** `reviews`: the file's full review log (parseImport derives it from the answers of older files). */
  importProgress: (data: PersistedState, mode: ImportMode, now: number, reviews?: Review[]) => void;
}

export const createTransferSlice = (reviewLog: ReviewLog): StateCreator<StratusState, [], [], TransferSlice> => (set, get, api) => {
  /**
   * Every saved key back to its initial value. A key with no initial value becomes undefined rather
   * than absent: absent would mean "not mine" when merging with storage, and bring it back.
   */
  function blank(): PersistedState {
    const cleared: Record<string, unknown> = {};
    for (const key of Object.keys(persistedPart(get()))) cleared[key] = undefined;
    return { ...cleared, ...persistedPart(api.getInitialState()) } as PersistedState;
  }
  return {
    resetProgress: (now) => {
      set({ ...blank(), settings: get().settings, examPlan: get().examPlan, epoch: now });
      void reviewLog.replace([]);
    },
    importProgress: (data, mode, now, reviews = []) => {
      if (mode === "replace") void reviewLog.replace(reviews);
      else void reviewLog.append(reviews);
      set(
        mode === "replace"
          ? { ...blank(), ...data, settings: { ...data.settings, updatedAt: now }, epoch: now }
          : mergeImported(persistedPart(get()), data),
      );
    },
  };
};
