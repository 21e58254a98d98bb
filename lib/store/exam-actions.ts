// The running exam's actions: moving through it, checking a practice answer, finishing it. Outside
// the exam slice (zustand's "actions at module level"), because they need the exam engine and the
// scoring: only the pages that run or end an exam import this module, and every other page that
// uses the store (review, missed, progress, settings, results) ships without them.
import type { StoreApi } from "zustand";
import type { Question } from "@/lib/content/types";
import { reduceExam, type ExamEvent } from "@/lib/exam/engine";
import { isCorrectAnswer, scoreAttempt } from "@/lib/exam/score";
import type { ExamAttempt, ExamResult } from "@/lib/exam/types";
import type { AnswerEvent } from "./answer-event";
import { selectActiveAttempt } from "./exam-slice";
import { useStratus, type StratusState } from "./index";

export interface ExamActions {
  examEvent: (event: ExamEvent, now: number) => void;
  /** Practice mode: locks the answer, shows it, and records it for review at once. */
  checkPracticeAnswer: (question: Question, now: number) => void;
  /**
   * Scores an attempt that has ended (submitted, or past its deadline by `now`), moves it to the
   * history and records its answers. Returns the result id, or null if nothing has ended.
   */
  finishExam: (questions: ReadonlyMap<string, Question>, now: number) => string | null;
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

/** The actions on a store: the app's below; tests pass their own. */
export function examActions(store: Pick<StoreApi<StratusState>, "getState" | "setState">): ExamActions {
  const get = store.getState;
  const set = (patch: Partial<StratusState>) => store.setState(patch);
  return {
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
  };
}

export const { examEvent, checkPracticeAnswer, finishExam } = examActions(useStratus);
