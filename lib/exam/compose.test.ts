import { describe, expect, it } from "vitest";
import type { ExamProfile } from "@/lib/content/types";
import { allocate, allocateByWeight, drawProfile, drawQuestions, planExam, planProfile, planProfiles, type BankTopicIds } from "./compose";
import { NOW, SEED } from "./test/fixtures";

const FULL: ExamProfile = { id: "full", name: "Full mock", questions: 65, minutes: 130, passMark: 72 };
const QUICK: ExamProfile = { id: "quick", name: "Quick check", questions: 10, minutes: 20, passMark: 72 };
const full = { kind: "profile", profile: FULL } as const;
const quick = { kind: "profile", profile: QUICK } as const;

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
    const plan = planExam(full, bank({ a: 50, b: 50, c: 20 }), SEED, NOW);
    if (!plan.ok) throw new Error(plan.error);
    const { attempt } = plan;
    expect(attempt.questionIds).toHaveLength(65);
    expect(attempt.config).toEqual({
      kind: "profile",
      mode: "exam",
      topics: ["a", "b", "c"],
      minutes: 130,
      profile: { id: "full", name: "Full mock", passMark: 72 },
    });
    expect(attempt.unscored).toBeUndefined();
    // Without weights a profile draws by bank size, exactly as the full mock always has.
    expect(attempt.questionIds).toEqual(drawQuestions(bank({ a: 50, b: 50, c: 20 }), 65, SEED));
    expect(attempt.deadline - attempt.startedAt).toBe(130 * 60_000);
    expect(attempt).toMatchObject({ startedAt: NOW, status: "running", current: 0, answers: {}, flagged: [], seed: SEED });
  });

  it("asks every question at the real exam's pace when the banks are smaller than a full mock", () => {
    const plan = planExam(full, bank({ a: 20, b: 10, empty: 0 }), SEED, NOW);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.attempt.questionIds).toHaveLength(30);
    expect(plan.attempt.config.minutes).toBe(60);
    expect(plan.attempt.config.topics).toEqual(["a", "b"]);
  });

  it("builds a quick check of 10 questions in 20 minutes", () => {
    const plan = planExam(quick, bank({ a: 20, b: 10 }), SEED, NOW);
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
    expect(planExam(quick, bank({ a: 0 }), SEED, NOW)).toEqual({ ok: false, error: "The question banks are empty." });
  });

  it("gives distinct ids to attempts started at different times", () => {
    const b = bank({ a: 10 });
    const one = planExam(quick, b, SEED, NOW);
    const two = planExam(quick, b, SEED, NOW + 1);
    expect(one.ok && two.ok && one.attempt.id !== two.attempt.id).toBe(true);
  });
});

function domainBank(sizes: Record<string, Record<string, number>>): BankTopicIds[] {
  return Object.entries(sizes).flatMap(([domain, topics]) =>
    Object.entries(topics).map(([slug, n]) => ({ slug, domain, questionIds: Array.from({ length: n }, (_, i) => `${slug}-${i + 1}`) })),
  );
}
const sizes = (b: readonly BankTopicIds[]) => b.map((t) => ({ domain: t.domain, count: t.questionIds.length }));
const domainOf = (b: readonly BankTopicIds[], id: string) => b.find((t) => t.questionIds.includes(id))?.domain;
const perDomain = (b: readonly BankTopicIds[], ids: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const id of ids) out[domainOf(b, id)!] = (out[domainOf(b, id)!] ?? 0) + 1;
  return out;
};

// SAA-C03's published blueprint: 30 / 26 / 24 / 20 percent.
const SAA: ExamProfile = {
  id: "saa-c03",
  name: "SAA-C03 mock",
  questions: 65,
  minutes: 130,
  passMark: 72,
  unscored: 15,
  weights: { secure: 30, resilient: 26, performance: 24, cost: 20 },
};

describe("allocateByWeight", () => {
  it("splits by weight when every bucket has room (largest remainder)", () => {
    // exact shares 19.5, 16.9, 15.6, 13: floors 19, 16, 15, 13 and the two seats left to .9 and .6
    expect(allocateByWeight([30, 26, 24, 20], [100, 100, 100, 100], 65)).toEqual([19, 17, 16, 13]);
  });

  it("caps a bucket at its capacity and gives the shortfall to the others by weight", () => {
    // resilient can give 5 of its 17: the 12 left go to 30 : 24 : 20 → 4.86, 3.89, 3.24 → 5, 4, 3
    expect(allocateByWeight([30, 26, 24, 20], [100, 5, 100, 100], 65)).toEqual([24, 5, 20, 16]);
    expect(allocateByWeight([1, 1], [3, 2], 10)).toEqual([3, 2]);
    expect(allocateByWeight([0, 1], [9, 9], 4)).toEqual([0, 4]);
  });
});

