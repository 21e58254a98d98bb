import { describe, expect, it } from "vitest";
import type { StoredCard } from "@/lib/srs/card";
import { topAdvice } from "./advice";
import { examShares, firstAnswersFromLog, MIN_FIRST_ANSWERS, predict, prepare, type ReadinessInput } from "./model";
import { studyPlan } from "./plan";
import { beta, binomial, gamma, quantile } from "./sample";
import { mulberry32 } from "@/lib/exam/random";

const DAY = 86_400_000;
const AT = Date.UTC(2027, 2, 1, 9);

/** A card in review, last seen at `lastReview` with the given stability (days). */
const card = (lastReview: number, stability: number): StoredCard => [lastReview + stability * DAY, stability, 5, Math.round(stability), 3, 0, 2, lastReview, 0];

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

function oneDomain(answered: number, right: number, bank = 40, studied: StoredCard = card(AT, 30)): ReadinessInput {
  const questionIds = ids("q", bank);
  const cards: Record<string, StoredCard> = {};
  const firstAnswers: Record<string, 0 | 1> = {};
  questionIds.slice(0, answered).forEach((id, i) => {
    cards[id] = studied; // by default reviewed at the exam moment: recalled with certainty
    firstAnswers[id] = i < right ? 1 : 0;
  });
  return {
    domains: [{ id: "d", title: "Domain", weight: 1, topics: [{ slug: "t", title: "Topic", questionIds }] }],
    cards,
    firstAnswers,
    scoredQuestions: 10,
    passMark: 0.72,
    at: AT,
    seed: 7,
    samples: 2000,
  };
}

describe("predict", () => {
  it("says there are not enough answers below the minimum", () => {
    const result = predict(oneDomain(MIN_FIRST_ANSWERS - 1, 10));
    expect(result.status).toBe("not-enough");
    expect(result).toMatchObject({ answered: MIN_FIRST_ANSWERS - 1, needed: MIN_FIRST_ANSWERS });
  });

  it("matches a hand-computed case", () => {
    // 20 of 40 studied and recalled for sure (R = 1), first answers 15 right and 5 wrong.
    // Overall rate: Beta(1 + 15, 1 + 5) → 16/22. Domain: (8 · 16/22 + 15) / (8 + 20) = 0.74351.
    // Chance per exam question: (20 · 1 + 0.74351 · 20) / 40 = 0.87175.
    const result = predict(oneDomain(20, 15));
    if (result.status !== "ok") throw new Error("expected a prediction");
    expect(result.domains[0]!.accuracy).toBeCloseTo((8 * (16 / 22) + 15) / 28, 10);
    expect(result.mean).toBeCloseTo((20 + 20 * ((8 * (16 / 22) + 15) / 28)) / 40, 10);
    expect(result.low).toBeLessThanOrEqual(result.mean);
    expect(result.high).toBeGreaterThanOrEqual(result.mean);
    expect(result.high - result.low).toBeGreaterThan(0);
  });

  it("is the same for the same seed", () => {
    expect(predict(oneDomain(30, 20))).toEqual(predict(oneDomain(30, 20)));
  });

  it("never predicts lower after more right answers", () => {
    let previous = -1;
    for (let right = 0; right <= 30; right++) {
      const result = predict(oneDomain(30, right));
      if (result.status !== "ok") throw new Error("expected a prediction");
      expect(result.mean).toBeGreaterThanOrEqual(previous);
      previous = result.mean;
    }
  });

  it("never predicts lower for a stronger memory", () => {
    const weak = oneDomain(30, 20, 40, card(AT - 20 * DAY, 5));
    const strong = oneDomain(30, 20, 40, card(AT - 20 * DAY, 50));
    const [w, s] = [predict(weak), predict(strong)];
    if (w.status !== "ok" || s.status !== "ok") throw new Error("expected predictions");
    expect(s.mean).toBeGreaterThan(w.mean);
  });

  it("gives a lower pass chance for a higher pass mark", () => {
    const easy = predict({ ...oneDomain(30, 20), passMark: 0.6 });
    const hard = predict({ ...oneDomain(30, 20), passMark: 0.9 });
    if (easy.status !== "ok" || hard.status !== "ok") throw new Error("expected predictions");
    expect(hard.passChance).toBeLessThan(easy.passChance);
  });

  it("covers a domain with no questions by the prior alone", () => {
    const input = oneDomain(30, 24);
    const withEmpty: ReadinessInput = {
      ...input,
      domains: [...input.domains, { id: "empty", title: "Empty", weight: 1, topics: [] }],
    };
    const result = predict(withEmpty);
    if (result.status !== "ok") throw new Error("expected a prediction");
    const empty = result.domains[1]!;
    expect(empty.examQuestions).toBe(5);
    expect(empty.predicted).toBeCloseTo(empty.accuracy, 10);
    expect(empty.accuracy).toBeCloseTo(25 / 32, 10); // the overall rate, Beta(1 + 24, 1 + 6)
  });
});

