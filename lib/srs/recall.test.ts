import { default_w, forgetting_curve } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { DAY_MS, type StoredCard } from "./card";
import { DEFAULT_DECAY, recallProbability, retrievability } from "./recall";

describe("the forgetting curve without ts-fsrs", () => {
  it("uses ts-fsrs's default decay", () => {
    expect(DEFAULT_DECAY).toBe(default_w[20]);
  });

  it("matches ts-fsrs's forgetting_curve", () => {
    for (const [days, stability] of [[0, 1], [1, 1], [3, 2.5], [30, 10], [400, 90]] as const) {
      expect(recallProbability(days * DAY_MS, stability)).toBeCloseTo(forgetting_curve(DEFAULT_DECAY, days, stability), 6);
    }
  });

  it("is 0.9 after one stability, and 0 for a card never studied", () => {
    const card: StoredCard = [0, 4, 5, 4, 1, 0, 2, 1_000, 0];
    expect(retrievability(card, 1_000 + 4 * DAY_MS)).toBeCloseTo(0.9, 10);
    expect(retrievability(undefined, 1_000)).toBe(0);
    expect(retrievability([0, 0, 0, 0, 0, 0, 0, 0, 0], 1_000)).toBe(0);
  });
});
