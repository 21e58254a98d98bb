// The exam slice through the real store, on an in-memory localStorage: what is written survives a
// reload (rehydrate), answers reach the recordAnswers boundary, and unreadable records are set aside.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { planExam } from "@/lib/exam/compose";
import { attempt, NOW, QUESTION_MAP } from "@/lib/exam/test/fixtures";
import type { AnswerEvent } from "./answer-event";
import { selectActiveAttempt, selectExamHistory, selectPassMarkOverride, selectSetAside } from "./exam-slice";

const memory = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, String(v)),
    removeItem: (k: string) => void memory.delete(k),
    clear: () => memory.clear(),
    key: (i: number) => [...memory.keys()][i] ?? null,
    get length() {
      return memory.size;
    },
  },
});

let store: typeof import("./index");
let actions: typeof import("./exam-actions");
const recorded: AnswerEvent[][] = [];

beforeAll(async () => {
  store = await import("./index");
  actions = await import("./exam-actions");
});

beforeEach(async () => {
  memory.clear();
  recorded.length = 0;
  store.useStratus.setState({
    examActive: null,
    examHistory: [],
    passMark: null,
    examSetAside: [],
    recordAnswers: vi.fn((events: AnswerEvent[]) => void recorded.push(events)),
  });
});

const T = NOW + 60_000;

