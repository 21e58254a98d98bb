// Missed questions, grouped for the page, and the confusions worth pointing out: a wrong option
// the candidate keeps choosing. Pure; the page fetches question text and renders.
import type { Question, QuestionOption } from "@/lib/content/types";
import type { MissedItem } from "@/lib/store/study-log";
import type { BankCatalog } from "./session";

export interface MissedGroup {
  topic: string;
  title: string;
  items: MissedItem[];
}

/**
 * Missed questions still in the bank, by topic in bank order; within a topic, most missed first.
 * A last answer with nothing chosen is an exam question left unanswered (logged so by older
 * versions): not a miss, it is listed apart (unanswered.ts).
 */
export function groupMissed(missed: readonly MissedItem[], catalog: BankCatalog): MissedGroup[] {
  const byTopic = new Map<string, MissedItem[]>();
  for (const item of missed) {
    const ref = catalog.byId.get(item.id);
    if (!ref || ref.kind !== "question" || item.lastChosen.length === 0) continue;
    const list = byTopic.get(ref.topic) ?? [];
    list.push(item);
    byTopic.set(ref.topic, list);
  }
  return catalog.topics
    .filter((t) => byTopic.has(t.slug))
    .map((t) => ({
      topic: t.slug,
      title: t.title,
      items: byTopic.get(t.slug)!.sort((a, b) => b.misses - a.misses || b.lastAt - a.lastAt),
    }));
}

export interface Confusion {
  chosen: QuestionOption;
  correct: QuestionOption[];
  times: number;
}

/** Wrong options picked in two or more misses of this question, most often first. */
export function confusionsOf(item: MissedItem, question: Question): Confusion[] {
  const correct = question.options.filter((o) => o.correct);
  return question.options
    .filter((o) => !o.correct && (item.picks[o.id] ?? 0) >= 2)
    .map((o) => ({ chosen: o, correct, times: item.picks[o.id]! }))
    .sort((a, b) => b.times - a.times);
}

export function timesInWords(n: number): string {
  if (n === 1) return "once";
  if (n === 2) return "twice";
  if (n === 3) return "three times";
  return `${n} times`;
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** An option's text inside a sentence: no closing full stop; quoted when it is more than a name. */
function quoteOption(text: string): string {
  const bare = text.trim().replace(/[.;:]+$/, "");
  return bare.split(/\s+/).length > 3 ? `“${bare}”` : bare;
}

/** "You chose Lambda@Edge twice where CloudFront Functions was right." */
export function confusionSentence(confusion: Confusion): string {
  const right = confusion.correct.map((o) => quoteOption(o.text));
  return `You chose ${quoteOption(confusion.chosen.text)} ${timesInWords(confusion.times)} where ${joinAnd(right)} ${right.length > 1 ? "were" : "was"} right.`;
}

/** The address of a review session of exactly these questions. */
export function practiseHref(ids: readonly string[]): string {
  return `/review/?ids=${ids.map(encodeURIComponent).join(",")}`;
}
