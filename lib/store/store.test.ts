import { describe, expect, it } from "vitest";
import { DUE, STATE } from "@/lib/srs/card";
import { reviewCard } from "@/lib/srs/scheduler";
import type { AnswerEvent } from "./answer-event";
import { createStratusStore, STORAGE_KEY } from "./index";
import { createMemoryStorage, type MemoryStorage } from "./memory-storage";
import { migrate, readPersisted, SCHEMA_VERSION } from "./persisted";
import { listSetAside } from "./set-aside";
import { createStatusChannel } from "./storage-status";
import { missedQuestions, todayCounts } from "./study-log";
import { buildExport, exportFileName } from "./export-file";
import { parseImport } from "./transfer";
import { selectExamPlan } from "./plan-slice";

const T0 = Date.UTC(2027, 2, 1, 9, 0, 0);
const MIN = 60_000;

function makeStore(storage: MemoryStorage, now = () => T0) {
  const status = createStatusChannel();
  const store = createStratusStore({ backend: () => storage, status, now, fuzz: false, reviewCard });
  return { store, status };
}

async function hydrated(storage: MemoryStorage) {
  const made = makeStore(storage);
  await made.store.persist.rehydrate();
  return made;
}

const q = (itemId: string, at: number, correct: boolean, chosen: string[], extra: Partial<AnswerEvent> = {}): AnswerEvent => ({
  itemId,
  kind: "question",
  topic: "lambda-pricing",
  source: "exam",
  at,
  correct,
  chosen,
  ...extra,
});

const stored = (storage: MemoryStorage) => JSON.parse(storage.getItem(STORAGE_KEY)!) as { version: number; state: Record<string, unknown> };

describe("recordAnswers", () => {
  it("schedules every answer: wrong → Again, right but flagged → Hard, right → Good, review rating wins", async () => {
    const { store } = await hydrated(createMemoryStorage());
    store.getState().recordAnswers([
      q("wrong", T0, false, ["b"]),
      q("flagged", T0, true, ["a"], { flagged: true }),
      q("right", T0, true, ["a"]),
      { itemId: "fc", kind: "flashcard", topic: "lambda-pricing", source: "review", at: T0, rating: 4 },
    ]);
    const { cards, log } = store.getState();
    expect(cards.wrong![DUE]).toBe(T0 + 1 * MIN);
    expect(cards.flagged![DUE]).toBe(T0 + 6 * MIN);
    expect(cards.right![DUE]).toBe(T0 + 10 * MIN);
    expect(cards.fc![STATE]).toBe(2);
    expect(log.wrong).toEqual([[T0, 1, 0, 0, "b"]]);
    expect(log.fc).toEqual([[T0, 4, 2]]);
  });

  it("ignores an answer it has already recorded", async () => {
    const { store } = await hydrated(createMemoryStorage());
    store.getState().recordAnswers([q("x", T0, false, ["b"])]);
    const once = store.getState().cards.x;
    store.getState().recordAnswers([q("x", T0, false, ["b"])]);
    expect(store.getState().cards.x).toEqual(once);
    expect(store.getState().log.x).toHaveLength(1);
  });

  it("lists a missed question with its wrong picks until it is answered right", async () => {
    const { store } = await hydrated(createMemoryStorage());
    const { recordAnswers } = store.getState();
    recordAnswers([q("edge", T0, false, ["c"])]);
    recordAnswers([q("edge", T0 + MIN, false, ["c"], { source: "review" })]);
    recordAnswers([q("other", T0, true, ["a"])]);
    expect(missedQuestions(store.getState().log)).toEqual([
      { id: "edge", misses: 2, lastAt: T0 + MIN, picks: { c: 2 }, lastChosen: ["c"] },
    ]);
    recordAnswers([q("edge", T0 + 2 * MIN, true, ["a"], { source: "practice" })]);
    expect(missedQuestions(store.getState().log)).toEqual([]);
  });

  it("counts today's reviews and the new cards introduced in review", async () => {
    const { store } = await hydrated(createMemoryStorage());
    store.getState().recordAnswers([
      q("old", T0 - 86_400_000, true, ["a"]),
      q("old", T0, true, ["a"], { source: "review" }),
      q("new", T0, true, ["a"], { source: "review" }),
      q("exam", T0, true, ["a"]),
    ]);
    expect(todayCounts(store.getState().log, Date.UTC(2027, 2, 1))).toEqual({ reviewed: 2, introduced: 1, answered: 3 });
  });

  it("keeps settings within range", async () => {
    const { store } = await hydrated(createMemoryStorage());
    store.getState().updateSettings({ retention: 0.5, newPerDay: -3 }, T0);
    expect(store.getState().settings).toEqual({ retention: 0.7, newPerDay: 0, updatedAt: T0 });
  });
});

