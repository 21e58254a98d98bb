// The review log as CSV in the layout the FSRS tools read (fsrs-rs's and the binding's CSV
// examples, fsrs-browser's sandbox): card_id,review_time,review_rating,review_state,review_duration.
// card_id must be an integer and review_time is epoch ms; review_state is the FSRS state the card
// was in when rated (0 new, 1 learning, 2 review, 3 relearning); Stratus does not time answers,
// so review_duration is 0.
import { DAY_MS } from "../card";
import type { LoggedReview } from "./fit";

export const CSV_HEADER = "card_id,review_time,review_rating,review_state,review_duration";

/**
 * Integer ids per item, as Anki's are: the time of the item's first review (ms), moved up by one
 * when another item already has it (an exam can rate many questions at one instant).
 */
export function numericIds(reviews: readonly LoggedReview[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const r of reviews) if (!first.has(r[0]) || r[1] < first.get(r[0])!) first.set(r[0], r[1]);
  const ids = new Map<string, number>();
  const taken = new Set<number>();
  for (const [item, at] of [...first].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))) {
    let id = at;
    while (taken.has(id)) id++;
    taken.add(id);
    ids.set(item, id);
  }
  return ids;
}

/** Rows oldest first. The state follows FSRS: a same-day review after a lapse is relearning. */
export function reviewLogCsv(reviews: readonly LoggedReview[]): string {
  const ids = numericIds(reviews);
  const sorted = [...reviews].sort((a, b) => a[1] - b[1]);
  const lapsed = new Map<string, boolean>();
  const lines = [CSV_HEADER];
  for (const [item, at, rating, elapsed] of sorted) {
    let state: 0 | 1 | 2 | 3;
    if (elapsed === -1) state = 0;
    else if (elapsed >= DAY_MS || elapsed === -2) state = 2;
    else state = lapsed.get(item) ? 3 : 1;
    if (state === 2) lapsed.set(item, rating === 1);
    lines.push(`${ids.get(item)},${at},${rating},${state},0`);
  }
  return `${lines.join("\n")}\n`;
}
