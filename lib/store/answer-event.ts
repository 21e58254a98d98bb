// The boundary between where answers happen (exams, practice, review) and what learns from them
// (the scheduler, missed questions, progress). Either side can change without the other.

export type AnswerSource = "exam" | "practice" | "review";

/** FSRS ratings, as numbers so they survive JSON: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Rating = 1 | 2 | 3 | 4;

export interface AnswerEvent {
  /** Stable id of the question or flashcard. */
  itemId: string;
  kind: "question" | "flashcard";
  topic: string;
  source: AnswerSource;
  /** Epoch milliseconds. */
  at: number;
  /** Questions: whether the answer was right (all-or-nothing for multiple response). */
  correct?: boolean;
  /** Questions: the option ids picked (ids as written in the bank, not display order). */
  chosen?: string[];
  /** Exam questions: flagged for review when answered (a right-but-unsure answer rates Hard). */
  flagged?: boolean;
  /** Reviews: the candidate's own rating. When absent it is derived from correct/flagged. */
  rating?: Rating;
}

/** wrong → Again; right but flagged → Hard; right → Good; an explicit rating wins. */
export function ratingFor(event: AnswerEvent): Rating {
  if (event.rating) return event.rating;
  if (!event.correct) return 1;
  return event.flagged ? 2 : 3;
}