describe("persistence", () => {
  it("saves to storage and a new page load reads the same progress", async () => {
    const storage = createMemoryStorage();
    const a = await hydrated(storage);
    a.store.getState().recordAnswers([q("x", T0, false, ["b"])]);
    a.store.getState().updateSettings({ newPerDay: 35 }, T0);
    expect(stored(storage).version).toBe(SCHEMA_VERSION);
    const b = await hydrated(storage);
    expect(b.store.getState().cards).toEqual(a.store.getState().cards);
    expect(b.store.getState().log).toEqual(a.store.getState().log);
    expect(b.store.getState().settings.newPerDay).toBe(35);
  });

  it("migrates a version-1 state with nothing lost", async () => {
    const exam = { active: { id: "e1", seed: 7, answers: { q1: ["a"] }, deadline: T0 + 3_600_000 }, history: [{ id: "e0", score: 0.8 }] };
    const v1 = { state: { exam, somethingElse: [1, 2, 3] }, version: 1 };
    expect(migrate(v1.state, 1)).toEqual({ exam, somethingElse: [1, 2, 3], cards: {}, log: {}, settings: { retention: 0.9, newPerDay: 20, updatedAt: 0 }, epoch: 0 });

    const storage = createMemoryStorage({ [STORAGE_KEY]: JSON.stringify(v1) });
    const { store, status } = await hydrated(storage);
    expect((store.getState() as unknown as { exam: unknown }).exam).toEqual(exam);
    expect(status.get().setAside).toBeNull();
    store.getState().recordAnswers([q("x", T0, true, ["a"])]);
    const after = stored(storage);
    expect(after.version).toBe(SCHEMA_VERSION);
    expect(after.state.exam).toEqual(exam);
    expect(after.state.somethingElse).toEqual([1, 2, 3]);
    expect(Object.keys(after.state.cards as object)).toEqual(["x"]);
  });

  it("an answer given before saved progress was read merges into it, losing nothing", async () => {
    const storage = createMemoryStorage();
    const first = await hydrated(storage);
    first.store.getState().recordAnswers([q("saved", T0, true, ["a"])]);
    first.store.setState({ examHistory: [{ id: "e1", finishedAt: T0 }] } as never);
    const early = makeStore(storage);
    early.store.getState().recordAnswers([q("early", T0 + MIN, false, ["b"])]);
    expect(Object.keys(stored(storage).state.cards as object).sort()).toEqual(["early", "saved"]);
    expect(stored(storage).state.examHistory).toEqual([{ id: "e1", finishedAt: T0 }]);
    await early.store.persist.rehydrate();
    expect(Object.keys(early.store.getState().cards).sort()).toEqual(["early", "saved"]);
  });

  it("reads an unversioned (version 0) state too", () => {
    const result = readPersisted(JSON.stringify({ state: { exam: { history: [] } }, version: 0 }));
    expect(result.ok && result.state.exam).toEqual({ history: [] });
  });
});

describe("storage size", () => {
  it("keeps 10,000 cards answered three times each well under 2.5 MB", async () => {
    const storage = createMemoryStorage();
    const { store } = await hydrated(storage);
    const events: AnswerEvent[] = [];
    for (let i = 0; i < 10_000; i++) {
      // Ids as long as real ones ("lambda-pricing-provisioned-concurrency-cost").
      const id = `lambda-pricing-provisioned-concurrency-${i}`;
      events.push(q(id, T0, false, ["b"]), q(id, T0 + 86_400_000, true, ["a"], { source: "review" }), q(id, T0 + 4 * 86_400_000, true, ["a"], { source: "review" }));
    }
    store.getState().recordAnswers(events);
    const bytes = storage.getItem(STORAGE_KEY)!.length;
    expect(Object.keys(store.getState().cards)).toHaveLength(10_000);
    expect(bytes).toBeLessThan(2_500_000);
    // 30,000 answers: slow on a shared machine, so a roomier limit than the 5 s default.
  }, 20_000);
});

