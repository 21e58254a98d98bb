// The one store. Only lib/store touches localStorage. Persisted state holds plain numbers and
// strings (epoch ms for dates) so a JSON round trip changes nothing.
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { createExamSlice, mergeExamState, type ExamSlice } from "./exam-slice";
import { createStudySlice, type StudySlice } from "./study-slice";

export type StratusState = ExamSlice & StudySlice;

export const STORAGE_KEY = "stratus";

export const useStratus = create<StratusState>()(
  persist(
    (...a) => ({
      ...createExamSlice(...a),
      ...createStudySlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Read persisted state after the first render, never during it (no hydration mismatch).
      skipHydration: true,
      // Stored exam records are checked one by one; unreadable ones are set aside, not trusted.
      merge: (persisted, current) => ({
        ...current,
        ...(typeof persisted === "object" ? persisted : {}),
        ...mergeExamState(persisted, current),
      }),
    },
  ),
);
