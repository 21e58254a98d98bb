import { describe, expect, it } from "vitest";
import { DAY_MS } from "../card";
import { countTestReviews, DEFAULT_PARAMETERS, evaluate, histories, isBetter, splitTime, trainingSet, type LoggedReview } from "./fit";
import { FORGETFUL_LEARNER, simulateLog } from "./simulate";

const T0 = Date.UTC(2027, 0, 4, 9);

describe("training items", () => {
  const log: LoggedReview[] = [
    ["a", T0, 3, -1, 2],
    ["a", T0 + 600_000, 3, 600_000, 2], // same day: part of the history, not a label
    ["a", T0 + 2 * DAY_MS, 1, 0, 2],
    ["a", T0 + 3 * DAY_MS, 3, 0, 2],
    ["b", T0 + DAY_MS, 4, -2, 2], // earlier reviews unknown: left out
    ["b", T0 + 5 * DAY_MS, 3, 0, 2],
  ];

  it("are history prefixes ending in a review a day or more later, in local days", () => {
    const h = histories(log, 0);
    expect(h).toEqual([{ item: "a", ats: log.slice(0, 4).map((r) => r[1]), ratings: [3, 3, 1, 3], deltas: [0, 0, 2, 1] }]);
    const set = trainingSet(h);
    expect([...set.lengths]).toEqual([3, 4]);
    expect([...set.ratings]).toEqual([3, 3, 1, 3, 3, 1, 3]);
    expect([...set.deltas]).toEqual([0, 0, 2, 0, 0, 2, 1]);
    // Only reviews before the split train.
    expect([...trainingSet(h, T0 + 3 * DAY_MS).lengths]).toEqual([3]);
    expect(countTestReviews(h, T0 + 3 * DAY_MS)).toBe(1);
  });

  it("count days in the candidate's time zone", () => {
    // 23:15 and 00:45 UTC are a day apart in UTC, but 00:15 and 01:45 of one day in UTC+1.
    const late = Date.UTC(2027, 0, 4, 23, 15);
    const two: LoggedReview[] = [["x", late, 3, -1, 2], ["x", late + 90 * 60_000, 3, 0, 2]];
    expect(histories(two, 0)[0]!.deltas).toEqual([0, 1]);
    expect(histories(two, -60)[0]!.deltas).toEqual([0, 0]);
  });
});

describe("judging parameters on later reviews", () => {
  const { reviews } = simulateLog({ cards: 400, days: 240, start: T0, seed: "fit-test" });
  const all = histories(reviews, 0);
  const from = splitTime(reviews);

  it("splits in time: the newest fifth is held out", () => {
    const later = reviews.filter((r) => r[1] >= from).length;
    expect(later / reviews.length).toBeCloseTo(0.2, 2);
    expect(trainingSet(all, from).lengths.length).toBeGreaterThan(64);
  });

  it("the parameters that made the log predict it better than the defaults", () => {
    const truth = evaluate(FORGETFUL_LEARNER, all, from);
    const defaults = evaluate(DEFAULT_PARAMETERS, all, from);
    expect(truth.reviews).toBe(defaults.reviews);
    expect(truth.reviews).toBeGreaterThan(100);
    expect(truth.logLoss).toBeLessThan(defaults.logLoss);
    expect(truth.rmse).toBeLessThan(defaults.rmse);
    expect(isBetter(truth, defaults)).toBe(true);
    expect(isBetter(defaults, truth)).toBe(false);
  });
});

describe("rescheduling from history", () => {
  it("with the parameters a card was scheduled with, gives back the same card; with others, another", async () => {
    const { reviewCard } = await import("../scheduler");
    const { rescheduleCard } = await import("./reschedule");
    const ats = [T0, T0 + 600_000, T0 + 2 * DAY_MS, T0 + 9 * DAY_MS, T0 + 30 * DAY_MS];
    const ratings = [1, 3, 3, 1, 3] as const;
    const options = { retention: 0.9, fuzz: true };
    let card: ReturnType<typeof reviewCard> | undefined;
    ats.forEach((at, i) => (card = reviewCard(card, ratings[i]!, at, options)));
    // The app rounds stored cards to 4 decimals after every review; a replay rounds once.
    const replayed = rescheduleCard({ ats, ratings: [...ratings] }, options, T0 + 31 * DAY_MS)!;
    expect(replayed.map((n, i) => (i === 1 || i === 2 ? Math.round(n * 100) : n))).toEqual(card!.map((n, i) => (i === 1 || i === 2 ? Math.round(n * 100) : n)));
    const fitted = rescheduleCard({ ats, ratings: [...ratings] }, { ...options, parameters: FORGETFUL_LEARNER }, T0 + 31 * DAY_MS);
    expect(fitted![4]).toBe(card![4]); // same number of reviews
    expect(fitted![1]).not.toBe(card![1]); // another stability
  });
});
