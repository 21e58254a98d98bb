// The exam in progress, past attempts and the pass mark. Only one exam runs at a time. The slice
// holds plain data and delegates every decision to the pure engine in lib/exam; the actions that
// need the engine or scoring live in exam-actions.ts, so only the pages that run exams load them.
import type { StateCreator } from "zustand";
import { isValidPassMark } from "@/lib/exam/pass-mark";
import { isExamAttempt, isExamResult, restoreExamData } from "@/lib/exam/restore";
import type { ExamAttempt, ExamResult } from "@/lib/exam/types";
import type { StratusState } from "./index";

export interface SetAsideRecord {
  what: string;
  value: unknown;
}

export interface ExamSlice {
  examActive: ExamAttempt | null;
  /** Oldest first. */
  examHistory: ExamResult[];
  /** The candidate's own pass mark for every exam; null: each exam's profile sets it. */
  passMark: number | null;
  /** Stored exam records that could not be read: kept, not thrown away, and reported on the exam page. */
  examSetAside: SetAsideRecord[];

  /** Refuses while another exam is running: the candidate resumes or ends that one first. */
  startExam: (attempt: ExamAttempt) => { ok: true } | { ok: false; error: string };
  // Moving through an exam, checking a practice answer, finishing: see exam-actions.ts.
  /** Throws the running attempt away unscored: for an exam started by mistake. */
  discardExam: () => void;
  /** A whole percent from 1 to 100, or null to go back to the profiles' pass marks. */
  setPassMark: (value: number | null) => void;
}

/** The exam's part of a persisted state, checked record by record (called by the store's merge). */
export function mergeExamState(persisted: unknown, current: ExamSlice): Partial<ExamSlice> {
  const restored = restoreExamData(persisted);
  const earlier = (persisted as { examSetAside?: unknown } | null)?.examSetAside;
  return {
    examActive: restored.active,
    examHistory: restored.history,
    passMark: restored.passMark === undefined ? current.passMark : restored.passMark,
    examSetAside: [...(Array.isArray(earlier) ? (earlier as SetAsideRecord[]) : []), ...restored.rejected],
  };
}

// Selectors that never hand a component a malformed record, whatever reached the store (old data,
// another tab, a storage layer that merges keys it does not know). Stable outputs for stable inputs,
// as zustand's hooks require.
// Checked once per stored value, not once per subscriber: the running exam has one subscriber per
// navigator cell, and every step wakes them all.
let activeIn: unknown;
let activeOut: ExamAttempt | null = null;
export function selectActiveAttempt(state: ExamSlice): ExamAttempt | null {
  if (state.examActive !== activeIn) {
    activeIn = state.examActive;
    activeOut = isExamAttempt(activeIn) ? activeIn : null;
  }
  return activeOut;
}

let historyIn: unknown;
let historyOut: ExamResult[] = [];
export function selectExamHistory(state: ExamSlice): ExamResult[] {
  if (state.examHistory !== historyIn) {
    historyIn = state.examHistory;
    historyOut = Array.isArray(historyIn) ? historyIn.filter(isExamResult) : [];
  }
  return historyOut;
}

/** The candidate's own pass mark, or null when each exam's profile sets it. */
export function selectPassMarkOverride(state: ExamSlice): number | null {
  return typeof state.passMark === "number" && isValidPassMark(state.passMark) ? state.passMark : null;
}

const NOTHING_SET_ASIDE: SetAsideRecord[] = [];
export function selectSetAside(state: ExamSlice): SetAsideRecord[] {
  return Array.isArray(state.examSetAside) ? state.examSetAside : NOTHING_SET_ASIDE;
}

export const createExamSlice: StateCreator<StratusState, [], [], ExamSlice> = (set, get) => ({
  examActive: null,
  examHistory: [],
  passMark: null,
  examSetAside: [],

  startExam: (attempt) => {
    const state = get();
    if (selectActiveAttempt(state)) return { ok: false, error: "An exam is already running. Resume it or end it first." };
    // An unreadable attempt in the way is kept aside, not overwritten.
    const stray = state.examActive == null ? [] : [{ what: "exam in progress", value: state.examActive as unknown }];
    set({ examActive: attempt, ...(stray.length ? { examSetAside: [...selectSetAside(state), ...stray] } : {}) });
    return { ok: true };
  },

  discardExam: () => set({ examActive: null }),

  setPassMark: (value) => {
    if (value === null || isValidPassMark(value)) set({ passMark: value });
  },
});
