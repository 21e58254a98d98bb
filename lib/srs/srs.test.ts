import { createEmptyCard, fsrs, generatorParameters, Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { DUE, fromFsrsCard, isStoredCard, LAST_REVIEW, REPS, STATE, toFsrsCard, type StoredCard } from "./card";
import { dayNumber, isoDay, startOfDay } from "./days";
import { describeInterval, formatInterval } from "./format";
import { aheadQueue, buildQueue, dueForecast, dueToday, nextInQueue } from "./queue";
import { previewDue, retrievability, reviewCard } from "./scheduler";
import { shuffledOrder } from "./shuffle";

const T0 = Date.UTC(2027, 0, 4, 9, 0, 0); // a Monday, 09:00 UTC
const MIN = 60_000;
const DAY = 86_400_000;
const opts = { retention: 0.9, fuzz: false };

function card(due: number, state: StoredCard[6] = 2, lastReview = due - 3 * DAY): StoredCard {
  return [due, 3, 5, 3, 2, 0, state, lastReview, 0];
}

describe("stored cards", () => {
  it("round-trips a ts-fsrs card through the compact tuple", () => {
    const f = fsrs(generatorParameters({ enable_fuzz: false }));
    const reviewed = f.next(createEmptyCard(new Date(T0)), new Date(T0), Rating.Good).card;
    const stored = fromFsrsCard(reviewed);
    expect(isStoredCard(stored)).toBe(true);
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
    const back = toFsrsCard(stored);
    expect(back.due.getTime()).toBe(reviewed.due.getTime());
    expect(back.state).toBe(reviewed.state);
    expect(back.last_review?.getTime()).toBe(T0);
    expect(back.stability).toBeCloseTo(reviewed.stability, 4);
  });

  it("rejects anything that is not nine finite numbers with a known state", () => {
    expect(isStoredCard([1, 2, 3])).toBe(false);
    expect(isStoredCard([T0, 1, 5, 1, 1, 0, 7, T0, 0])).toBe(false);
    expect(isStoredCard([T0, 1, 5, 1, 1, 0, 2, T0, "0"])).toBe(false);
    expect(isStoredCard([T0, Number.NaN, 5, 1, 1, 0, 2, T0, 0])).toBe(false);
    expect(isStoredCard({ due: T0 })).toBe(false);
  });
});

describe("scheduling", () => {
  it("matches ts-fsrs for a new card rated Good then Good again when due", () => {
    const f = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));
    const first = f.next(createEmptyCard(new Date(T0)), new Date(T0), Rating.Good).card;
    const second = f.next(first, first.due, Rating.Good).card;

    const a = reviewCard(undefined, 3, T0, opts);
    expect(a[DUE]).toBe(first.due.getTime());
    expect(a[STATE]).toBe(1); // learning: the 10-minute step
    expect(a[DUE]).toBe(T0 + 10 * MIN);
    const b = reviewCard(a, 3, a[DUE], opts);
    expect(b[DUE]).toBe(second.due.getTime());
    expect(b[STATE]).toBe(2);
    expect(b[REPS]).toBe(2);
    expect(b[LAST_REVIEW]).toBe(T0 + 10 * MIN);
  });

  it("previews one due time per grade, Again soonest and Easy latest", () => {
    const due = previewDue(undefined, T0, opts);
    expect(due[1]).toBe(T0 + 1 * MIN);
    expect(due[2]).toBe(T0 + 6 * MIN);
    expect(due[3]).toBe(T0 + 10 * MIN);
    expect(due[4]).toBe(T0 + 8 * DAY);
    expect(reviewCard(undefined, 4, T0, opts)[DUE]).toBe(due[4]);
  });

  it("schedules further out when the desired retention is lower", () => {
    const mature = reviewCard(reviewCard(undefined, 3, T0, opts), 3, T0 + 10 * MIN, opts);
    const at = mature[DUE];
    const high = reviewCard(mature, 3, at, { retention: 0.95, fuzz: false });
    const low = reviewCard(mature, 3, at, { retention: 0.8, fuzz: false });
    expect(low[DUE]).toBeGreaterThan(high[DUE]);
  });

  it("applies an answer older than the last review at the last review, never backwards", () => {
    const reviewed = reviewCard(undefined, 3, T0, opts);
    const late = reviewCard(reviewed, 1, T0 - DAY, opts);
    expect(late[LAST_REVIEW]).toBe(T0);
    expect(late[DUE]).toBe(T0 + MIN);
  });

  it("is deterministic with fuzz on (seeded by the card and time)", () => {
    const mature = reviewCard(reviewCard(undefined, 3, T0, opts), 4, T0 + 10 * MIN, opts);
    const fuzzed = { retention: 0.9, fuzz: true };
    expect(reviewCard(mature, 3, mature[DUE], fuzzed)).toEqual(reviewCard(mature, 3, mature[DUE], fuzzed));
  });
});

describe("retrievability", () => {
  it("is 0 for a new card, 1 just after a review, 0.9 after one stability of days", () => {
    expect(retrievability(undefined, T0)).toBe(0);
    const c: StoredCard = [T0 + 10 * DAY, 10, 5, 10, 3, 0, 2, T0, 0];
    expect(retrievability(c, T0)).toBe(1);
    expect(retrievability(c, T0 + 10 * DAY)).toBeCloseTo(0.9, 6);
    expect(retrievability(c, T0 + 30 * DAY)).toBeLessThan(0.9);
  });

  it("agrees with ts-fsrs on whole days", () => {
    const c = reviewCard(reviewCard(undefined, 3, T0, opts), 3, T0 + 10 * MIN, opts);
    const f = fsrs(generatorParameters({ enable_fuzz: false }));
    const at = T0 + 10 * MIN + 5 * DAY;
    expect(retrievability(c, at)).toBeCloseTo(f.get_retrievability(toFsrsCard(c), new Date(at), false), 4);
  });
});

