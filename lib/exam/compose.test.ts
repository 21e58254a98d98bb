import { describe, expect, it } from "vitest";
import { allocate, drawQuestions, FULL_MOCK, planExam, type BankTopicIds } from "./compose";
import { NOW, SEED } from "./test/fixtures";

function bank(sizes: Record<string, number>): BankTopicIds[] {
  return Object.entries(sizes).map(([slug, n]) => ({
    slug,
    questionIds: Array.from({ length: n }, (_, i) => `${slug}-${i + 1}`),
  }));
}

describe("allocate (largest remainder)", () => {
  it("gives exact shares when they are whole", () => {
    expect(allocate([10, 20, 30], 6)).toEqual([1, 2, 3]);
  });

  it("gives leftover seats to the largest remainders", () => {
    // exact shares 2, 1.2, 0.8
    expect(allocate([5, 3, 2], 4)).toEqual([2, 1, 1]);
    // exact shares 26, 19.5, 19.5: the tie goes to the earlier bucket of equal size
    expect(allocate([40, 30, 30], 65)).toEqual([26, 20, 19]);
  });

  it("breaks a tie on remainders in favour of the larger bank", () => {
    // shares 0.5 and 1.5 → floors 0 and 1, one seat left, equal remainders: the larger bank wins
    expect(allocate([1, 3], 2)).toEqual([0, 2]);
  });

  it("always adds up to the total and never exceeds a bank", () => {
    for (const sizes of [[1, 1, 1], [12, 7, 30, 2], [100, 1], [3, 3, 3, 3, 3]]) {
      const sum = sizes.reduce((a, b) => a + b, 0);
      for (let total = 0; total <= sum + 2; total++) {
        const out = allocate(sizes, total);
        expect(out.reduce((a, b) => a + b, 0)).toBe(Math.min(total, sum));
        out.forEach((n, i) => expect(n).toBeLessThanOrEqual(sizes[i] ?? 0));
      }
    }
  });

  it("gives nothing when there is nothing to give", () => {
    expect(allocate([0, 0], 5)).toEqual([0, 0]);
    expect(allocate([4, 4], 0)).toEqual([0, 0]);
  });
});

describe("drawQuestions", () => {
  const topics = bank({ ec2: 40, lambda: 30, edge: 30 });

  it("draws across topics in proportion to their banks, without repeats", () => {
    const ids = drawQuestions(topics, 65, SEED);
    expect(ids).toHaveLength(65);
    expect(new Set(ids).size).toBe(65);
    const per = (slug: string) => ids.filter((id) => id.startsWith(`${slug}-`)).length;
    expect([per("ec2"), per("lambda"), per("edge")]).toEqual([26, 20, 19]);
  });

  it("is the same for the same seed and different for another", () => {
    expect(drawQuestions(topics, 10, SEED)).toEqual(drawQuestions(topics, 10, SEED));
    expect(drawQuestions(topics, 10, SEED + 1)).not.toEqual(drawQuestions(topics, 10, SEED));
  });

  it("mixes topics rather than asking them one block after another", () => {
    const ids = drawQuestions(topics, 65, SEED);
    const firstTen = new Set(ids.slice(0, 10).map((id) => id.split("-")[0]));
    expect(firstTen.size).toBeGreaterThan(1);
  });
});

