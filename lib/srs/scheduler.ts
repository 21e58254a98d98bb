// The one place that runs FSRS. Everything else passes stored cards, grades and `now` (epoch ms).
import { createEmptyCard, fsrs, generatorParameters, type FSRS } from "ts-fsrs";
import { fromFsrsCard, LAST_REVIEW, toFsrsCard, type Grade, type StoredCard } from "./card";
import { MAX_RETENTION, MIN_RETENTION } from "./limits";

export { DEFAULT_RETENTION, MAX_RETENTION, MIN_RETENTION } from "./limits";
export { recallProbability, retrievability } from "./recall";

export interface SchedulerOptions {
  /** Desired retention, 0.7–0.99. */
  retention: number;
  /**
   * Spread intervals a little so cards learnt together do not stay due together. ts-fsrs seeds the
   * fuzz from the card and review time, so it is still deterministic. Tests switch it off.
   */
  fuzz: boolean;
  /** FSRS parameters fitted to the candidate (21 numbers); absent: ts-fsrs's defaults. */
  parameters?: readonly number[];
}

const schedulers = new Map<string, FSRS>();

export function schedulerFor({ retention, fuzz, parameters }: SchedulerOptions): FSRS {
  const key = `${retention}:${fuzz}:${parameters ? parameters.join(",") : ""}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    const clamped = Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, retention));
    scheduler = fsrs(generatorParameters({ request_retention: clamped, enable_fuzz: fuzz, ...(parameters ? { w: [...parameters] } : {}) }));
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

/**
 * Answers can arrive out of order (an exam submitted after a review in another tab); FSRS needs
 * time to move forward, so an older answer is applied as if given at the card's last review.
 */
function reviewTime(card: StoredCard | undefined, now: number): Date {
  return new Date(card ? Math.max(now, card[LAST_REVIEW]) : now);
}

/** The card after answering it with `grade` at `now`. No card yet means a new one. */
export function reviewCard(card: StoredCard | undefined, grade: Grade, now: number, options: SchedulerOptions): StoredCard {
  const at = reviewTime(card, now);
  const input = card ? toFsrsCard(card) : createEmptyCard(at);
  return fromFsrsCard(schedulerFor(options).next(input, at, grade).card);
}

/** When the card would next be due for each grade, as the four answer buttons show it. */
export function previewDue(card: StoredCard | undefined, now: number, options: SchedulerOptions): Record<Grade, number> {
  const at = reviewTime(card, now);
  const input = card ? toFsrsCard(card) : createEmptyCard(at);
  const preview = schedulerFor(options).repeat(input, at);
  return {
    1: preview[1].card.due.getTime(),
    2: preview[2].card.due.getTime(),
    3: preview[3].card.due.getTime(),
    4: preview[4].card.due.getTime(),
  };
}