describe("today's queue", () => {
  const ids = ["n1", "d-late", "d-early", "future", "n2", "learning-soon", "n3", "learning-later", "gone"];
  const cards: Record<string, StoredCard> = {
    "d-late": card(T0 - 1 * DAY),
    "d-early": card(T0 - 5 * DAY),
    future: card(T0 + 2 * DAY),
    "learning-soon": card(T0 + 5 * MIN, 1, T0 - 5 * MIN),
    "learning-later": card(T0 + 60 * MIN, 3, T0),
    orphan: card(T0 - 9 * DAY), // no longer in the bank: ignored
  };

  it("puts the most overdue first, then new cards in bank order up to the limit", () => {
    const q = buildQueue(ids, cards, { now: T0, newLimit: 2 });
    expect(q.due).toEqual(["d-early", "d-late"]);
    expect(q.fresh).toEqual(["n1", "n2"]);
    expect(q.newAvailable).toBe(4); // n1 n2 n3 gone
    expect(q.soon).toEqual(["learning-soon"]);
    expect(nextInQueue(q)).toBe("d-early");
  });

  it("offers learning cards due soon only when nothing else is left", () => {
    const q = buildQueue(["learning-soon", "future"], cards, { now: T0, newLimit: 20 });
    expect(q.due).toEqual([]);
    expect(nextInQueue(q)).toBe("learning-soon");
    expect(nextInQueue(buildQueue(["future"], cards, { now: T0, newLimit: 20 }))).toBeUndefined();
  });

  it("shows no new cards once today's limit is used", () => {
    const q = buildQueue(ids, cards, { now: T0, newLimit: 0 });
    expect(q.fresh).toEqual([]);
    expect(q.newAvailable).toBe(4);
  });

  it("keeps equal due times in bank order", () => {
    const same = { a: card(T0 - DAY), b: card(T0 - DAY), c: card(T0 - DAY) };
    expect(buildQueue(["c", "a", "b"], same, { now: T0, newLimit: 0 }).due).toEqual(["c", "a", "b"]);
  });

  it("practising ahead lists new cards, then the rest soonest first", () => {
    expect(aheadQueue(ids, cards, T0)).toEqual(["n1", "n2", "n3", "gone", "learning-soon", "learning-later", "future"]);
  });

  it("forecasts reviews per day, overdue counted today", () => {
    const today = startOfDay(T0, 0);
    expect(dueForecast(ids, cards, today, 4)).toEqual([4, 0, 1, 0]);
  });

  it("counts today's cards the way the queue sorts them, so Progress and Review agree", () => {
    const today = startOfDay(T0, 0);
    const counts = dueToday(ids, cards, T0, today + DAY);
    const q = buildQueue(ids, cards, { now: T0, newLimit: 0 });
    expect(counts).toEqual({ due: q.due.length, learning: q.soon.length, later: 1 }); // learning-later
    expect(counts.due + counts.learning + counts.later).toBe(dueForecast(ids, cards, today, 1)[0]);
  });

  it("handles 100,000 cards", () => {
    const many: Record<string, StoredCard> = {};
    const manyIds: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const id = `q-${i}`;
      manyIds.push(id);
      if (i % 10 !== 0) many[id] = card(T0 + ((i * 7919) % 200 - 100) * DAY);
    }
    const q = buildQueue(manyIds, many, { now: T0, newLimit: 20 });
    expect(q.fresh).toHaveLength(20);
    expect(q.newAvailable).toBe(10_000);
    const dues = q.due.map((id) => many[id]![DUE]);
    expect(dues.every((d, i) => i === 0 || d >= dues[i - 1]!)).toBe(true);
    expect(dues.every((d) => d <= T0)).toBe(true);
  });
});

describe("days and intervals", () => {
  it("counts days in local time", () => {
    // 23:30 UTC on 4 Jan is 00:30 on 5 Jan in UTC+1 (offset -60).
    const late = Date.UTC(2027, 0, 4, 23, 30);
    expect(isoDay(dayNumber(late, 0))).toBe("2027-01-04");
    expect(isoDay(dayNumber(late, -60))).toBe("2027-01-05");
    expect(startOfDay(late, -60)).toBe(Date.UTC(2027, 0, 4, 23, 0));
  });

  it("formats intervals like Anki's buttons", () => {
    expect(formatInterval(30_000)).toBe("<1m");
    expect(formatInterval(10 * MIN)).toBe("10m");
    expect(formatInterval(90 * MIN)).toBe("1.5h");
    expect(formatInterval(DAY)).toBe("1d");
    expect(formatInterval(8 * DAY)).toBe("8d");
    expect(formatInterval(64 * DAY)).toBe("2.1mo");
    expect(formatInterval(400 * DAY)).toBe("1.1y");
    expect(describeInterval(DAY)).toBe("in 1 day");
    expect(describeInterval(10 * MIN)).toBe("in 10 minutes");
  });
});

describe("option order", () => {
  it("is a permutation, stable for a seed and different across seeds", () => {
    const a = shuffledOrder(5, "q-1:0");
    expect([...a].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(shuffledOrder(5, "q-1:0")).toEqual(a);
    const orders = new Set(Array.from({ length: 20 }, (_, i) => shuffledOrder(5, `q-1:${i}`).join("")));
    expect(orders.size).toBeGreaterThan(5);
  });
});
