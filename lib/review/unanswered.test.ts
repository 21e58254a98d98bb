import { describe, expect, it } from "vitest";
import type { ExamResult, Outcome } from "@/lib/exam/types";
import type { AnswerLog } from "@/lib/store/study-log";
import { lastAnswerTimes, unansweredQuestions } from "./unanswered";

function result(id: string, finishedAt: number, outcomes: Record<string, Outcome>): ExamResult {
  const questionIds = Object.keys(outcomes);
  return {
    id,
    config: { kind: "quick", mode: "exam", topics: [], minutes: 20 },
    seed: 1,
    questionIds,
    answers: {},
    flagged: [],
    startedAt: finishedAt - 60_000,
    deadline: finishedAt + 60_000,
    finishedAt,
    endedBy: "submitted",
    outcomes,
    correct: Object.values(outcomes).filter((o) => o === "correct").length,
    total: questionIds.length,
    byTopic: [],
  };
}

const everything = () => true;

describe("questions left unanswered", () => {
  it("lists what the latest exam left blank and nothing answered since", () => {
    const history = [result("e1", 1000, { q1: "correct", q2: "unanswered", q3: "unanswered", q4: "incorrect" })];
    const log: AnswerLog = { q1: [[1000, 3, 0, 1]], q4: [[1000, 1, 0, 0, "a"]], q3: [[5000, 3, 2, 1]] };
    expect(unansweredQuestions(history, lastAnswerTimes(log), everything)).toEqual([{ id: "q2", at: 1000 }]);
  });

  it("goes by the latest exam that asked the question", () => {
    const history = [
      result("old", 1000, { q1: "unanswered", q2: "unanswered" }),
      result("new", 2000, { q1: "correct", q3: "unanswered" }),
    ];
    const log: AnswerLog = { q1: [[2000, 3, 0, 1]] };
    expect(unansweredQuestions(history, lastAnswerTimes(log), everything)).toEqual([
      { id: "q3", at: 2000 },
      { id: "q2", at: 1000 },
    ]);
  });

  it("does not count the old 'wrong, nothing chosen' log entries as answers", () => {
    const history = [result("e1", 1000, { q1: "unanswered" })];
    const legacy: AnswerLog = { q1: [[1000, 1, 0, 0]] };
    expect(lastAnswerTimes(legacy).has("q1")).toBe(false);
    expect(unansweredQuestions(history, lastAnswerTimes(legacy), everything)).toEqual([{ id: "q1", at: 1000 }]);
  });

  it("leaves out questions no longer in the bank", () => {
    const history = [result("e1", 1000, { gone: "unanswered", q1: "unanswered" })];
    expect(unansweredQuestions(history, new Map(), (id) => id !== "gone")).toEqual([{ id: "q1", at: 1000 }]);
  });
});
