import { describe, expect, it } from "vitest";
import { catalogOf, planSession } from "@/lib/review/session";
import type { BankIndex } from "@/lib/content/types";
import { interleaveNew, NEW_ORDER_SEED } from "./new-order";

// Shaped like the real bank: every topic's questions are written before its flashcards, and
// questions outnumber flashcards about two to one.
const index: BankIndex = {
  subject: { title: "Test", tagline: "", domains: [], profiles: [] },
  topics: ["ec2", "lambda", "edge", "vpc"].map((slug) => ({
    slug,
    title: slug,
    domain: "lambda",
    questionIds: Array.from({ length: 20 }, (_, i) => `${slug}-q${i}`),
    flashcardIds: Array.from({ length: 9 }, (_, i) => `${slug}-f${i}`),
  })),
};
const groups = index.topics.flatMap((t) => [{ ids: t.questionIds }, { ids: t.flashcardIds }]);
const all = groups.flatMap((g) => g.ids);
const T0 = Date.UTC(2027, 2, 1, 9);
const DAY = 86_400_000;

describe("new-card order", () => {
  it("is a permutation of every card", () => {
    const order = interleaveNew(groups, NEW_ORDER_SEED);
    expect(order).toHaveLength(all.length);
    expect([...order].sort()).toEqual([...all].sort());
    expect(order).not.toEqual(all);
  });

  it("is the same on every call (reload) and depends only on the seed", () => {
    const a = interleaveNew(groups, NEW_ORDER_SEED);
    expect(interleaveNew(groups, NEW_ORDER_SEED)).toEqual(a);
    expect(interleaveNew(groups.map((g) => ({ ids: [...g.ids] })), NEW_ORDER_SEED)).toEqual(a);
    expect(interleaveNew(groups, "another seed")).not.toEqual(a);
  });

  it("puts each topic and each kind into every day's batch in proportion", () => {
    const order = interleaveNew(groups, NEW_ORDER_SEED);
    for (let start = 0; start + 20 <= order.length; start += 20) {
      const day = order.slice(start, start + 20);
      const flashcards = day.filter((id) => id.includes("-f")).length;
      // 36 of 116 cards are flashcards: about 6 in 20.
      expect(flashcards).toBeGreaterThanOrEqual(4);
      expect(flashcards).toBeLessThanOrEqual(8);
      for (const topic of ["ec2", "lambda", "edge", "vpc"]) {
        expect(day.filter((id) => id.startsWith(`${topic}-`)).length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("mixes flashcards into day one of a review session, and keeps the order across days", () => {
    const catalog = catalogOf(index);
    const study = { cards: {}, log: {}, settings: { newPerDay: 20 } };
    const first = planSession({ kind: "due" }, catalog, study, T0, T0 - 9 * 3_600_000, new Set());
    expect(first.fresh).toBe(20);
    const dayOne = catalog.newOrder.slice(0, 20);
    expect(first.next).toBe(dayOne[0]);
    expect(dayOne.some((id) => catalog.byId.get(id)!.kind === "flashcard")).toBe(true);
    // The next day, a reload, a rebuilt catalog: the same first card while it is still new.
    const again = planSession({ kind: "due" }, catalogOf(index), study, T0 + DAY, T0 + DAY - 9 * 3_600_000, new Set());
    expect(again.next).toBe(dayOne[0]);
  });

  it("interleaves questions and flashcards within one topic's practice", () => {
    const catalog = catalogOf(index);
    const lambda = catalog.topics.find((t) => t.slug === "lambda")!;
    expect([...lambda.newOrder].sort()).toEqual([...lambda.ids].sort());
    expect(lambda.newOrder.slice(0, 10).some((id) => id.includes("-f"))).toBe(true);
    const plan = planSession({ kind: "topic", topic: "lambda", ahead: false }, catalog, { cards: {}, log: {}, settings: { newPerDay: 20 } }, T0, T0, new Set());
    expect(plan.next).toBe(lambda.newOrder[0]);
  });
});
