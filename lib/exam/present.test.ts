import { describe, expect, it } from "vitest";
import { displayOptions, filterCounts, isReviewFilter, matchesFilter, reviewItems, reviewOptions } from "./present";
import { scoreAttempt } from "./score";
import { attempt, NOW, QUESTION_MAP, QUESTIONS, SEED } from "./test/fixtures";

const q3 = QUESTIONS[2]!;

describe("displayOptions", () => {
  it("letters the options in the attempt's shuffled order, the same every time", () => {
    const first = displayOptions(q3, SEED);
    expect(first.map((d) => d.letter)).toEqual(["A", "B", "C", "D", "E"]);
    expect(first.map((d) => d.option.id).sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(displayOptions(q3, SEED).map((d) => d.option.id)).toEqual(first.map((d) => d.option.id));
  });
});

describe("review", () => {
  it("shows which picks were right on multiple response", () => {
    const verdicts = Object.fromEntries(reviewOptions(q3, SEED, ["a", "b"]).map((o) => [o.option.id, o.verdict]));
    expect(verdicts).toEqual({ a: "right-pick", b: "wrong-pick", c: "missed", d: "none", e: "none" });
  });

  it("lists scored questions in the order asked, with outcome and flag, and filters them", () => {
    const s = attempt({
      answers: { q1: ["b"], q3: ["a"] },
      flagged: ["q1", "q2"],
      status: "submitted",
      finishedAt: NOW + 1000,
    });
    const items = reviewItems(scoreAttempt(s, QUESTION_MAP, NOW + 1000), QUESTION_MAP);
    expect(items.map((i) => [i.number, i.question.id, i.outcome, i.flagged])).toEqual([
      [1, "q1", "correct", true],
      [2, "q2", "unanswered", true],
      [3, "q3", "incorrect", false],
      [4, "q4", "unanswered", false],
    ]);
    expect(filterCounts(items)).toEqual({ all: 4, correct: 1, incorrect: 1, unanswered: 2, flagged: 2 });
    expect(items.filter((i) => matchesFilter(i, "unanswered")).map((i) => i.number)).toEqual([2, 4]);
    expect(isReviewFilter("flagged")).toBe(true);
    expect(isReviewFilter("bogus")).toBe(false);
    expect(isReviewFilter(null)).toBe(false);
  });
});
