import { describe, expect, it } from "vitest";
import { reduceExam } from "./engine";
import { hasPassed, isCorrectAnswer, missedQuestionIds, outcomeOf, percent, scoreAttempt, timeUsedMs } from "./score";
import { attempt, NOW, QUESTION_MAP, QUESTIONS } from "./test/fixtures";

const [q1, , q3] = QUESTIONS as [(typeof QUESTIONS)[0], (typeof QUESTIONS)[0], (typeof QUESTIONS)[0]];

describe("all-or-nothing", () => {
  it("scores a multiple-response question right only with exactly the correct picks", () => {
    expect(isCorrectAnswer(q3, ["a", "c"])).toBe(true);
    expect(isCorrectAnswer(q3, ["c", "a"])).toBe(true);
    expect(isCorrectAnswer(q3, ["a"])).toBe(false);
    expect(isCorrectAnswer(q3, ["a", "b"])).toBe(false);
    expect(isCorrectAnswer(q3, ["a", "c", "e"])).toBe(false);
  });

  it("tells unanswered from wrong", () => {
    expect(outcomeOf(q1, undefined)).toBe("unanswered");
    expect(outcomeOf(q1, [])).toBe("unanswered");
    expect(outcomeOf(q1, ["a"])).toBe("incorrect");
    expect(outcomeOf(q1, ["b"])).toBe("correct");
  });
});

describe("percent and pass mark", () => {
  it("rounds down, so a shown 72% has really reached 72%", () => {
    expect(percent(47, 65)).toBe(72);
    expect(percent(46, 65)).toBe(70);
    expect(percent(2, 3)).toBe(66);
    expect(percent(0, 0)).toBe(0);
  });

  it("passes at or above the mark, exactly", () => {
    expect(hasPassed(18, 25, 72)).toBe(true); // exactly 72%
    expect(hasPassed(17, 25, 72)).toBe(false);
    expect(hasPassed(47, 65, 72)).toBe(true);
    expect(hasPassed(46, 65, 72)).toBe(false);
    expect(hasPassed(3, 4, 75)).toBe(true);
    expect(hasPassed(0, 0, 72)).toBe(false);
  });
});

describe("scoreAttempt", () => {
  const T = NOW + 5 * 60_000;

  function played() {
    let s = attempt();
    s = reduceExam(s, { type: "pick", questionId: "q1", optionId: "b", choose: 1 }, T); // right
    s = reduceExam(s, { type: "pick", questionId: "q3", optionId: "a", choose: 2 }, T); // half: wrong
    s = reduceExam(s, { type: "pick", questionId: "q4", optionId: "d", choose: 1 }, T); // right
    s = reduceExam(s, { type: "flag", questionId: "q2" }, T); // unanswered
    return s;
  }

  it("scores each question and each topic", () => {
    const result = scoreAttempt(reduceExam(played(), { type: "submit" }, T), QUESTION_MAP, T);
    expect(result.outcomes).toEqual({ q1: "correct", q2: "unanswered", q3: "incorrect", q4: "correct" });
    expect({ correct: result.correct, total: result.total }).toEqual({ correct: 2, total: 4 });
    expect(result.byTopic).toEqual([
      { topic: "alpha", correct: 1, total: 3 },
      { topic: "beta", correct: 1, total: 1 },
    ]);
    expect(result).toMatchObject({ endedBy: "submitted", finishedAt: T, flagged: ["q2"], startedAt: NOW });
    expect(missedQuestionIds(result)).toEqual(["q2", "q3"]);
  });

  it("counts unanswered questions wrong when time runs out", () => {
    const s = played();
    const expired = reduceExam(s, { type: "tick" }, s.deadline + 1000);
    const result = scoreAttempt(expired, QUESTION_MAP, s.deadline + 1000);
    expect(result).toMatchObject({ endedBy: "expired", finishedAt: s.deadline, correct: 2, total: 4 });
  });

  it("leaves out questions removed from the bank instead of counting them wrong", () => {
    const s = attempt({ questionIds: ["q1", "removed"], answers: { q1: ["b"] }, status: "submitted", finishedAt: T });
    const result = scoreAttempt(s, QUESTION_MAP, T);
    expect({ correct: result.correct, total: result.total }).toEqual({ correct: 1, total: 1 });
    expect(result.outcomes).toEqual({ q1: "correct" });
  });

  it("measures time used, never beyond the time allowed", () => {
    expect(timeUsedMs({ startedAt: NOW, deadline: NOW + 600_000, finishedAt: NOW + 90_000 }, NOW + 999_999)).toBe(90_000);
    expect(timeUsedMs({ startedAt: NOW, deadline: NOW + 600_000 }, NOW + 999_999)).toBe(600_000);
  });
});

describe("unscored questions and the profile's pass mark", () => {
  it("asks unscored questions and shows their outcome, but leaves them out of every total", () => {
    const ids = QUESTIONS.map((q) => q.id);
    const a = reduceExam(
      attempt({ questionIds: ids, unscored: [ids[0]!], answers: { [ids[0]!]: ["b"], [ids[1]!]: ["a"] } }),
      { type: "submit" },
      NOW + 1000,
    );
    const result = scoreAttempt(a, QUESTION_MAP, NOW + 1000);
    expect(result.outcomes[ids[0]!]).toBe("correct");
    expect(result.total).toBe(ids.length - 1);
    expect(result.correct).toBe(0);
    expect(result.unscored).toEqual([ids[0]]);
    expect(result.byTopic.reduce((n, t) => n + t.total, 0)).toBe(ids.length - 1);
  });

  it("judges by the candidate's own pass mark, else the profile's, else the default", async () => {
    const { passMarkFor, chartPassMark } = await import("./score");
    const profile = { id: "p", name: "P", passMark: 65 };
    expect(passMarkFor({ profile }, null)).toBe(65);
    expect(passMarkFor({ profile }, 80)).toBe(80);
    expect(passMarkFor({}, null)).toBe(72);
    expect(chartPassMark([{ config: {} }, { config: { profile } }], null)).toBe(65);
    expect(chartPassMark([], 90)).toBe(90);
  });
});
