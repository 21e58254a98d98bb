// A scheduled card as stored: nine plain numbers in a fixed order. A tuple instead of ts-fsrs's
// object with Date fields keeps local storage small (a card costs ~60 bytes of JSON) and survives
// a JSON round trip unchanged. ts-fsrs shapes are built from it only at the boundary (scheduler.ts).
// Types only: this module is in every page that reads saved progress, ts-fsrs in the few that schedule.
import type { Card, State } from "ts-fsrs";

/** 0 New, 1 Learning, 2 Review, 3 Relearning: the numbering ts-fsrs uses. */
export type CardState = 0 | 1 | 2 | 3;

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;

export type StoredCard = [
  due: number,
  stability: number,
  difficulty: number,
  scheduledDays: number,
  reps: number,
  lapses: number,
  state: CardState,
  lastReview: number,
  learningSteps: number,
];

/** Tuple positions, so code reads `card[DUE]` rather than `card[0]`. */
export const DUE = 0;
export const STABILITY = 1;
export const DIFFICULTY = 2;
export const SCHEDULED_DAYS = 3;
export const REPS = 4;
export const LAPSES = 5;
export const STATE = 6;
export const LAST_REVIEW = 7;
export const LEARNING_STEPS = 8;

export const DAY_MS = 86_400_000;

/** Rounded so stored cards stay short; 4 decimals is far below what the model can tell apart. */
function round4(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

export function isStoredCard(value: unknown): value is StoredCard {
  if (!Array.isArray(value) || value.length !== 9) return false;
  for (const n of value) if (typeof n !== "number" || !Number.isFinite(n)) return false;
  const state = value[STATE] as number;
  return Number.isInteger(state) && state >= 0 && state <= 3 && value[DUE] >= 0 && value[LAST_REVIEW] >= 0;
}

export function toFsrsCard(card: StoredCard): Card {
  const lastReview = card[LAST_REVIEW];
  return {
    due: new Date(card[DUE]),
    stability: card[STABILITY],
    difficulty: card[DIFFICULTY],
    elapsed_days: 0,
    scheduled_days: card[SCHEDULED_DAYS],
    learning_steps: card[LEARNING_STEPS],
    reps: card[REPS],
    lapses: card[LAPSES],
    state: card[STATE] as State,
    last_review: lastReview > 0 ? new Date(lastReview) : undefined,
  };
}

export function fromFsrsCard(card: Card): StoredCard {
  return [
    card.due.getTime(),
    round4(card.stability),
    round4(card.difficulty),
    card.scheduled_days,
    card.reps,
    card.lapses,
    card.state as CardState,
    card.last_review ? card.last_review.getTime() : 0,
    card.learning_steps,
  ];
}

export function isLearning(card: StoredCard): boolean {
  return card[STATE] === 1 || card[STATE] === 3;
}
