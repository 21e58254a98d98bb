import { describe, expect, it } from "vitest";
import type { StoredCard } from "@/lib/srs/card";
import { reviewCard } from "@/lib/srs/scheduler";
import { createStratusStore } from "./index";
import { buildExport } from "./export-file";
import { createMemoryStorage } from "./memory-storage";
import { migrate, persistedPart, readPersisted, sanitize } from "./persisted";
import { FIRST_REVIEW, mergeReviews, reviewId, reviewsFromAnswerLog, UNKNOWN_ELAPSED, type Review } from "./review-log";
import { createReviewLog, memoryBackend, type ReviewBackend } from "./review-log-store";
import { createStatusChannel } from "./storage-status";
import type { AnswerLog, LogEntry } from "./study-log";
import { parseImport } from "./transfer";

function inMemory(status: ReturnType<typeof createStatusChannel>) {
  const backend = memoryBackend();
  return createReviewLog(() => backend, status);
}

const T0 = Date.UTC(2027, 2, 1, 9, 0, 0);
const DAY = 86_400_000;

/** A format-2 card that has been reviewed `reps` times, last at `last`. */
const card = (reps: number, last: number): StoredCard => [last + DAY, 3, 5, 1, reps, 0, 2, last, 0];

describe("migration of a format-2 state", () => {
  // 25 reviews of "q1", of which local storage kept the newest 20; "q2" complete with 3.
  const q1: LogEntry[] = Array.from({ length: 20 }, (_, i) => [T0 + (i + 5) * DAY, i % 4 === 0 ? 1 : 3, 2] as LogEntry);
  const q2: LogEntry[] = [[T0, 1, 0, 0, "b"], [T0 + DAY, 3, 1, 1], [T0 + 3 * DAY, 4, 2]];
  const v2 = { version: 2, state: { cards: { q1: card(25, T0 + 24 * DAY), q2: card(3, T0 + 3 * DAY) }, log: { q1, q2 }, settings: { retention: 0.9, newPerDay: 20, updatedAt: 0 }, epoch: 0, examHistory: [] } };

  it("turns every capped answer into a log entry, nothing lost", () => {
    const read = readPersisted(JSON.stringify(v2));
    if (!read.ok) throw new Error(read.reason);
    const reviews = reviewsFromAnswerLog(read.state.log, read.state.cards);
    expect(reviews).toHaveLength(23);
    for (const [item, entries] of Object.entries(v2.state.log as AnswerLog)) {
      for (const [at, rating, source] of entries) expect(reviews).toContainEqual([item, at, rating, expect.any(Number), source]);
    }
    // Oldest first across items.
    expect(reviews.map((r) => r[1])).toEqual([...reviews.map((r) => r[1])].sort((a, b) => a - b));
  });

  it("knows which histories are complete and measures the time between answers", () => {
    const reviews = reviewsFromAnswerLog(v2.state.log as AnswerLog, v2.state.cards as Record<string, StoredCard>);
    const q2r = reviews.filter((r) => r[0] === "q2");
    expect(q2r.map((r) => r[3])).toEqual([FIRST_REVIEW, DAY, 2 * DAY]);
    expect(q2r.map((r) => r[4])).toEqual([0, 1, 2]);
    const q1r = reviews.filter((r) => r[0] === "q1");
    expect(q1r[0]![3]).toBe(UNKNOWN_ELAPSED);
    expect(q1r[1]![3]).toBe(DAY);
  });

  it("runs once per browser, and running it twice would add nothing", async () => {
    const backend = memoryBackend();
    const log = createReviewLog(() => backend, createStatusChannel());
    const state = sanitize(migrate(v2.state, 2)).state;
    await log.migrateAnswerLog(state.log, state.cards);
    await log.migrateAnswerLog(state.log, state.cards);
    // A second tab that missed the marker still cannot duplicate: entry ids are the same.
    await createReviewLog(() => backend, createStatusChannel()).append(reviewsFromAnswerLog(state.log, state.cards));
    expect((await log.read()).reviews).toHaveLength(23);
  });
});

