// The answer log: a few numbers per answer, grouped by item so the id is stored once. Enough to
// list missed questions (last answer wrong, how often, which wrong options), count today's work
// and draw a calendar of study days. Pure functions; the slice and the pages both use them.
import type { AnswerEvent, AnswerSource, Rating } from "./answer-event";

/** 0 exam, 1 practice, 2 review. */
export type SourceCode = 0 | 1 | 2;

/**
 * One answer: when, the rating the scheduler got, where it came from; questions add whether it
 * was right (1) or wrong (0) and, when wrong, the option ids picked ("b" or "a,c").
 */
export type LogEntry = [at: number, rating: Rating, source: SourceCode, correct?: 0 | 1, chosen?: string];

export type AnswerLog = Record<string, LogEntry[]>;

/**
 * Older answers beyond this are dropped per item, so the log cannot grow without bound: a card
 * answered this often is either mastered or shows its pattern in the recent answers.
 */
export const MAX_ENTRIES_PER_ITEM = 20;

export const SOURCE_CODES: Record<AnswerSource, SourceCode> = { exam: 0, practice: 1, review: 2 };

export function entryFor(event: AnswerEvent, rating: Rating): LogEntry {
  const entry: LogEntry = [event.at, rating, SOURCE_CODES[event.source]];
  if (event.kind === "question") {
    entry.push(event.correct ? 1 : 0);
    // Only wrong picks are ever shown (missed questions, confusions); right ones would cost bytes.
    if (!event.correct && event.chosen && event.chosen.length > 0) entry.push([...event.chosen].sort().join(","));
  }
  return entry;
}

export function isLogEntry(value: unknown): value is LogEntry {
  if (!Array.isArray(value) || value.length < 3 || value.length > 5) return false;
  const [at, rating, source, correct, chosen] = value as unknown[];
  return (
    typeof at === "number" && Number.isFinite(at) && at >= 0 &&
    (rating === 1 || rating === 2 || rating === 3 || rating === 4) &&
    (source === 0 || source === 1 || source === 2) &&
    (correct === undefined || correct === 0 || correct === 1) &&
    (chosen === undefined || typeof chosen === "string")
  );
}

/**
 * Union of two histories of one item, by answer time (one item cannot be answered twice in the
 * same millisecond), oldest first, trimmed to the newest MAX_ENTRIES_PER_ITEM.
 */
export function mergeEntries(a: readonly LogEntry[], b: readonly LogEntry[]): LogEntry[] {
  const byTime = new Map<number, LogEntry>();
  for (const entry of a) byTime.set(entry[0], entry);
  for (const entry of b) if (!byTime.has(entry[0])) byTime.set(entry[0], entry);
  const merged = [...byTime.values()].sort((x, y) => x[0] - y[0]);
  return merged.length > MAX_ENTRIES_PER_ITEM ? merged.slice(-MAX_ENTRIES_PER_ITEM) : merged;
}

export function hasEntryAt(entries: readonly LogEntry[] | undefined, at: number): boolean {
  return !!entries && entries.some((e) => e[0] === at);
}

export interface TodayCounts {
  /** Review-session answers since `todayStart`. */
  reviewed: number;
  /** Items first ever answered today, in a review session: they count against the daily new limit. */
  introduced: number;
  /** Answers from anywhere today. */
  answered: number;
}

export function todayCounts(log: AnswerLog, todayStart: number): TodayCounts {
  let reviewed = 0;
  let introduced = 0;
  let answered = 0;
  for (const id in log) {
    const entries = log[id]!;
    const last = entries[entries.length - 1];
    if (!last || last[0] < todayStart) continue;
    const first = entries[0]!;
    if (first[0] >= todayStart && first[2] === 2) introduced++;
    for (let i = entries.length - 1; i >= 0 && entries[i]![0] >= todayStart; i--) {
      answered++;
      if (entries[i]![2] === 2) reviewed++;
    }
  }
  return { reviewed, introduced, answered };
}

export interface MissedItem {
  id: string;
  /** Wrong answers in the kept history. */
  misses: number;
  lastAt: number;
  /** Option id → how many wrong answers picked it (right options of multiple-response included). */
  picks: Record<string, number>;
  /** The options picked the last time. */
  lastChosen: string[];
}

/** Questions whose most recent answer, from anywhere, was wrong; most recently missed first. */
export function missedQuestions(log: AnswerLog): MissedItem[] {
  const missed: MissedItem[] = [];
  for (const id in log) {
    const entries = log[id]!;
    const last = entries[entries.length - 1];
    if (!last || last[3] !== 0) continue;
    const picks: Record<string, number> = {};
    let misses = 0;
    for (const entry of entries) {
      if (entry[3] !== 0) continue;
      misses++;
      for (const option of entry[4] ? entry[4].split(",") : []) picks[option] = (picks[option] ?? 0) + 1;
    }
    missed.push({ id, misses, lastAt: last[0], picks, lastChosen: last[4] ? last[4].split(",") : [] });
  }
  return missed.sort((a, b) => b.lastAt - a.lastAt);
}

/** Answers per local day (day numbers from lib/srs/days), for the study calendar. */
export function answersPerDay(log: AnswerLog, dayOf: (at: number) => number): Map<number, number> {
  const days = new Map<number, number>();
  for (const id in log) {
    for (const entry of log[id]!) {
      const day = dayOf(entry[0]);
      days.set(day, (days.get(day) ?? 0) + 1);
    }
  }
  return days;
}

export function countEntries(log: AnswerLog): number {
  let n = 0;
  for (const id in log) n += log[id]!.length;
  return n;
}
