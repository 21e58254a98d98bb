import { describe, expect, it } from "vitest";
import { restoreExamData } from "./restore";
import { scoreAttempt } from "./score";
import { attempt, NOW, QUESTION_MAP } from "./test/fixtures";

describe("restoreExamData", () => {
  const good = attempt({ answers: { q1: ["b"] }, flagged: ["q2"] });
  const result = scoreAttempt({ ...good, status: "submitted", finishedAt: NOW + 1 }, QUESTION_MAP, NOW + 1);

  it("keeps valid records exactly as stored", () => {
    const data = JSON.parse(JSON.stringify({ examActive: good, examHistory: [result], passMark: 80 }));
    expect(restoreExamData(data)).toEqual({ active: good, history: [result], passMark: 80, rejected: [] });
  });

  it("sets aside records it cannot read, and keeps the rest", () => {
    const broken = { ...good, deadline: "soon" };
    const data = { examActive: broken, examHistory: [result, { id: 3 }], passMark: 500 };
    const restored = restoreExamData(data);
    expect(restored.active).toBeNull();
    expect(restored.history).toEqual([result]);
    expect(restored.passMark).toBeUndefined();
    expect(restored.rejected.map((r) => r.what)).toEqual(["exam in progress", "past exam", "pass mark"]);
    expect(restored.rejected[0]?.value).toBe(broken);
  });

  it("rejects an attempt whose current question is out of range", () => {
    expect(restoreExamData({ examActive: { ...good, current: 4 } }).active).toBeNull();
  });

  it("copes with anything at all", () => {
    for (const junk of [null, undefined, 42, "text", [], { examHistory: "nope" }]) {
      const restored = restoreExamData(junk);
      expect(restored.active).toBeNull();
      expect(restored.history).toEqual([]);
    }
  });
});
