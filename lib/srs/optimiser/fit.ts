// Fitting FSRS to one candidate's log, the parts that are not the optimiser itself: turning the
// review log into the optimiser's training items, splitting it in time, and judging parameters on
// reviews they were not fitted to. Pure: days come from an offset, parameters are arguments.
import { default_w, FSRSAlgorithm, forgetting_curve, generatorParameters, type FSRSState } from "ts-fsrs";
import type { Grade } from "../card";
import { dayNumber } from "../days";

/**
 * A review as the log keeps it (lib/store/review-log.ts): item id, epoch ms, rating, ms since the
 * item's previous review (-1: first ever; -2: earlier reviews unknown).
 */
export type LoggedReview = readonly [item: string, at: number, rating: Grade, elapsed: number, ...rest: unknown[]];

export const DEFAULT_PARAMETERS: readonly number[] = default_w;

/**
 * fsrs-rs fits every parameter only from 64 training items on (with fewer it returns the defaults
 * or fits only the first stabilities: src/training.rs, `train_set.len() < 64`). An item is a review
 * made a day or more after the one before it, so that is the minimum we ask for in the training
 * part; the held-out part needs some too, or the comparison means nothing.
 */
export const MIN_TRAINING_ITEMS = 64;
export const MIN_TEST_REVIEWS = 16;
/** The share of reviews, oldest first, the optimiser trains on; the rest judge it. */
export const TRAIN_SHARE = 0.8;

/** One item's reviews from its first ever, as the optimiser counts time: whole local days. */
export interface History {
  item: string;
  ats: number[];
  ratings: Grade[];
  /** Local days since the previous review (0 for the first and same-day reviews). */
  deltas: number[];
}

/**
 * Items whose whole history is in the log, each oldest first. Items that begin with unknown
 * reviews (migrated from a capped history) are left out: replaying them from their first kept
 * answer would model a new card that was not new.
 */
export function histories(reviews: readonly LoggedReview[], offsetMinutes: number): History[] {
  const byItem = new Map<string, LoggedReview[]>();
  for (const r of reviews) {
    const list = byItem.get(r[0]);
    if (list) list.push(r);
    else byItem.set(r[0], [r]);
  }
  const out: History[] = [];
  for (const [item, list] of byItem) {
    list.sort((a, b) => a[1] - b[1]);
    if (list[0]![3] !== -1) continue;
    const days = list.map((r) => dayNumber(r[1], offsetMinutes));
    out.push({ item, ats: list.map((r) => r[1]), ratings: list.map((r) => r[2]), deltas: days.map((d, i) => (i === 0 ? 0 : d - days[i - 1]!)) });
  }
  return out;
}

/** The time that splits the log: reviews before it train, reviews from it on are held out. */
export function splitTime(reviews: readonly LoggedReview[], trainShare = TRAIN_SHARE): number {
  const times = reviews.map((r) => r[1]).sort((a, b) => a - b);
  if (times.length === 0) return 0;
  return times[Math.min(times.length - 1, Math.floor(times.length * trainShare))]!;
}

/** fsrs-browser's `computeParameters` input: every history prefix ending in a review a day or more later. */
export interface TrainingSet {
  ratings: Uint32Array;
  deltas: Uint32Array;
  lengths: Uint32Array;
}

export function trainingSet(all: readonly History[], before = Infinity): TrainingSet {
  const ratings: number[] = [];
  const deltas: number[] = [];
  const lengths: number[] = [];
  for (const h of all) {
    for (let end = 1; end < h.ats.length && h.ats[end]! < before; end++) {
      // As fsrs-rs's own converter does: an item is labelled by a long-term review.
      if (h.deltas[end]! <= 0) continue;
      for (let i = 0; i <= end; i++) {
        ratings.push(h.ratings[i]!);
        deltas.push(h.deltas[i]!);
      }
      lengths.push(end + 1);
    }
  }
  return { ratings: Uint32Array.from(ratings), deltas: Uint32Array.from(deltas), lengths: Uint32Array.from(lengths) };
}

/** Reviews a day or more after the previous one, at or after `from`: what the held-out test scores. */
export function countTestReviews(all: readonly History[], from: number): number {
  let n = 0;
  for (const h of all) for (let i = 1; i < h.ats.length; i++) if (h.ats[i]! >= from && h.deltas[i]! > 0) n++;
  return n;
}

export interface Fit {
  /** Mean binary cross-entropy of the predicted recall; lower is better. */
  logLoss: number;
  /** RMSE between predicted and actual recall in 20 bins of prediction (as FSRS reports "RMSE (bins)"). */
  rmse: number;
  reviews: number;
}

const BINS = 20;

/**
 * How well `parameters` predict recall (rating above Again) on the reviews at or after `from`,
 * each predicted from the memory state the earlier reviews (trained on or not) leave.
 */
export function evaluate(parameters: readonly number[], all: readonly History[], from: number): Fit {
  const model = new FSRSAlgorithm(generatorParameters({ w: [...parameters], enable_short_term: true }));
  let loss = 0;
  let n = 0;
  const binN = new Float64Array(BINS);
  const binP = new Float64Array(BINS);
  const binY = new Float64Array(BINS);
  for (const h of all) {
    let state: FSRSState | null = null;
    for (let i = 0; i < h.ats.length; i++) {
      const t = h.deltas[i]!;
      if (state && t > 0 && h.ats[i]! >= from) {
        const p = Math.min(1 - 1e-7, Math.max(1e-7, forgetting_curve(parameters as number[], t, state.stability)));
        const y = h.ratings[i]! > 1 ? 1 : 0;
        loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
        n++;
        const b = Math.min(BINS - 1, Math.floor(p * BINS));
        binN[b]!++;
        binP[b]! += p;
        binY[b]! += y;
      }
      state = model.next_state(state, t, h.ratings[i]!);
    }
  }
  let squares = 0;
  for (let b = 0; b < BINS; b++) if (binN[b]! > 0) squares += (binY[b]! - binP[b]!) ** 2 / binN[b]!;
  return { logLoss: n ? loss / n : NaN, rmse: n ? Math.sqrt(squares / n) : NaN, reviews: n };
}

/**
 * Fitted parameters are worth applying when they predict the held-out reviews better: by log loss,
 * a proper scoring rule over every review (what fsrs-rs minimises). RMSE (bins) is shown beside it,
 * but it depends on how reviews fall into bins and is noisy on a few hundred reviews.
 */
export function isBetter(fitted: Fit, defaults: Fit): boolean {
  return fitted.logLoss < defaults.logLoss;
}
