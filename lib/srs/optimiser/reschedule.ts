// Rescheduling a card from its history when the parameters change: ts-fsrs replays the reviews
// (FSRS#reschedule), so the card is what it would be had these parameters been used all along.
import { createEmptyCard, type Grade as FsrsGrade } from "ts-fsrs";
import { fromFsrsCard, type Grade, type StoredCard } from "../card";
import { schedulerFor, type SchedulerOptions } from "../scheduler";

export function rescheduleCard(history: { ats: readonly number[]; ratings: readonly Grade[] }, options: SchedulerOptions, now: number): StoredCard | undefined {
  if (history.ats.length === 0) return undefined;
  const reviews = history.ats.map((at, i) => ({ rating: history.ratings[i]! as FsrsGrade, review: new Date(at) }));
  const { collections } = schedulerFor(options).reschedule(createEmptyCard(new Date(history.ats[0]!)), reviews, {
    first_card: createEmptyCard(new Date(history.ats[0]!)),
    skipManual: true,
    update_memory_state: true,
    now: new Date(now),
  });
  const last = collections[collections.length - 1];
  return last ? fromFsrsCard(last.card) : undefined;
}