describe("the review log store", () => {
  const r = (item: string, at: number, rating: Review[2] = 3): Review => [item, at, rating, FIRST_REVIEW, 2];

  it("never loses or duplicates an entry between two tabs", async () => {
    const backend = memoryBackend();
    const tabA = createReviewLog(() => backend, createStatusChannel());
    const tabB = createReviewLog(() => backend, createStatusChannel());
    await Promise.all([tabA.append([r("a", T0), r("b", T0 + 1)]), tabB.append([r("b", T0 + 1), r("c", T0 + 2)])]);
    const fromA = (await tabA.read()).reviews;
    expect(fromA.map(reviewId)).toEqual([`${T0}|a`, `${T0 + 1}|b`, `${T0 + 2}|c`]);
    expect((await tabB.read()).reviews).toEqual(fromA);
  });

  it("keeps entries in memory when storage is full, says so, and saves them once there is room", async () => {
    const backend = memoryBackend();
    let full = true;
    const flaky: ReviewBackend = {
      ...backend,
      putMany: async (pairs) => {
        if (full) throw new DOMException("full", "QuotaExceededError");
        await backend.putMany(pairs);
      },
    };
    const status = createStatusChannel();
    const log = createReviewLog(() => flaky, status);
    await log.append([r("a", T0)]);
    expect(status.get()).toMatchObject({ full: true, logUnsaved: true });
    expect(log.pending()).toBe(1);
    expect((await log.read()).reviews).toHaveLength(1);
    full = false;
    await log.append([r("b", T0 + 1)]);
    expect(log.pending()).toBe(0);
    expect(backend.data.size).toBe(2);
    expect(status.get().logUnsaved).toBe(false);
  });

  it("keeps working without IndexedDB", async () => {
    const status = createStatusChannel();
    const log = createReviewLog(() => undefined, status);
    await log.append([r("a", T0)]);
    expect(status.get().logUnsaved).toBe(true);
    expect((await log.read()).reviews).toEqual([r("a", T0)]);
  });

  it("leaves damaged entries in place, reads the rest and reports them", async () => {
    const backend = memoryBackend();
    await backend.putMany([["x", { nonsense: true }], [`${T0}|a`, r("a", T0)], ["y", ["a", -5, 9, 0, 2]]]);
    const status = createStatusChannel();
    const log = createReviewLog(() => backend, status);
    const read = await log.read();
    expect(read).toEqual({ reviews: [r("a", T0)], damaged: 2 });
    expect(status.get().logDamaged).toBe(2);
    await log.append([r("b", T0 + 1)]);
    expect(backend.data.size).toBe(4);
  });

  it("merges logs by id, oldest first", () => {
    expect(mergeReviews([r("b", T0 + 1)], [r("a", T0), r("b", T0 + 1)])).toEqual([r("a", T0), r("b", T0 + 1)]);
  });
});

describe("the store writes every rating to the full log", () => {
  it("with time since the last review and origin, uncapped", async () => {
    const backend = memoryBackend();
    const status = createStatusChannel();
    const reviewLog = createReviewLog(() => backend, status);
    const store = createStratusStore({ backend: () => createMemoryStorage(), status, now: () => T0, fuzz: false, reviewCard, reviewLog });
    await store.persist.rehydrate();
    for (let i = 0; i < 30; i++) {
      store.getState().recordAnswers([{ itemId: "f1", kind: "flashcard", topic: "t", source: i % 2 ? "review" : "practice", at: T0 + i * DAY, rating: 3 }]);
    }
    // Same item, same time: a replay, not a new rating.
    store.getState().recordAnswers([{ itemId: "f1", kind: "flashcard", topic: "t", source: "review", at: T0 + 29 * DAY, rating: 3 }]);
    const { reviews } = await reviewLog.read();
    expect(reviews).toHaveLength(30);
    expect(store.getState().log.f1).toHaveLength(20);
    expect(reviews[0]).toEqual(["f1", T0, 3, FIRST_REVIEW, 1]);
    expect(reviews[1]).toEqual(["f1", T0 + DAY, 3, DAY, 2]);
  });

  it("export and import carry the log; an invalid log changes nothing", async () => {
    const status = createStatusChannel();
    const source = createStratusStore({ backend: () => createMemoryStorage(), status, now: () => T0, fuzz: false, reviewCard, reviewLog: inMemory(status) });
    await source.persist.rehydrate();
    for (let i = 0; i < 25; i++) source.getState().recordAnswers([{ itemId: "f1", kind: "flashcard", topic: "t", source: "review", at: T0 + i * DAY, rating: 3 }]);
    const file = buildExport(persistedPart(source.getState()), T0 + 30 * DAY, (await source.reviewLog.read()).reviews);
    const result = parseImport(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    expect(result.reviews.map((r) => r[1] - T0)).toEqual(Array.from({ length: 25 }, (_, i) => i * DAY));
    expect(result.summary.answers).toBe(25);

    const targetLog = inMemory(status);
    const target = createStratusStore({ backend: () => createMemoryStorage(), status, now: () => T0, fuzz: false, reviewCard, reviewLog: targetLog });
    await target.persist.rehydrate();
    target.getState().importProgress(result.state, "replace", T0 + 31 * DAY, result.reviews);
    expect((await targetLog.read()).reviews).toEqual((await source.reviewLog.read()).reviews);

    const broken = { ...file, reviews: [...file.reviews!, ["f1", "yesterday", 3, 0, 2]] };
    const refused = parseImport(JSON.stringify(broken));
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/entry 26 of the review log is not valid.*Nothing was changed/) });
  });
});
