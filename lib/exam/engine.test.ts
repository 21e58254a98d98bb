import { describe, expect, it } from "vitest";
import { progressCounts, questionState, reduceExam, remainingMs } from "./engine";
import { attempt, NOW, QUESTION_MAP } from "./test/fixtures";

const T = NOW + 60_000; // a minute in, well before the deadline
const chooseOf = (id: string) => QUESTION_MAP.get(id)?.choose ?? 1;

describe("answering", () => {
  it("replaces the pick on a single-answer question", () => {
    let s = reduceExam(attempt(), { type: "pick", questionId: "q1", optionId: "a", choose: 1 }, T);
    s = reduceExam(s, { type: "pick", questionId: "q1", optionId: "c", choose: 1 }, T);
    expect(s.answers).toEqual({ q1: ["c"] });
  });

  it("toggles picks on multiple response and refuses more than it asks for", () => {
    let s = attempt();
    for (const o of ["c", "a"]) s = reduceExam(s, { type: "pick", questionId: "q3", optionId: o, choose: 2 }, T);
    expect(s.answers.q3).toEqual(["a", "c"]);
    const full = s;
    s = reduceExam(s, { type: "pick", questionId: "q3", optionId: "e", choose: 2 }, T);
    expect(s).toBe(full);
    s = reduceExam(s, { type: "pick", questionId: "q3", optionId: "a", choose: 2 }, T);
    expect(s.answers.q3).toEqual(["c"]);
    s = reduceExam(s, { type: "pick", questionId: "q3", optionId: "c", choose: 2 }, T);
    expect(s.answers).toEqual({});
  });

  it("ignores picks for questions not in the attempt", () => {
    const s = attempt();
    expect(reduceExam(s, { type: "pick", questionId: "nope", optionId: "a", choose: 1 }, T)).toBe(s);
  });

  it("returns the same object when nothing changes", () => {
    const s = reduceExam(attempt(), { type: "pick", questionId: "q1", optionId: "a", choose: 1 }, T);
    expect(reduceExam(s, { type: "pick", questionId: "q1", optionId: "a", choose: 1 }, T)).toBe(s);
    expect(reduceExam(s, { type: "tick" }, T)).toBe(s);
  });
});

describe("flagging and moving", () => {
  it("toggles a flag", () => {
    let s = reduceExam(attempt(), { type: "flag", questionId: "q2" }, T);
    expect(s.flagged).toEqual(["q2"]);
    s = reduceExam(s, { type: "flag", questionId: "q2" }, T);
    expect(s.flagged).toEqual([]);
  });

  it("moves forward, back and to any question, within bounds", () => {
    let s = attempt();
    expect(reduceExam(s, { type: "prev" }, T)).toBe(s);
    s = reduceExam(s, { type: "next" }, T);
    expect(s.current).toBe(1);
    s = reduceExam(s, { type: "go", index: 3 }, T);
    expect(s.current).toBe(3);
    expect(reduceExam(s, { type: "next" }, T)).toBe(s);
    expect(reduceExam(s, { type: "go", index: 4 }, T)).toBe(s);
    expect(reduceExam(s, { type: "go", index: -1 }, T)).toBe(s);
    expect(reduceExam(s, { type: "prev" }, T).current).toBe(2);
  });
});

describe("practice mode", () => {
  const practice = () => attempt({ config: { kind: "custom", mode: "practice", topics: ["alpha"], minutes: 10 } });

  it("checks an answer and then locks it", () => {
    let s = reduceExam(practice(), { type: "pick", questionId: "q1", optionId: "a", choose: 1 }, T);
    s = reduceExam(s, { type: "check", questionId: "q1" }, T);
    expect(s.checked).toEqual(["q1"]);
    expect(reduceExam(s, { type: "pick", questionId: "q1", optionId: "b", choose: 1 }, T)).toBe(s);
    expect(reduceExam(s, { type: "check", questionId: "q1" }, T)).toBe(s);
  });

  it("does not check an empty answer", () => {
    const s = practice();
    expect(reduceExam(s, { type: "check", questionId: "q1" }, T)).toBe(s);
  });

  it("has no checking in exam mode", () => {
    const s = reduceExam(attempt(), { type: "pick", questionId: "q1", optionId: "a", choose: 1 }, T);
    expect(reduceExam(s, { type: "check", questionId: "q1" }, T)).toBe(s);
  });
});

describe("time", () => {
  it("counts down from the stored deadline, whatever happened in between", () => {
    const s = attempt();
    expect(remainingMs(s, NOW)).toBe(10 * 60_000);
    expect(remainingMs(s, NOW + 9 * 60_000 + 30_000)).toBe(30_000);
    expect(remainingMs(s, NOW + 3_600_000)).toBe(0);
  });

  it("submits by hand before the deadline", () => {
    const s = reduceExam(attempt(), { type: "submit" }, T);
    expect(s).toMatchObject({ status: "submitted", finishedAt: T });
    expect(remainingMs(s, T)).toBe(0);
  });

  it("expires at the deadline on any event, and the late event does not count", () => {
    const s = attempt();
    const late = s.deadline + 5 * 60_000; // e.g. the laptop slept
    const after = reduceExam(s, { type: "pick", questionId: "q1", optionId: "b", choose: 1 }, late);
    expect(after).toMatchObject({ status: "expired", finishedAt: s.deadline, answers: {} });
    expect(reduceExam(s, { type: "tick" }, s.deadline).status).toBe("expired");
    expect(reduceExam(s, { type: "tick" }, s.deadline - 1)).toBe(s);
  });

  it("never changes a finished attempt", () => {
    const done = reduceExam(attempt(), { type: "submit" }, T);
    expect(reduceExam(done, { type: "pick", questionId: "q1", optionId: "b", choose: 1 }, T)).toBe(done);
    expect(reduceExam(done, { type: "tick" }, done.deadline + 1)).toBe(done);
  });
});

describe("progress", () => {
  it("tells answered, partly answered, unanswered and flagged apart", () => {
    let s = attempt();
    s = reduceExam(s, { type: "pick", questionId: "q1", optionId: "b", choose: 1 }, T);
    s = reduceExam(s, { type: "pick", questionId: "q3", optionId: "a", choose: 2 }, T);
    s = reduceExam(s, { type: "flag", questionId: "q4" }, T);
    expect(questionState(s, "q1", 1)).toBe("answered");
    expect(questionState(s, "q3", 2)).toBe("partial");
    expect(questionState(s, "q2", 1)).toBe("unanswered");
    expect(progressCounts(s, chooseOf)).toEqual({ total: 4, answered: 1, partial: 1, unanswered: 2, flagged: 1 });
  });
});