describe("unreadable storage", () => {
  for (const [label, raw] of [
    ["corrupted", '{"state":{"cards":{"x":[1,2'],
    ["foreign", JSON.stringify({ todos: ["buy milk"] })],
    ["from a newer version", JSON.stringify({ state: { cards: {} }, version: SCHEMA_VERSION + 1 })],
  ] as const) {
    it(`starts fresh from ${label} data, keeps it aside untouched and says so`, async () => {
      const storage = createMemoryStorage({ [STORAGE_KEY]: raw });
      const { store, status } = await hydrated(storage);
      expect(store.getState().cards).toEqual({});
      const aside = status.get().setAside;
      expect(aside).not.toBeNull();
      expect(aside!.partial).toBe(false);
      expect(storage.getItem(aside!.key)).toBe(raw);
      store.getState().recordAnswers([q("x", T0, true, ["a"])]);
      expect(stored(storage).state.cards).toHaveProperty("x");
      expect(storage.getItem(aside!.key)).toBe(raw);
      expect(listSetAside(storage, STORAGE_KEY)).toEqual([{ key: aside!.key, at: T0, size: raw.length }]);
    });
  }

  it("keeps the readable part of partly damaged data, and the whole text aside", async () => {
    const good = [T0 + MIN, 0.2, 6, 0, 1, 0, 1, T0, 0];
    const raw = JSON.stringify({ state: { cards: { good, bad: [1, "x"] }, log: {}, settings: { retention: 0.9, newPerDay: 20, updatedAt: 0 }, epoch: 0 }, version: 2 });
    const storage = createMemoryStorage({ [STORAGE_KEY]: raw });
    const { store, status } = await hydrated(storage);
    expect(store.getState().cards).toEqual({ good });
    expect(status.get().setAside).toMatchObject({ partial: true });
    expect(storage.getItem(status.get().setAside!.key)).toBe(raw);
  });

  it("sets the same text aside only once", async () => {
    const storage = createMemoryStorage({ [STORAGE_KEY]: "garbage" });
    await hydrated(storage);
    await hydrated(storage);
    expect(listSetAside(storage, STORAGE_KEY)).toHaveLength(1);
  });

  it("never overwrites unreadable data it could not set aside (no room)", async () => {
    const storage = createMemoryStorage({ [STORAGE_KEY]: "garbage".repeat(10) }, 100);
    const { store, status } = await hydrated(storage);
    expect(status.get().blocked).toBe(true);
    store.getState().recordAnswers([q("x", T0, true, ["a"])]);
    expect(storage.getItem(STORAGE_KEY)).toBe("garbage".repeat(10));
    expect(store.getState().cards).toHaveProperty("x");
  });
});

describe("storage full", () => {
  it("keeps working in memory, loses nothing saved, and saves everything once there is room", async () => {
    const storage = createMemoryStorage();
    const { store, status } = await hydrated(storage);
    store.getState().recordAnswers([q("a", T0, true, ["a"])]);
    const saved = storage.getItem(STORAGE_KEY);
    storage.quota = saved!.length + STORAGE_KEY.length + 10;

    store.getState().recordAnswers([q("b", T0 + MIN, false, ["c"])]);
    expect(status.get().full).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBe(saved);
    expect(Object.keys(store.getState().cards).sort()).toEqual(["a", "b"]);
    expect(store.persist.getOptions().storage).toBeDefined();

    storage.quota = Infinity;
    store.getState().recordAnswers([q("c", T0 + 2 * MIN, true, ["a"])]);
    expect(status.get().full).toBe(false);
    expect(Object.keys(stored(storage).state.cards as object).sort()).toEqual(["a", "b", "c"]);
  });
});

