import { describe, expect, it } from "vitest";
import { hasSavedExam } from "./saved-exam";

const saved = (examActive: unknown) => JSON.stringify({ state: { cards: {}, examActive }, version: 2 });
const storage = (raw: string | null) => ({ getItem: () => raw });
const attempt = { id: "a", config: { topics: ["lambda-limits", "edge compute"] }, questionIds: ["q1"] };

describe("a look at the saved exam without the store", () => {
  it("tells whether an exam is saved, reading damaged data as no", () => {
    expect(hasSavedExam(storage(saved(attempt)))).toBe(true);
    expect(hasSavedExam(storage(saved(null)))).toBe(false);
    expect(hasSavedExam(storage("{not json"))).toBe(false);
    expect(hasSavedExam(storage(null))).toBe(false);
    expect(hasSavedExam(undefined)).toBe(false);
  });
});
