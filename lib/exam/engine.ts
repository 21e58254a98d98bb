// The exam engine: (attempt, event, now) → attempt. Pure and total: an event that does not apply
// returns the same object, so callers can skip a render and a storage write.
import type { ExamAttempt } from "./types";

export type ExamEvent =
  /** Pick or unpick an option. `choose` is how many a complete answer has (1 = single answer). */
  | { type: "pick"; questionId: string; optionId: string; choose: number }
  | { type: "flag"; questionId: string }
  | { type: "go"; index: number }
  | { type: "next" }
  | { type: "prev" }
  /** Practice mode: lock the answer and show whether it was right. */
  | { type: "check"; questionId: string }
  | { type: "submit" }
  /** Nothing but the passing of time: ends the attempt once the deadline is reached. */
  | { type: "tick" };

export function isRunning(attempt: ExamAttempt): boolean {
  return attempt.status === "running";
}

export function remainingMs(attempt: ExamAttempt, now: number): number {
  if (attempt.status !== "running") return 0;
  return Math.max(0, attempt.deadline - now);
}

export function reduceExam(attempt: ExamAttempt, event: ExamEvent, now: number): ExamAttempt {
  if (attempt.status !== "running") return attempt;
  // Time is checked before anything else: nothing done after the deadline counts, whatever the
  // event, even if the tab slept through it.
  if (now >= attempt.deadline) return { ...attempt, status: "expired", finishedAt: attempt.deadline };

  switch (event.type) {
    case "tick":
      return attempt;
    case "submit":
      return { ...attempt, status: "submitted", finishedAt: now };
    case "go":
      return moveTo(attempt, event.index);
    case "next":
      return moveTo(attempt, attempt.current + 1);
    case "prev":
      return moveTo(attempt, attempt.current - 1);
    case "flag": {
      if (!attempt.questionIds.includes(event.questionId)) return attempt;
      const flagged = attempt.flagged.includes(event.questionId)
        ? attempt.flagged.filter((id) => id !== event.questionId)
        : [...attempt.flagged, event.questionId];
      return { ...attempt, flagged };
    }
    case "pick":
      return pick(attempt, event.questionId, event.optionId, event.choose);
    case "check": {
      const chosen = attempt.answers[event.questionId];
      if (attempt.config.mode !== "practice" || !chosen || chosen.length === 0) return attempt;
      if (attempt.checked.includes(event.questionId)) return attempt;
      return { ...attempt, checked: [...attempt.checked, event.questionId] };
    }
  }
}

function moveTo(attempt: ExamAttempt, index: number): ExamAttempt {
  if (!Number.isInteger(index) || index < 0 || index >= attempt.questionIds.length || index === attempt.current) {
    return attempt;
  }
  return { ...attempt, current: index };
}

function pick(attempt: ExamAttempt, questionId: string, optionId: string, choose: number): ExamAttempt {
  if (!attempt.questionIds.includes(questionId) || attempt.checked.includes(questionId)) return attempt;
  const before = attempt.answers[questionId] ?? [];
  let after: string[];
  if (choose <= 1) {
    if (before.length === 1 && before[0] === optionId) return attempt;
    after = [optionId];
  } else if (before.includes(optionId)) {
    after = before.filter((id) => id !== optionId);
  } else {
    // Like the real exam, a multiple-response question takes no more than it asks for: the
    // candidate clears a pick before making another.
    if (before.length >= choose) return attempt;
    after = [...before, optionId].sort();
  }
  const answers = { ...attempt.answers };
  if (after.length === 0) delete answers[questionId];
  else answers[questionId] = after;
  return { ...attempt, answers };
}

export type QuestionState = "answered" | "partial" | "unanswered";

/** answered: as many picks as asked for; partial: some, but fewer (a multiple-response question). */
export function questionState(attempt: ExamAttempt, questionId: string, choose: number): QuestionState {
  const n = attempt.answers[questionId]?.length ?? 0;
  if (n === 0) return "unanswered";
  return n >= choose ? "answered" : "partial";
}

/** Counts for the navigator legend and the "End exam" confirmation. */
export function progressCounts(attempt: ExamAttempt, chooseOf: (questionId: string) => number) {
  let answered = 0;
  let partial = 0;
  for (const id of attempt.questionIds) {
    const state = questionState(attempt, id, chooseOf(id));
    if (state === "answered") answered++;
    else if (state === "partial") partial++;
  }
  const total = attempt.questionIds.length;
  return { total, answered, partial, unanswered: total - answered - partial, flagged: attempt.flagged.length };
}