describe("examShares", () => {
  it("splits scored questions by weight, largest remainder", () => {
    expect(examShares([{ weight: 30 }, { weight: 26 }, { weight: 24 }, { weight: 20 }], 50)).toEqual([15, 13, 12, 10]);
    expect(examShares([{ weight: 1 }, { weight: 1 }, { weight: 1 }], 10)).toEqual([4, 3, 3]);
  });
});

describe("firstAnswersFromLog", () => {
  it("takes the oldest answer with a right/wrong mark", () => {
    expect(firstAnswersFromLog({ a: [[1, 3, 2], [2, 1, 0, 0, "b"], [3, 3, 0, 1]], b: [[5, 3, 2, 1]], c: [[1, 3, 2]] })).toEqual({ a: 0, b: 1 });
  });
});

describe("topAdvice", () => {
  it("ranks learning unseen questions in a heavy weak domain first", () => {
    const strong = ids("s", 20);
    const weak = ids("w", 20);
    const cards: Record<string, StoredCard> = {};
    const firstAnswers: Record<string, 0 | 1> = {};
    strong.forEach((id) => {
      cards[id] = card(AT, 30);
      firstAnswers[id] = 1;
    });
    weak.slice(0, 5).forEach((id) => {
      cards[id] = card(AT, 30);
      firstAnswers[id] = 0;
    });
    const input: ReadinessInput = {
      domains: [
        { id: "strong", title: "Strong", weight: 1, topics: [{ slug: "s", title: "S", questionIds: strong }] },
        { id: "weak", title: "Weak", weight: 3, topics: [{ slug: "w", title: "W", questionIds: weak }] },
      ],
      cards,
      firstAnswers,
      scoredQuestions: 40,
      passMark: 0.72,
      at: AT,
      seed: 1,
    };
    const prediction = predict(input);
    const advice = topAdvice(prepare(input.domains, input.cards, input.firstAnswers), prediction.domains, input.at, 0.9);
    expect(advice[0]).toMatchObject({ kind: "learn", domain: "weak", topic: { slug: "w" }, count: 15 });
    expect(advice.some((a) => a.kind === "read" && a.domain === "weak")).toBe(true);
    expect(advice.every((a, i) => i === 0 || a.gain <= advice[i - 1]!.gain)).toBe(true);
  });
});

describe("studyPlan", () => {
  const now = Date.UTC(2027, 0, 1, 9);
  const base = { cards: {}, now, offsetMinutes: 0, retention: 0.9, newPerDaySetting: 20 };

  it("spreads unseen items over the days before the margin", () => {
    const plan = studyPlan({ ...base, itemIds: ids("x", 100), examAt: now + 25 * DAY });
    expect(plan).toMatchObject({ daysLeft: 25, learningDays: 21, unseen: 100, newPerDay: 5 });
    expect(plan.days).toHaveLength(26);
    expect(plan.days.reduce((n, d) => n + d.fresh, 0)).toBe(100);
    expect(plan.days.slice(21).every((d) => d.fresh === 0)).toBe(true);
    expect(plan.days[0]!.reviews).toBeGreaterThan(0);
    expect(plan.warnings).toEqual([]);
  });

  it("changes with the date", () => {
    const near = studyPlan({ ...base, itemIds: ids("x", 100), examAt: now + 10 * DAY });
    const far = studyPlan({ ...base, itemIds: ids("x", 100), examAt: now + 60 * DAY });
    expect(near.newPerDay).toBeGreaterThan(far.newPerDay);
  });

  it("places an existing card's review on its due day", () => {
    const cards = { a: card(now - 7 * DAY, 10) }; // due in 3 days
    const plan = studyPlan({ ...base, cards, itemIds: ["a"], examAt: now + 30 * DAY });
    expect(plan.unseen).toBe(0);
    expect(plan.days[3]!.reviews).toBe(1);
    expect(plan.days.slice(0, 3).every((d) => d.reviews === 0)).toBe(true);
  });

  it("warns when the plan does not fit, the limit is too low, or the date has passed", () => {
    const heavy = studyPlan({ ...base, itemIds: ids("x", 3000), examAt: now + 20 * DAY });
    expect(heavy.peakReviews).toBeGreaterThan(200);
    expect(heavy.warnings.join(" ")).toMatch(/does not fit/);
    expect(heavy.warnings.join(" ")).toMatch(/daily limit of 20/);
    expect(studyPlan({ ...base, itemIds: ids("x", 10), examAt: now - 2 * DAY }).warnings).toEqual(["That exam date has passed: choose a new one."]);
    expect(studyPlan({ ...base, itemIds: ids("x", 10), examAt: now + 2 * DAY }).warnings.join(" ")).toMatch(/Fewer than 5 days/);
  });
});

