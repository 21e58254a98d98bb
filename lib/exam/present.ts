// What the candidate sees of a question in one attempt: options in the attempt's shuffled order,
// lettered A–F, and, in review, how each pick went.
import type { Question, QuestionOption } from "@/lib/content/types";
import { optionOrder } from "./random";
import type { ExamResult, Outcome } from "./types";

export const OPTION_LETTERS = ["A", "B", "C", "D", "E", "F"] as const;

export interface DisplayOption {
  option: QuestionOption;
  letter: string;
}

export function displayOptions(question: Question, seed: number): DisplayOption[] {
  const byId = new Map(question.options.map((o) => [o.id, o]));
  return optionOrder(
    seed,
    question.id,
    question.options.map((o) => o.id),
  ).map((id, i) => ({ option: byId.get(id) as QuestionOption, letter: OPTION_LETTERS[i] ?? String(i + 1) }));
}

/**
 * right-pick: chosen and correct; wrong-pick: chosen but not correct; missed: correct but not
 * chosen; none: neither. On multiple response this shows which picks were right.
 */
export type PickVerdict = "right-pick" | "wrong-pick" | "missed" | "none";

export function pickVerdict(option: QuestionOption, chosen: boolean): PickVerdict {
  if (chosen) return option.correct ? "right-pick" : "wrong-pick";
  return option.correct ? "missed" : "none";
}

export interface ReviewOption extends DisplayOption {
  chosen: boolean;
  verdict: PickVerdict;
}

export interface ReviewItem {
  /** 1-based position in the attempt. */
  number: number;
  question: Question;
  outcome: Outcome;
  flagged: boolean;
  options: ReviewOption[];
}

export function reviewOptions(question: Question, seed: number, chosen: readonly string[]): ReviewOption[] {
  const picked = new Set(chosen);
  return displayOptions(question, seed).map((d) => ({
    ...d,
    chosen: picked.has(d.option.id),
    verdict: pickVerdict(d.option, picked.has(d.option.id)),
  }));
}

/** Every scored question of a result, in the order it was asked. */
export function reviewItems(result: ExamResult, questions: ReadonlyMap<string, Question>): ReviewItem[] {
  const flagged = new Set(result.flagged);
  const items: ReviewItem[] = [];
  result.questionIds.forEach((id, i) => {
    const question = questions.get(id);
    const outcome = result.outcomes[id];
    if (!question || !outcome) return;
    items.push({
      number: i + 1,
      question,
      outcome,
      flagged: flagged.has(id),
      options: reviewOptions(question, result.seed, result.answers[id] ?? []),
    });
  });
  return items;
}

export const REVIEW_FILTERS = ["all", "correct", "incorrect", "unanswered", "flagged"] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export function matchesFilter(item: { outcome: Outcome; flagged: boolean }, filter: ReviewFilter): boolean {
  if (filter === "all") return true;
  if (filter === "flagged") return item.flagged;
  return item.outcome === filter;
}

export function filterCounts(items: readonly { outcome: Outcome; flagged: boolean }[]): Record<ReviewFilter, number> {
  const counts: Record<ReviewFilter, number> = { all: 0, correct: 0, incorrect: 0, unanswered: 0, flagged: 0 };
  for (const item of items) for (const f of REVIEW_FILTERS) if (matchesFilter(item, f)) counts[f]++;
  return counts;
}

export function isReviewFilter(value: string | null | undefined): value is ReviewFilter {
  return (REVIEW_FILTERS as readonly string[]).includes(value ?? "");
}
