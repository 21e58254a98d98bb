// Scoring: all-or-nothing per question (as on the real exam), a percentage and a pass mark. Never
// an AWS scaled score: a percentage of questions right is all a practice bank can honestly give.
import type { Question } from "@/lib/content/types";
import { isValidPassMark } from "./pass-mark";
import type { ExamAttempt, ExamResult, Outcome, TopicScore } from "./types";

export { isValidPassMark };

export const DEFAULT_PASS_MARK = 72;

export function correctOptionIds(question: Question): string[] {
  return question.options.filter((o) => o.correct).map((o) => o.id);
}

/** Right only when the picks are exactly the correct options: no partial credit. */
export function isCorrectAnswer(question: Question, chosen: readonly string[]): boolean {
  const correct = correctOptionIds(question);
  const picked = new Set(chosen);
  return picked.size === correct.length && correct.every((id) => picked.has(id));
}

export function outcomeOf(question: Question, chosen: readonly string[] | undefined): Outcome {
  if (!chosen || chosen.length === 0) return "unanswered";
  return isCorrectAnswer(question, chosen) ? "correct" : "incorrect";
}

/** Whole percent, rounded down, so a score shown as 72% has really reached 72%. */
export function percent(correct: number, total: number): number {
  return total > 0 ? Math.floor((correct * 100) / total) : 0;
}

export function hasPassed(correct: number, total: number, passMark: number): boolean {
  return total > 0 && correct * 100 >= passMark * total;
}


/** Time the candidate spent: never more than the time allowed. */
export function timeUsedMs(attempt: { startedAt: number; deadline: number; finishedAt?: number }, now: number): number {
  const end = Math.min(attempt.finishedAt ?? now, attempt.deadline);
  return Math.max(0, end - attempt.startedAt);
}

/**
 * Scores a finished attempt against the questions as they are now. Questions missing from the bank
 * (removed since the attempt started) are left out of the score rather than counted wrong.
 */
export function scoreAttempt(attempt: ExamAttempt, questions: ReadonlyMap<string, Question>, now: number): ExamResult {
  const outcomes: Record<string, Outcome> = {};
  const topics = new Map<string, TopicScore>();
  let correct = 0;
  let total = 0;
  const unscored = new Set(attempt.unscored ?? []);
  for (const id of attempt.questionIds) {
    const question = questions.get(id);
    if (!question) continue;
    const outcome = outcomeOf(question, attempt.answers[id]);
    outcomes[id] = outcome;
    if (unscored.has(id)) continue;
    total++;
    const topic = topics.get(question.topic) ?? { topic: question.topic, correct: 0, total: 0 };
    topic.total++;
    if (outcome === "correct") {
      correct++;
      topic.correct++;
    }
    topics.set(question.topic, topic);
  }
  const finishedAt = Math.min(attempt.finishedAt ?? now, attempt.deadline);
  return {
    id: attempt.id,
    config: attempt.config,
    seed: attempt.seed,
    questionIds: attempt.questionIds,
    ...(attempt.unscored?.length ? { unscored: attempt.unscored } : {}),
    answers: attempt.answers,
    flagged: attempt.flagged,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    finishedAt,
    endedBy: attempt.status === "expired" ? "expired" : "submitted",
    outcomes,
    correct,
    total,
    byTopic: [...topics.values()].sort((a, b) => a.topic.localeCompare(b.topic)),
  };
}

/** The pass mark a result is judged by: the candidate's own if set, else its profile's, else the default. */
export function passMarkFor(config: { profile?: { passMark: number } }, override: number | null): number {
  if (override !== null && isValidPassMark(override)) return override;
  const own = config.profile?.passMark;
  return own !== undefined && isValidPassMark(own) ? own : DEFAULT_PASS_MARK;
}

/** One pass mark for a chart of many attempts: the candidate's own, else the latest attempt's. */
export function chartPassMark(history: readonly { config: { profile?: { passMark: number } } }[], override: number | null): number {
  const latest = history[history.length - 1];
  return latest ? passMarkFor(latest.config, override) : passMarkFor({}, override);
}

/** The questions to ask again: wrong or left blank. */
export function missedQuestionIds(result: ExamResult): string[] {
  return result.questionIds.filter((id) => result.outcomes[id] === "incorrect" || result.outcomes[id] === "unanswered");
}
