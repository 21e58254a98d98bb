// FSRS's forgetting curve, apart from scheduler.ts: progress and readiness evaluate it for every
// card, and pages that only show progress should not load ts-fsrs to do so.
import { DAY_MS, LAST_REVIEW, STABILITY, STATE, type StoredCard } from "./card";

/**
 * FSRS-6's default decay (ts-fsrs `default_w[20]`; recall.test.ts checks the two agree).
 * R(t, S) = (1 + FACTOR·t/S)^DECAY, with FACTOR set so that R(S, S) = 0.9.
 */
export const DEFAULT_DECAY = 0.1542;
const DECAY = -DEFAULT_DECAY;
const FACTOR = Math.pow(0.9, 1 / DECAY) - 1;

/** FSRS's forgetting curve: the chance of recalling, `elapsedMs` after a review, a card of this stability (days). */
export function recallProbability(elapsedMs: number, stability: number): number {
  return Math.pow(1 + (FACTOR * Math.max(0, elapsedMs)) / DAY_MS / stability, DECAY);
}

/** Probability of recalling the card at `now` (0 for a card never studied), on FSRS's forgetting curve. */
export function retrievability(card: StoredCard | undefined, now: number): number {
  if (!card || card[STATE] === 0 || card[STABILITY] <= 0) return 0;
  return recallProbability(now - card[LAST_REVIEW], card[STABILITY]);
}
