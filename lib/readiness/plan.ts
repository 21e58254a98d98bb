// The daily plan toward an exam date: how many new items a day cover the bank in time, and how many
// reviews each day will bring. Pure: cards, settings, `now`, the date and the time zone offset in.
//
// The forecast follows each card along the path FSRS gives a card answered "Good" every time (built
// once per call with the app's own scheduler, no fuzz): an existing card joins that path at the
// step whose stability first exceeds its own. Some answers will be wrong; at desired retention r,
// about (1 − r) of reviews bring one more (relearning), so counts are scaled by (2 − r).
import { DAY_MS, DUE, STABILITY, STATE, type StoredCard } from "@/lib/srs/card";
import { dayNumber, startOfDay } from "@/lib/srs/days";
import { reviewCard } from "@/lib/srs/scheduler";

export type Cards = Readonly<Record<string, StoredCard | undefined>>;

export interface PlanInput {
  /** Every question and flashcard id of the bank. */
  itemIds: readonly string[];
  cards: Cards;
  now: number;
  /** The exam day (epoch ms of any moment in it). */
  examAt: number;
  /** Minutes, as Date#getTimezoneOffset gives them. */
  offsetMinutes: number;
  retention: number;
  /** Days before the exam kept free of new material, for review only. */
  marginDays?: number;
  /** The candidate's own daily new-card limit, to compare with what the plan needs. */
  newPerDaySetting: number;
}

export interface PlanDay {
  /** Local day number (lib/srs/days). */
  day: number;
  /** Expected reviews of cards already started, and of cards the plan introduces. */
  reviews: number;
  /** New items the plan introduces that day. */
  fresh: number;
}

export interface StudyPlan {
  /** Whole days from today to the exam day (0: the exam is today). */
  daysLeft: number;
  /** Days on which new items are introduced: today up to the margin before the exam. */
  learningDays: number;
  unseen: number;
  /** New items a day that introduce every unseen item by the margin. */
  newPerDay: number;
  days: PlanDay[];
  peakReviews: number;
  warnings: string[];
}

export const DEFAULT_MARGIN_DAYS = 5;
/** Above this many reviews on one day the plan warns that it may not fit. */
export const HEAVY_DAY = 200;
/** The forecast stops after this many days even for a far exam date. */
export const MAX_FORECAST_DAYS = 366;

interface Step {
  /** Stability after this review. */
  stability: number;
  /** Days from this review to the next. */
  gapDays: number;
}

/** A new card answered Good at every due date: its reviews' offsets from the first, in days. */
function goodPath(retention: number, horizonDays: number, start: number): Step[] {
  const steps: Step[] = [];
  let card: StoredCard | undefined;
  let at = start;
  while (at - start <= horizonDays * DAY_MS && steps.length < 64) {
    card = reviewCard(card, 3, at, { retention, fuzz: false });
    steps.push({ stability: card[STABILITY], gapDays: Math.max(0, (card[DUE] - at) / DAY_MS) });
    at = card[DUE];
  }
  return steps;
}

/** Adds the reviews of a card reviewed at `firstDay` and then along `path` from step `from`. */
function addPath(counts: Float64Array, firstDay: number, path: readonly Step[], from: number, weight: number) {
  let day = firstDay;
  for (let k = from; k < path.length && day < counts.length; k++) {
    counts[Math.floor(day)]! += weight;
    day += path[k]!.gapDays;
  }
  // Past the template's end, keep the last gap (rarely reached: the template spans the horizon).
  const last = path[path.length - 1];
  while (last && last.gapDays >= 1 && day < counts.length) {
    counts[Math.floor(day)]! += weight;
    day += last.gapDays;
  }
}

export function studyPlan(input: PlanInput): StudyPlan {
  const margin = input.marginDays ?? DEFAULT_MARGIN_DAYS;
  const today = dayNumber(input.now, input.offsetMinutes);
  const examDay = dayNumber(input.examAt, input.offsetMinutes);
  const daysLeft = examDay - today;
  const warnings: string[] = [];
  if (daysLeft < 0) {
    return { daysLeft, learningDays: 0, unseen: 0, newPerDay: 0, days: [], peakReviews: 0, warnings: ["That exam date has passed: choose a new one."] };
  }
  const horizon = Math.min(daysLeft + 1, MAX_FORECAST_DAYS);
  const todayStart = startOfDay(input.now, input.offsetMinutes);
  const path = goodPath(input.retention, horizon, todayStart);
  const stabilities = path.map((s) => s.stability);
  const joinAt = (stability: number) => {
    const k = stabilities.findIndex((s) => s > stability);
    return k < 0 ? path.length - 1 : k;
  };

  const reviews = new Float64Array(horizon);
  let unseen = 0;
  for (const id of input.itemIds) {
    const card = input.cards[id];
    if (!card || card[STATE] === 0) {
      unseen++;
      continue;
    }
    const dueDay = Math.max(0, Math.floor((card[DUE] - todayStart) / DAY_MS));
    addPath(reviews, dueDay, path, joinAt(card[STABILITY]), 1);
  }

  const learningDays = Math.max(0, Math.min(horizon, daysLeft - margin + 1));
  const newPerDay = unseen === 0 ? 0 : learningDays === 0 ? unseen : Math.ceil(unseen / learningDays);
  const fresh = new Array<number>(horizon).fill(0);
  let left = unseen;
  for (let d = 0; d < learningDays && left > 0; d++) {
    const n = Math.min(newPerDay, left);
    fresh[d] = n;
    left -= n;
    addPath(reviews, d, path, 0, n);
  }

  const lapses = 2 - input.retention;
  const days: PlanDay[] = [];
  let peakReviews = 0;
  for (let d = 0; d < horizon; d++) {
    const count = Math.round(reviews[d]! * lapses);
    peakReviews = Math.max(peakReviews, count);
    days.push({ day: today + d, reviews: count, fresh: fresh[d]! });
  }

  if (unseen > 0 && daysLeft < margin) {
    warnings.push(`Fewer than ${margin} days are left: new material now has little time to settle. Review what you have studied, and learn new items only where a domain is weak.`);
  }
  if (peakReviews > HEAVY_DAY) {
    warnings.push(`The plan does not fit comfortably: some days would bring about ${peakReviews} reviews (more than ${HEAVY_DAY}). Start earlier, move the exam date, or lower desired retention.`);
  }
  if (newPerDay > input.newPerDaySetting && learningDays > 0) {
    warnings.push(`Your daily limit of ${input.newPerDaySetting} new cards is below the ${newPerDay} this plan needs.`);
  }
  return { daysLeft, learningDays, unseen, newPerDay, days, peakReviews, warnings };
}
