// What the optimiser worker and the page say to each other.
import type { Fit } from "./fit";

export interface Readiness {
  ready: boolean;
  /** Ratings in the log. */
  reviews: number;
  trainItems: number;
  testReviews: number;
}

export interface OptimiseRequest {
  /** Minutes, as Date#getTimezoneOffset gives them: reviews are counted in the candidate's days. */
  offsetMinutes: number;
  /** Absolute URL of fsrs-browser's module (public/vendor/, copied there at build time). */
  moduleUrl: string;
}

export interface OptimiseResult {
  parameters: number[];
  defaults: Fit;
  fitted: Fit;
  /** Training items (reviews a day or more after the previous one, before `splitAt`). */
  trainItems: number;
  splitAt: number;
  threads: number;
  trainMs: number;
}

export type WorkerMessage =
  | { type: "read"; readiness: Readiness }
  | { type: "loaded"; threads: number }
  /** With cross-origin isolation the page can read the optimiser's progress from shared memory. */
  | { type: "training"; items: number; steps: number; progress: { buffer: SharedArrayBuffer; pointer: number } | null }
  | { type: "evaluating" }
  | { type: "done"; result: OptimiseResult }
  | { type: "failed"; message: string };