describe("planExam", () => {
  it("builds a full mock of 65 questions and 130 minutes from a large bank", () => {
    const plan = planExam({ kind: "full" }, bank({ a: 50, b: 50, c: 20 }), SEED, NOW);
    if (!plan.ok) throw new Error(plan.error);
    const { attempt } = plan;
    expect(attempt.questionIds).toHaveLength(65);
    expect(attempt.config).toEqual({ kind: "full", mode: "exam", topics: ["a", "b", "c"], minutes: 130 });
    expect(attempt.deadline - attempt.startedAt).toBe(130 * 60_000);
    expect(attempt).toMatchObject({ startedAt: NOW, status: "running", current: 0, answers: {}, flagged: [], seed: SEED });
  });

  it("asks every question at the real exam's pace when the banks are smaller than a full mock", () => {
    const plan = planExam({ kind: "full" }, bank({ a: 20, b: 10, empty: 0 }), SEED, NOW);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.attempt.questionIds).toHaveLength(30);
    expect(plan.attempt.config.minutes).toBe(60);
    expect(plan.attempt.config.topics).toEqual(["a", "b"]);
  });

  it("builds a quick check of 10 questions in 20 minutes", () => {
    const plan = planExam({ kind: "quick" }, bank({ a: 20, b: 10 }), SEED, NOW);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.attempt.questionIds).toHaveLength(10);
    expect(plan.attempt.config.minutes).toBe(20);
  });

  it("builds a custom exam from the chosen topics only, in the chosen mode", () => {
    const plan = planExam(
      { kind: "custom", topics: ["b"], count: 5, minutes: 7, mode: "practice" },
      bank({ a: 20, b: 10 }),
      SEED,
      NOW,
    );
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.attempt.questionIds.every((id) => id.startsWith("b-"))).toBe(true);
    expect(plan.attempt.questionIds).toHaveLength(5);
    expect(plan.attempt.config).toEqual({ kind: "custom", mode: "practice", topics: ["b"], minutes: 7 });
    expect(plan.attempt.deadline).toBe(NOW + 7 * 60_000);
  });

  it("says why a custom exam cannot start", () => {
    const b = bank({ a: 5 });
    const custom = (topics: string[], count: number, minutes: number) =>
      planExam({ kind: "custom", topics, count, minutes, mode: "exam" }, b, SEED, NOW);
    expect(custom([], 5, 10)).toEqual({ ok: false, error: "Choose at least one topic that has questions." });
    expect(custom(["a"], 0, 10)).toMatchObject({ ok: false, error: expect.stringContaining("number of questions") });
    expect(custom(["a"], 5, 0)).toMatchObject({ ok: false, error: expect.stringContaining("minutes") });
    expect(custom(["a"], 2.5, 10)).toMatchObject({ ok: false });
  });

  it("retakes the given questions, skipping any removed from the bank since", () => {
    const plan = planExam(
      { kind: "retake", retakeOf: "old", questionIds: ["a-1", "b-2", "gone-1", "a-1"], minutes: 4, mode: "exam" },
      bank({ a: 3, b: 3 }),
      SEED,
      NOW,
    );
    if (!plan.ok) throw new Error(plan.error);
    expect([...plan.attempt.questionIds].sort()).toEqual(["a-1", "b-2"]);
    expect(plan.attempt.config).toMatchObject({ kind: "retake", retakeOf: "old", topics: expect.arrayContaining(["a", "b"]) });
    expect(
      planExam({ kind: "retake", retakeOf: "old", questionIds: ["gone"], minutes: 4, mode: "exam" }, bank({ a: 1 }), SEED, NOW),
    ).toEqual({ ok: false, error: "There are no missed questions left to retake." });
  });

  it("refuses to start on empty banks", () => {
    expect(planExam({ kind: "quick" }, bank({ a: 0 }), SEED, NOW)).toEqual({ ok: false, error: "The question banks are empty." });
  });

  it("gives distinct ids to attempts started at different times", () => {
    const b = bank({ a: 10 });
    const one = planExam({ kind: "quick" }, b, SEED, NOW);
    const two = planExam({ kind: "quick" }, b, SEED, NOW + 1);
    expect(one.ok && two.ok && one.attempt.id !== two.attempt.id).toBe(true);
    expect(FULL_MOCK).toEqual({ count: 65, minutes: 130 });
  });
});

describe("labels", () => {
  it("keeps only known topics with questions from ?topics=", async () => {
    const { parseTopicList, examLabel } = await import("./labels");
    const topics = [
      { slug: "a", title: "A", domain: "lambda" as const, count: 3 },
      { slug: "b", title: "B", domain: "lambda" as const, count: 0 },
      { slug: "c", title: "C", domain: "lambda" as const, count: 1 },
    ];
    expect(parseTopicList("c, a,b,zzz", topics)).toEqual(["a", "c"]);
    expect(parseTopicList(null, topics)).toEqual([]);
    expect(examLabel({ kind: "custom", mode: "practice", topics: [], minutes: 1 })).toBe("Custom exam (practice mode)");
  });
});
