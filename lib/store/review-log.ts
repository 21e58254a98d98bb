// The full review log: every rating ever given, append-only and never capped. It lives in
// IndexedDB (review-log-store.ts); these are its pure rules, unit-tested with plain values.
// The capped answer log (study-log.ts) stays in local storage for missed questions and today's
// counts; this one is for the optimiser, true retention and the CSV export.
import { LAST_REVIEW, REPS, type StoredCard } from "@/lib/srs/card";
import type { Rating } from "./answer-event";
import { MAX_ENTRIES_PER_ITEM, type AnswerLog, type SourceCode } from "./study-log";

/** `elapsed` of an item's first review ever. */
export const FIRST_REVIEW = -1;
/** `elapsed` when earlier reviews are unknown (migrated from a capped history). */
export const UNKNOWN_ELAPSED = -2;

/**
 * One rating: item id, epoch ms, rating, ms since the item's previous review (FIRST_REVIEW or
 * UNKNOWN_ELAPSED), origin (0 exam, 1 practice, 2 review). A tuple keeps the log and its export small.
 */
export type Review = [item: string, at: number, rating: Rating, elapsed: number, origin: SourceCode];

/**
 * An entry's id. One item cannot be rated twice in the same millisecond, so the id is the same
 * in every tab that saves it: writing it twice leaves one entry.
 */
export function reviewId(review: Review): string {
  return `${review[1]}|${review[0]}`;
}

export function isReview(value: unknown): value is Review {
  if (!Array.isArray(value) || value.length !== 5) return false;
  const [item, at, rating, elapsed, origin] = value as unknown[];
  return (
    typeof item === "string" && item.length > 0 &&
    typeof at === "number" && Number.isFinite(at) && at >= 0 &&
    (rating === 1 || rating === 2 || rating === 3 || rating === 4) &&
    typeof elapsed === "number" && Number.isFinite(elapsed) && elapsed >= UNKNOWN_ELAPSED &&
    (origin === 0 || origin === 1 || origin === 2)
  );
}

/** The entry for a rating given at `at` to an item whose card was `before` (undefined: never seen). */
export function reviewOf(item: string, at: number, rating: Rating, origin: SourceCode, before: StoredCard | undefined): Review {
  const last = before ? before[LAST_REVIEW] : 0;
  return [item, at, rating, last > 0 ? Math.max(0, at - last) : FIRST_REVIEW, origin];
}

/**
 * Migration from format 2: every capped answer becomes a log entry. When the card has more
 * reviews than its kept answers, the earliest kept one follows unknown reviews (UNKNOWN_ELAPSED).
 */
export function reviewsFromAnswerLog(log: AnswerLog, cards: Record<string, StoredCard | undefined>): Review[] {
  const reviews: Review[] = [];
  for (const item in log) {
    const entries = [...log[item]!].sort((a, b) => a[0] - b[0]);
    const card = cards[item];
    const complete = card ? card[REPS] <= entries.length : entries.length < MAX_ENTRIES_PER_ITEM;
    entries.forEach((entry, i) => {
      const elapsed = i > 0 ? entry[0] - entries[i - 1]![0] : complete ? FIRST_REVIEW : UNKNOWN_ELAPSED;
      reviews.push([item, entry[0], entry[1], elapsed, entry[2]]);
    });
  }
  return sortReviews(reviews);
}

/** Oldest first; ties by item id, so every copy of a log lists it in the same order. */
export function sortReviews(reviews: Review[]): Review[] {
  return reviews.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Union of logs by entry id, oldest first. */
export function mergeReviews(...logs: readonly (readonly Review[])[]): Review[] {
  const byId = new Map<string, Review>();
  for (const log of logs) for (const review of log) if (!byId.has(reviewId(review))) byId.set(reviewId(review), review);
  return sortReviews([...byId.values()]);
}

/** Each item's reviews, oldest first. */
export function reviewsByItem(reviews: readonly Review[]): Map<string, Review[]> {
  const byItem = new Map<string, Review[]>();
  for (const review of reviews) {
    const list = byItem.get(review[0]);
    if (list) list.push(review);
    else byItem.set(review[0], [review]);
  }
  for (const list of byItem.values()) list.sort((a, b) => a[1] - b[1]);
  return byItem;
}