describe("exam slice", () => {
  it("runs one exam at a time", () => {
    const s = store.useStratus.getState();
    expect(s.startExam(attempt())).toEqual({ ok: true });
    expect(s.startExam(attempt({ id: "other" }))).toMatchObject({ ok: false, error: expect.stringContaining("already running") });
    expect(store.useStratus.getState().examActive?.id).toBe("test-attempt");
  });

  it("keeps the attempt in storage so a reload finds the same question, answers and deadline", async () => {
    const plan = planExam({ kind: "profile", profile: { id: "quick", name: "Quick check", questions: 10, minutes: 20, passMark: 72 } }, [{ slug: "alpha", questionIds: ["q1", "q2", "q3"] }], 99, NOW);
    if (!plan.ok) throw new Error(plan.error);
    const s = store.useStratus.getState();
    s.startExam(plan.attempt);
    const first = plan.attempt.questionIds[0]!;
    actions.examEvent({ type: "pick", questionId: first, optionId: "b", choose: 1 }, T);
    actions.examEvent({ type: "flag", questionId: first }, T);
    actions.examEvent({ type: "next" }, T);
    const before = store.useStratus.getState().examActive;

    // A reload: memory is wiped (setState writes through, so put the stored copy back), then read.
    store.useStratus.flushWrites(); // the app writes after the next paint
    const stored = memory.get(store.STORAGE_KEY)!;
    store.useStratus.setState({ examActive: null });
    store.useStratus.flushWrites();
    memory.set(store.STORAGE_KEY, stored);
    await store.useStratus.persist.rehydrate();

    const after = store.useStratus.getState().examActive;
    expect(after).toEqual(before);
    expect(after).toMatchObject({ current: 1, answers: { [first]: ["b"] }, flagged: [first], deadline: NOW + 6 * 60_000 });
  });

  it("does not finish a running exam before its deadline", () => {
    const s = store.useStratus.getState();
    s.startExam(attempt());
    expect(actions.finishExam(QUESTION_MAP, T)).toBeNull();
    expect(store.useStratus.getState().examActive).not.toBeNull();
  });

  it("scores an expired exam, keeps it in the history and records every answer; unanswered ones count wrong but are not recorded", () => {
    const s = store.useStratus.getState();
    s.startExam(attempt());
    actions.examEvent({ type: "pick", questionId: "q1", optionId: "b", choose: 1 }, T);
    actions.examEvent({ type: "pick", questionId: "q4", optionId: "a", choose: 1 }, T);
    actions.examEvent({ type: "flag", questionId: "q1" }, T);
    const late = NOW + 3_600_000; // the tab was closed past the deadline
    const id = actions.finishExam(QUESTION_MAP, late);

    const state = store.useStratus.getState();
    expect(id).toBe("test-attempt");
    expect(state.examActive).toBeNull();
    expect(state.examHistory).toHaveLength(1);
    expect(state.examHistory[0]).toMatchObject({ endedBy: "expired", correct: 1, total: 4, finishedAt: NOW + 600_000 });
    expect(recorded).toHaveLength(1);
    const byId = Object.fromEntries(recorded[0]!.map((e) => [e.itemId, e]));
    expect(byId.q1).toEqual({
      itemId: "q1",
      kind: "question",
      topic: "alpha",
      source: "exam",
      at: NOW + 600_000,
      correct: true,
      chosen: ["b"],
      flagged: true,
    });
    expect(byId.q4).toMatchObject({ correct: false, chosen: ["a"], flagged: false });
    // The unanswered rule: wrong in the score (correct 1 of 4 above), untouched in the scheduler.
    expect(state.examHistory[0]!.outcomes).toMatchObject({ q2: "unanswered", q3: "unanswered" });
    expect(Object.keys(byId).sort()).toEqual(["q1", "q4"]);
    expect(actions.finishExam(QUESTION_MAP, late)).toBeNull();
  });

  it("records a practice answer when it is checked, and not again at the end", () => {
    const s = store.useStratus.getState();
    s.startExam(attempt({ config: { kind: "custom", mode: "practice", topics: ["alpha"], minutes: 10 } }));
    actions.examEvent({ type: "pick", questionId: "q1", optionId: "a", choose: 1 }, T);
    actions.checkPracticeAnswer(QUESTION_MAP.get("q1")!, T);
    expect(recorded).toEqual([
      [{ itemId: "q1", kind: "question", topic: "alpha", source: "practice", at: T, correct: false, chosen: ["a"], flagged: false }],
    ]);
    actions.checkPracticeAnswer(QUESTION_MAP.get("q1")!, T); // already checked
    expect(recorded).toHaveLength(1);
    actions.examEvent({ type: "submit" }, T + 1);
    actions.finishExam(QUESTION_MAP, T + 1);
    // Nothing else was answered: nothing more to record.
    expect(recorded).toHaveLength(1);
  });

  it("discards an exam started by mistake without scoring it", () => {
    const s = store.useStratus.getState();
    s.startExam(attempt());
    s.discardExam();
    expect(store.useStratus.getState()).toMatchObject({ examActive: null, examHistory: [] });
    expect(recorded).toEqual([]);
  });

  it("accepts only whole-number pass marks from 1 to 100", () => {
    const s = store.useStratus.getState();
    s.setPassMark(80);
    s.setPassMark(0);
    s.setPassMark(101);
    s.setPassMark(70.5);
    expect(store.useStratus.getState().passMark).toBe(80);
    s.setPassMark(null);
    expect(store.useStratus.getState().passMark).toBeNull();
  });

  it("migrates a version-2 pass mark: the old default 72 becomes the profiles' own, a changed one stays the candidate's", async () => {
    for (const [stored, expected] of [[72, null], [65, 65]] as const) {
      memory.set(store.STORAGE_KEY, JSON.stringify({ state: { cards: {}, log: {}, passMark: stored, examHistory: [] }, version: 2 }));
      await store.useStratus.persist.rehydrate();
      expect(store.useStratus.getState().passMark).toBe(expected);
    }
  });

  it("loads a finished exam stored before profiles existed (no profile, no unscored questions)", async () => {
    const old = {
      id: "old",
      config: { kind: "full", mode: "exam", topics: ["alpha"], minutes: 130 },
      seed: 1,
      questionIds: ["q1"],
      answers: { q1: ["b"] },
      flagged: [],
      startedAt: NOW,
      deadline: NOW + 60_000,
      finishedAt: NOW + 1000,
      endedBy: "submitted",
      outcomes: { q1: "correct" },
      correct: 1,
      total: 1,
      byTopic: [{ topic: "alpha", correct: 1, total: 1 }],
    };
    memory.set(store.STORAGE_KEY, JSON.stringify({ state: { cards: {}, log: {}, passMark: 72, examHistory: [old] }, version: 2 }));
    await store.useStratus.persist.rehydrate();
    expect(selectExamHistory(store.useStratus.getState())).toEqual([old]);
    expect(store.useStratus.getState().examSetAside).toEqual([]);
  });

  it("sets aside unreadable stored records instead of crashing or silently dropping them", async () => {
    memory.set(
      store.STORAGE_KEY,
      JSON.stringify({ state: { examActive: { id: 1 }, examHistory: ["junk"], passMark: 65 }, version: 1 }),
    );
    await store.useStratus.persist.rehydrate();
    const state = store.useStratus.getState();
    expect(state.examActive).toBeNull();
    expect(state.examHistory).toEqual([]);
    expect(state.passMark).toBe(65);
    expect(state.examSetAside).toEqual([
      { what: "exam in progress", value: { id: 1 } },
      { what: "past exam", value: "junk" },
    ]);
    // The next write keeps them in storage too.
    state.setPassMark(70);
    store.useStratus.flushWrites();
    expect(JSON.parse(memory.get(store.STORAGE_KEY)!).state.examSetAside).toHaveLength(2);
  });

  it("never hands out or crashes on malformed records that reached the state some other way", () => {
    const junkHistory = [{ id: "broken" }, "junk"];
    store.useStratus.setState({ examActive: { id: 7 } as never, examHistory: junkHistory as never, passMark: "high" as never, examSetAside: undefined as never });
    const s = store.useStratus.getState();
    expect(selectActiveAttempt(s)).toBeNull();
    expect(selectExamHistory(s)).toEqual([]);
    expect(selectExamHistory(s)).toBe(selectExamHistory(store.useStratus.getState())); // stable for zustand
    expect(selectPassMarkOverride(s)).toBeNull();
    expect(selectSetAside(s)).toEqual([]);
    expect(() => actions.examEvent({ type: "next" }, T)).not.toThrow();
    expect(actions.finishExam(QUESTION_MAP, T)).toBeNull();

    // Starting an exam keeps the unreadable one aside; finishing keeps unreadable history entries.
    expect(s.startExam(attempt())).toEqual({ ok: true });
    expect(selectSetAside(store.useStratus.getState())).toEqual([{ what: "exam in progress", value: { id: 7 } }]);
    actions.examEvent({ type: "submit" }, T);
    actions.finishExam(QUESTION_MAP, T);
    const state = store.useStratus.getState();
    expect(state.examHistory.slice(0, 2)).toEqual(junkHistory);
    expect(selectExamHistory(state).map((r) => r.id)).toEqual(["test-attempt"]);
  });
});