describe("samplers", () => {
  const random = mulberry32(42);
  const mean = (f: () => number, n = 20000) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += f();
    return s / n;
  };
  it("draw with the right means", () => {
    expect(mean(() => gamma(2.5, random))).toBeCloseTo(2.5, 1);
    expect(mean(() => gamma(0.5, random))).toBeCloseTo(0.5, 1);
    expect(mean(() => beta(3, 7, random))).toBeCloseTo(0.3, 2);
    expect(mean(() => binomial(20, 0.25, random))).toBeCloseTo(5, 1);
  });
  it("interpolates quantiles", () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
  });
});

describe("retrievability", () => {
  it("agrees with ts-fsrs's forgetting curve", async () => {
    const { default_w, forgetting_curve } = await import("ts-fsrs");
    const { retrievability } = await import("@/lib/srs/scheduler");
    for (const [elapsed, stability] of [[0, 1], [1, 1], [3, 10], [40, 12.5], [365, 3]] as const) {
      const stored = card(AT - elapsed * DAY, stability);
      expect(retrievability(stored, AT)).toBeCloseTo(forgetting_curve(default_w, elapsed, stability), 7);
    }
  });
});

describe("exam plan", () => {
  it("accepts real days only", async () => {
    const { isExamPlan, examTime, localIsoDay } = await import("./exam-plan");
    expect(isExamPlan({ date: "2027-02-28", profile: "full", updatedAt: 1 })).toBe(true);
    expect(isExamPlan({ date: "2027-02-30", profile: "full", updatedAt: 1 })).toBe(false);
    expect(isExamPlan({ date: "2027-02-28", profile: "", updatedAt: 1 })).toBe(false);
    expect(isExamPlan("2027-02-28")).toBe(false);
    expect(examTime("2027-03-01", -60)).toBe(Date.UTC(2027, 2, 1, 8));
    expect(localIsoDay(Date.UTC(2027, 2, 1, 23, 30), -60)).toBe("2027-03-02");
  });
});

describe("readinessDomains", () => {
  it("follows the profile's weights, keeps an empty weighted domain, drops unweighted ones", async () => {
    const { readinessDomains, scoredQuestions } = await import("./inputs");
    const index = {
      topics: [
        { slug: "a", title: "A", domain: "one", questionIds: ["a1", "a2"], flashcardIds: [] },
        { slug: "b", title: "B", domain: "two", questionIds: ["b1"], flashcardIds: ["bf"] },
        { slug: "c", title: "C", domain: "extra", questionIds: ["c1"], flashcardIds: [] },
      ],
    };
    const titles = [{ id: "two", title: "Two" }, { id: "one", title: "One" }, { id: "three", title: "Three" }];
    const weighted = readinessDomains(index, { id: "p", name: "P", questions: 65, passMark: 72, weights: { one: 30, two: 50, three: 20 } }, titles);
    expect(weighted.map((d) => [d.id, d.title, d.weight, d.topics.length])).toEqual([
      ["two", "Two", 50, 1],
      ["one", "One", 30, 1],
      ["three", "Three", 20, 0],
    ]);
    const bySize = readinessDomains(index, { id: "p", name: "P", questions: 10, passMark: 72 }, titles);
    expect(bySize.map((d) => [d.id, d.weight])).toEqual([["two", 1], ["one", 2], ["extra", 1]]);
    expect(scoredQuestions({ id: "s", name: "S", questions: 65, passMark: 72, unscored: 15 })).toBe(50);
  });
});