describe("two tabs", () => {
  it("loses no answer when both write without seeing each other", async () => {
    const storage = createMemoryStorage();
    const a = await hydrated(storage);
    const b = await hydrated(storage);
    a.store.getState().recordAnswers([q("from-a", T0, true, ["a"], { source: "review" })]);
    b.store.getState().recordAnswers([q("from-b", T0 + MIN, false, ["b"], { source: "review" })]);
    expect(Object.keys(stored(storage).state.cards as object).sort()).toEqual(["from-a", "from-b"]);
    // B merged A's answer into its own memory as it wrote.
    expect(Object.keys(b.store.getState().cards).sort()).toEqual(["from-a", "from-b"]);
    // A picks B's answer up on the storage event (a rehydrate).
    await a.store.persist.rehydrate();
    expect(a.store.getState().cards).toEqual(b.store.getState().cards);
  });

  it("keeps both histories of a card answered in both tabs; the later review sets the schedule", async () => {
    const storage = createMemoryStorage();
    const a = await hydrated(storage);
    const b = await hydrated(storage);
    a.store.getState().recordAnswers([q("same", T0, true, ["a"], { source: "review" })]);
    b.store.getState().recordAnswers([q("same", T0 + MIN, false, ["c"], { source: "review" })]);
    const state = stored(storage).state as { log: Record<string, unknown[]>; cards: Record<string, number[]> };
    expect(state.log.same).toHaveLength(2);
    expect(state.cards.same![7]).toBe(T0 + MIN);
  });

  it("does not drop another slice's data written by the other tab", async () => {
    const storage = createMemoryStorage();
    const a = await hydrated(storage);
    const b = await hydrated(storage);
    const exam = { active: { id: "e1" }, history: [] };
    a.store.setState({ exam } as never);
    b.store.getState().recordAnswers([q("x", T0, true, ["a"])]);
    expect(stored(storage).state.exam).toEqual(exam);
    expect((b.store.getState() as unknown as { exam: unknown }).exam).toEqual(exam);
    // And a change B makes to it wins over what it last saw.
    b.store.setState({ exam: { active: null, history: [{ id: "e1" }] } } as never);
    expect(stored(storage).state.exam).toEqual({ active: null, history: [{ id: "e1" }] });
  });

  it("keeps exams finished in both tabs", async () => {
    const storage = createMemoryStorage();
    const a = await hydrated(storage);
    const b = await hydrated(storage);
    a.store.setState({ examHistory: [{ id: "e1", finishedAt: T0 }] } as never);
    b.store.setState({ examHistory: [{ id: "e2", finishedAt: T0 + MIN }] } as never);
    expect(stored(storage).state.examHistory).toEqual([{ id: "e1", finishedAt: T0 }, { id: "e2", finishedAt: T0 + MIN }]);
  });

  it("a reset in one tab is not undone by the other tab's old progress", async () => {
    const storage = createMemoryStorage();
    const a = await hydrated(storage);
    a.store.getState().recordAnswers([q("old", T0, true, ["a"])]);
    const b = await hydrated(storage);
    a.store.getState().resetProgress(T0 + MIN);
    b.store.getState().recordAnswers([q("after-reset", T0 + 2 * MIN, true, ["a"])]);
    expect(Object.keys(stored(storage).state.cards as object)).toEqual(["after-reset"]);
    expect(Object.keys(b.store.getState().cards)).toEqual(["after-reset"]);
  });

  it("a reset in one tab also clears another slice's data the other tab still holds", async () => {
    const storage = createMemoryStorage();
    const a = await hydrated(storage);
    a.store.setState({ exam: { history: [{ id: "e1" }] } } as never);
    const b = await hydrated(storage);
    a.store.getState().resetProgress(T0 + MIN);
    expect(stored(storage).state).not.toHaveProperty("exam");
    b.store.getState().recordAnswers([q("x", T0 + 2 * MIN, true, ["a"])]);
    expect(stored(storage).state).not.toHaveProperty("exam");
    expect((b.store.getState() as unknown as { exam?: unknown }).exam).toBeUndefined();
  });

  it("follows the other tab's reset on the storage event, keeping its own unsaved-elsewhere answers", async () => {
    const storage = createMemoryStorage();
    const a = await hydrated(storage);
    a.store.getState().recordAnswers([q("old", T0, true, ["a"])]);
    a.store.setState({ exam: { history: [{ id: "e1" }] } } as never);
    const b = await hydrated(storage);
    a.store.getState().resetProgress(T0 + MIN);
    await b.store.persist.rehydrate();
    expect(b.store.getState().cards).toEqual({});
    expect((b.store.getState() as unknown as { exam?: unknown }).exam).toBeUndefined();
    expect(typeof b.store.getState().recordAnswers).toBe("function");
  });
});

