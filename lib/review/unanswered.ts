// Questions left unanswered in an exam: wrong in that exam's score, yet not "missed" (nothing was
// chosen, often nothing was read). The Missed page lists them apart, from the exam history, until
// they are answered anywhere. Pure; the page passes the history and the answer log.
import type { ExamResult } from "@/lib/exam/types";
import type { AnswerLog } from "@/lib/store/study-log";

export interface UnansweredItem {
  id: string;
  /** When the exam that left it unanswered ended. */
  at: number;
}

/**
 * When each question was last really answered. Before unanswered exam questions stopped being
 * recorded, they were logged as wrong with nothing chosen: such entries are not answers.
 */
export function lastAnswerTimes(log: AnswerLog): Map<string, number> {
  const times = new Map<string, number>();
  for (const id in log) {
    const entries = log[id]!;
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i]!;
      if (entry[3] === 0 && !entry[4]) continue;
      times.set(id, entry[0]);
      break;
    }
  }
  return times;
}

/**
 * Questions left unanswered in a finished exam and not answered anywhere since, most recent exam
 * first. `inBank` drops questions removed from the bank.
 */
export function unansweredQuestions(history: readonly ExamResult[], answeredAt: ReadonlyMap<string, number>, inBank: (id: string) => boolean): UnansweredItem[] {
  const seen = new Set<string>();
  const items: UnansweredItem[] = [];
  for (const result of [...history].sort((a, b) => b.finishedAt - a.finishedAt)) {
    for (const id of result.questionIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (result.outcomes[id] !== "unanswered" || !inBank(id)) continue;
      const last = answeredAt.get(id);
      if (last === undefined || last < result.finishedAt) items.push({ id, at: result.finishedAt });
    }
  }
  return items;
}
