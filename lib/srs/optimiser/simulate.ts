// A synthetic learner for tests, the e2e seed and the bench: cards scheduled by FSRS with the
// default parameters, while recall really follows `truth` (other parameters). A log made this way
// has a known answer: parameters near `truth` predict it better than the defaults.
import { FSRSAlgorithm, forgetting_curve, generatorParameters, type FSRSState } from "ts-fsrs";
import type { Grade } from "../card";
import { DAY_MS } from "../card";
import { DEFAULT_PARAMETERS } from "./fit";
import { generator, hashSeed as hash } from "../shuffle";

/** A learner who forgets faster than FSRS assumes, and gains less from each success. */
export const FORGETFUL_LEARNER: readonly number[] = [
  0.1, 0.5, 1.0, 4.0, 7.5, 0.6, 2.2, 0.01, 1.0, 0.2, 0.8, 1.8, 0.05, 0.3, 2.0, 0.3, 1.5, 0.5, 0.3, 0.1, 0.3,
];

export interface SimulatedLog {
  /** [item, at, rating, elapsed ms (-1 first), origin 2 = review], oldest first. */
  reviews: [string, number, Grade, number, 2][];
}

export interface SimulationOptions {
  cards: number;
  days: number;
  /** Epoch ms of day 0 (09:00 UTC is a good start). */
  start: number;
  seed: string;
  truth?: readonly number[];
  retention?: number;
}

export function simulateLog({ cards, days, start, seed, truth = FORGETFUL_LEARNER, retention = 0.9 }: SimulationOptions): SimulatedLog {
  const random = generator(hash(seed));
  const scheduler = new FSRSAlgorithm(generatorParameters({ w: [...DEFAULT_PARAMETERS], request_retention: retention, enable_short_term: true }));
  const real = new FSRSAlgorithm(generatorParameters({ w: [...truth], enable_short_term: true }));
  const reviews: SimulatedLog["reviews"] = [];
  for (let c = 0; c < cards; c++) {
    const item = `sim-${c}`;
    let day = Math.floor(random() * Math.max(1, days / 3));
    let believed: FSRSState | null = null;
    let actual: FSRSState | null = null;
    let lastAt = -1;
    let lastDay = day;
    while (day < days) {
      const at = start + day * DAY_MS + Math.floor(random() * 8 * 3_600_000);
      const t = actual ? day - lastDay : 0;
      let grade: Grade;
      if (!actual) grade = random() < 0.25 ? 1 : 3;
      else {
        const recalled = random() < forgetting_curve(truth as number[], t, actual.stability);
        grade = !recalled ? 1 : random() < 0.1 ? 2 : random() < 0.1 ? 4 : 3;
      }
      reviews.push([item, at, grade, lastAt < 0 ? -1 : at - lastAt, 2]);
      actual = real.next_state(actual, t, grade);
      believed = scheduler.next_state(believed, t, grade);
      lastAt = at;
      lastDay = day;
      day += Math.max(1, scheduler.next_interval(believed.stability, t));
    }
  }
  reviews.sort((a, b) => a[1] - b[1]);
  return { reviews };
}