describe("export and import", () => {
  async function withProgress() {
    const made = await hydrated(createMemoryStorage());
    made.store.getState().recordAnswers([q("a", T0, false, ["b"]), q("b", T0, true, ["a"])]);
    made.store.setState({ examHistory: [{ id: "e1", finishedAt: T0 }, { id: "e2", finishedAt: T0 }] } as never);
    return made;
  }

  it("names the file with the local date", () => {
    expect(exportFileName(Date.UTC(2027, 2, 1, 23, 30), -60)).toBe("stratus-progress-2027-03-02.json");
  });

  it("round-trips progress exactly, with a preview of what is in the file", async () => {
    const { store } = await withProgress();
    const { persistedPart } = await import("./persisted");
    const file = JSON.stringify(buildExport(persistedPart(store.getState()), T0, []));
    const result = parseImport(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary).toEqual({ cards: 2, answers: 2, exams: 2, exportedAt: T0 });
    const fresh = await hydrated(createMemoryStorage());
    fresh.store.getState().importProgress(result.state, "replace", T0 + MIN);
    const s = fresh.store.getState();
    expect(s.cards).toEqual(store.getState().cards);
    expect(s.log).toEqual(store.getState().log);
    expect((s as unknown as { examHistory: unknown }).examHistory).toEqual([{ id: "e1", finishedAt: T0 }, { id: "e2", finishedAt: T0 }]);
  });

  it("merges an import with this browser's progress", async () => {
    const { store } = await withProgress();
    const { persistedPart } = await import("./persisted");
    const result = parseImport(JSON.stringify(buildExport(persistedPart(store.getState()), T0, [])));
    if (!result.ok) throw new Error(result.error);
    const other = await hydrated(createMemoryStorage());
    other.store.getState().recordAnswers([q("c", T0 + MIN, true, ["a"])]);
    other.store.getState().importProgress(result.state, "merge", T0 + 2 * MIN);
    expect(Object.keys(other.store.getState().cards).sort()).toEqual(["a", "b", "c"]);
  });

  it.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["another app", JSON.stringify({ app: "anki", cards: [] }), /not exported by Stratus/],
    ["a newer version", JSON.stringify({ app: "stratus", kind: "progress", version: SCHEMA_VERSION + 1, exportedAt: T0, state: {} }), /newer version of Stratus/],
    [
      "a damaged card",
      JSON.stringify({ app: "stratus", kind: "progress", version: SCHEMA_VERSION, exportedAt: T0, state: { cards: { "q-1": [1, 2] }, log: {}, settings: { retention: 0.9, newPerDay: 20 } } }),
      /card "q-1"/,
    ],
  ])("refuses %s with a clear message", (_label, text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Nothing was changed/);
    }
  });

  it("reset forgets cards, answers and exams but keeps settings", async () => {
    const { store } = await withProgress();
    store.getState().updateSettings({ newPerDay: 40 }, T0);
    store.getState().resetProgress(T0 + MIN);
    const s = store.getState();
    expect(s.cards).toEqual({});
    expect(s.log).toEqual({});
    expect(s.settings.newPerDay).toBe(40);
    expect(s.examHistory).toEqual([]);
    expect(s.examActive).toBeNull();
  });

  it("keeps the exam plan with the progress: saved, exported, imported, kept on reset, never trusted blindly", async () => {
    const storage = createMemoryStorage();
    const { store } = await hydrated(storage);
    store.getState().setExamPlan({ date: "2027-04-09", profile: "full" }, T0);
    expect(stored(storage).state.examPlan).toEqual({ date: "2027-04-09", profile: "full", updatedAt: T0 });
    const { persistedPart } = await import("./persisted");
    const result = parseImport(JSON.stringify(buildExport(persistedPart(store.getState()), T0, [])));
    if (!result.ok) throw new Error(result.error);
    const fresh = await hydrated(createMemoryStorage());
    fresh.store.getState().importProgress(result.state, "merge", T0 + MIN);
    expect(selectExamPlan(fresh.store.getState())).toEqual({ date: "2027-04-09", profile: "full", updatedAt: T0 });
    store.getState().resetProgress(T0 + MIN);
    expect(selectExamPlan(store.getState())?.date).toBe("2027-04-09");
    store.getState().setExamPlan({ date: "2027-02-30", profile: "full" }, T0);
    expect(store.getState().examPlan).toBeNull();

    const foreign = createMemoryStorage();
    foreign.setItem(STORAGE_KEY, JSON.stringify({ state: { ...stored(storage).state, examPlan: { date: 5 } }, version: SCHEMA_VERSION }));
    const other = await hydrated(foreign);
    expect(selectExamPlan(other.store.getState())).toBeNull();
    expect(stored(foreign).state.examPlan).toEqual({ date: 5 });
  });
});