describe("profiles with domain weights", () => {
  const big = domainBank({
    secure: { iam: 30, kms: 20 },
    resilient: { sqs: 40 },
    performance: { cache: 25, db: 25 },
    cost: { pricing: 40 },
    extra: { other: 40 },
  });

  it("draws each domain by weight, then within a domain across its topics by bank size", () => {
    const { questionIds, unscored } = drawProfile(SAA, big, SEED);
    expect(questionIds).toHaveLength(65);
    expect(new Set(questionIds).size).toBe(65);
    expect(perDomain(big, questionIds)).toEqual({ secure: 19, resilient: 17, performance: 16, cost: 13 });
    // secure's 19 across iam 30 and kms 20: 11.4 and 7.6 → 11 and 8
    expect(questionIds.filter((id) => id.startsWith("iam-"))).toHaveLength(11);
    expect(questionIds.filter((id) => id.startsWith("kms-"))).toHaveLength(8);
    expect(unscored).toHaveLength(15);
    expect(unscored.every((id) => questionIds.includes(id))).toBe(true);
    expect(drawProfile(SAA, big, SEED)).toEqual({ questionIds, unscored });
    expect(drawProfile(SAA, big, SEED + 1).unscored).not.toEqual(unscored);
    expect(planProfile(SAA, sizes(big)).notes).toEqual(["Not asked (no weight in this profile): extra."]);
  });

  it("plans every profile for the start page, naming domains by their titles", () => {
    const small = domainBank({ secure: { iam: 50 }, resilient: { sqs: 5 }, performance: { cache: 50 }, cost: { pricing: 50 } });
    const quick: ExamProfile = { id: "quick", name: "Quick", questions: 10, minutes: 20, passMark: 72 };
    const plans = planProfiles([SAA, quick], sizes(small), [{ id: "resilient", title: "Design resilient architectures" }]);
    expect(plans).toEqual([planProfile(SAA, sizes(small), (id) => (id === "resilient" ? "Design resilient architectures" : id)), planProfile(quick, sizes(small))]);
    expect(plans[0]!.notes[0]).toMatch(/^Design resilient architectures has only 5 questions/);
  });

  it("redistributes a too-small domain's shortfall by weight, and says so", () => {
    const small = domainBank({ secure: { iam: 50 }, resilient: { sqs: 5 }, performance: { cache: 50 }, cost: { pricing: 50 } });
    const titles: Record<string, string> = { resilient: "Design resilient architectures" };
    const plan = planProfile(SAA, sizes(small), (id) => titles[id] ?? id);
    expect(plan.byDomain?.map((d) => [d.domain, d.share, d.available, d.drawn])).toEqual([
      ["secure", 19, 50, 24],
      ["resilient", 17, 5, 5],
      ["performance", 16, 50, 20],
      ["cost", 13, 50, 16],
    ]);
    expect(plan.notes).toEqual([
      "Design resilient architectures has only 5 questions, short of its 17 (26%).",
      "The 12 missing questions come from the other domains, by weight.",
    ]);
    expect(plan).toMatchObject({ count: 65, minutes: 130, unscored: 15 });
    expect(perDomain(small, drawProfile(SAA, small, SEED).questionIds)).toEqual({ secure: 24, resilient: 5, performance: 20, cost: 16 });
  });

  it("asks fewer at the exam's pace, with unscored questions in proportion, when all banks are small", () => {
    const tiny = domainBank({ secure: { iam: 10 }, resilient: { sqs: 0 }, performance: { cache: 10 }, cost: { pricing: 6 } });
    const plan = planProfile(SAA, sizes(tiny));
    expect(plan).toMatchObject({ count: 26, minutes: 52, unscored: 6 });
    expect(plan.notes).toEqual([
      "secure has only 10 questions, short of its 19 (30%).",
      "resilient has no questions yet, short of its 17 (26%).",
      "performance has only 10 questions, short of its 16 (24%).",
      "cost has only 6 questions, short of its 13 (20%).",
      "The banks can give 26 of the 65 questions, so it asks 26 at the exam's pace (52 minutes).",
    ]);
    const drawn = drawProfile(SAA, tiny, SEED);
    expect(drawn.questionIds).toHaveLength(26);
    expect(drawn.unscored).toHaveLength(6);
  });

  it("remembers the profile, its pass mark and weights, and the unscored questions, in the attempt", () => {
    const plan = planExam({ kind: "profile", profile: SAA }, big, SEED, NOW);
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.attempt.config).toMatchObject({
      kind: "profile",
      minutes: 130,
      profile: { id: "saa-c03", name: "SAA-C03 mock", passMark: 72, weights: SAA.weights },
    });
    expect(plan.attempt.config.topics).not.toContain("other");
    expect(plan.attempt.unscored).toEqual(drawProfile(SAA, big.filter((t) => t.questionIds.length > 0), SEED).unscored);
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
