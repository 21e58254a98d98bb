// The exam in progress, past attempts and the pass mark. Only one exam runs at a time. The slice
// holds plain data and delegates every decision to the pure engine in lib/exam.
import type { StateCreator } from "zustand";
import type { Question } from "@/lib/content/types";
import { reduceExam, type ExamEvent } from "@/lib/exam/engine";
import { isExamAttempt, isExamResult, restoreExamData } from "@/lib/exam/restore";
import { isCorrectAnswer, isValidPassMark, scoreAttempt } from "@/lib/exam/score";
import type { ExamAttempt, ExamResult } from "@/lib/exam/types";
import type { AnswerEvent } from "./answer-event";
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
  examEvent: (event: ExamEvent, now: number) => void;
  /** Practice mode: locks the answer, shows it, and records it for review at once. */
  checkPracticeAnswer: (question: Question, now: number) => void;
  /**
   * Scores an attempt that has ended (submitted, or past its deadline by `now`), moves it to the
   * history and records its answers. Returns the result id, or null if nothing has ended.
   */
  finishExam: (questions: ReadonlyMap<string, Question>, now: number) => string | null;
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

function answerEvent(attempt: ExamAttempt, question: Question, at: number): AnswerEvent {
  const chosen = attempt.answers[question.id] ?? [];
  return {
    itemId: question.id,
    kind: "question",
    topic: question.topic,
    source: attempt.config.mode === "practice" ? "practice" : "exam",
    at,
    correct: chosen.length > 0 && isCorrectAnswer(question, chosen),
    chosen,
    flagged: attempt.flagged.includes(question.id),
  };
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

  examEvent: (event, now) => {
    const active = selectActiveAttempt(get());
    if (!active) return;
    const next = reduceExam(active, event, now);
    if (next !== active) set({ examActive: next });
  },

  checkPracticeAnswer: (question, now) => {
    const active = selectActiveAttempt(get());
    if (!active) return;
    const next = reduceExam(active, { type: "check", questionId: question.id }, now);
    if (next === active) return;
    set({ examActive: next });
    if (next.checked.includes(question.id)) get().recordAnswers([answerEvent(next, question, now)]);
  },

  finishExam: (questions, now) => {
    const active = selectActiveAttempt(get());
    if (!active) return null;
    const ended = reduceExam(active, { type: "tick" }, now);
    if (ended.status === "running") return null;
    const result = scoreAttempt(ended, questions, now);
    // Practice answers were recorded when checked; every other answer is recorded now. A question
    // left unanswered counts as wrong in the score (as on the real exam) but is not recorded at all:
    // it says nothing about recall (often it was never even read, when an exam ends early), and an
    // "Again" would put a never-seen card into one-minute learning steps, or cut the stability of a
    // card the candidate knows. So the scheduler leaves it as it was (new stays new, a scheduled
    // card keeps its due date), it is not a missed question, and the Missed page lists it apart as
    // "left unanswered" (from the exam history) until it is answered somewhere.
    const events = ended.questionIds
      .filter((id) => !ended.checked.includes(id) && (ended.answers[id]?.length ?? 0) > 0)
      .flatMap((id) => {
        const question = questions.get(id);
        return question ? [answerEvent(ended, question, result.finishedAt)] : [];
      });
    // Unreadable history entries stay where they are: hidden by the selector, never dropped.
    const history: unknown[] = Array.isArray(get().examHistory) ? get().examHistory : [];
    const others = history.filter((r) => (r as { id?: unknown } | null)?.id !== result.id) as ExamResult[];
    set({ examActive: null, examHistory: [...others, result] });
    if (events.length > 0) get().recordAnswers(events);
    return result.id;
  },

  discardExam: () => set({ examActive: null }),

  setPassMark: (value) => {
    if (value === null || isValidPassMark(value)) set({ passMark: value });
  },
});
