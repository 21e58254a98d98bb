import { describe, expect, it } from "vitest";
import { countLabel, formatIsoDate } from "./format";

describe("countLabel", () => {
  it("uses the singular only for exactly one", () => {
    expect(countLabel(1, "question")).toBe("1 question");
    expect(countLabel(0, "question")).toBe("0 questions");
    expect(countLabel(12, "flashcard")).toBe("12 flashcards");
    expect(countLabel(2, "quiz", "quizzes")).toBe("2 quizzes");
  });
});

describe("formatIsoDate", () => {
  it("writes an ISO date out in words, whatever the time zone", () => {
    expect(formatIsoDate("2026-11-21")).toBe("21 November 2026");
    expect(formatIsoDate("2026-01-01")).toBe("1 January 2026");
  });

  it("returns anything else unchanged", () => {
    expect(formatIsoDate("")).toBe("");
    expect(formatIsoDate("last week")).toBe("last week");
    expect(formatIsoDate("2026-13-45")).toBe("2026-13-45");
  });
});
