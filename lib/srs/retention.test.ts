import { describe, expect, it } from "vitest";
import { DAY_MS } from "./card";
import { share, trueRetention } from "./retention";

const NOW = Date.UTC(2027, 5, 15, 12);
const ago = (days: number) => NOW - days * DAY_MS;

describe("true retention", () => {
  const reviews = [
    ["a", ago(0), 3, 3 * DAY_MS, 2], // today, young, passed
    ["b", ago(0), 1, 30 * DAY_MS, 2], // today, mature, failed
    ["c", ago(0), 3, 600_000, 2], // same-day step: not a review of memory
    ["d", ago(0), 3, -1, 2], // first review: not counted
    ["e", ago(3), 2, 21 * DAY_MS, 2], // this week, mature (21 days exactly), passed (Hard)
    ["f", ago(20), 1, 2 * DAY_MS, 2], // this month, young, failed
    ["g", ago(200), 4, 60 * DAY_MS, 2], // this year, mature, passed
    ["h", ago(400), 3, 60 * DAY_MS, 2], // older than a year
  ] as const;

  it("counts passes among day-or-later reviews, young and mature, per period", () => {
    const rows = trueRetention(reviews, NOW, 0);
    expect(rows.map((r) => [r.period, r.young, r.mature, r.all])).toEqual([
      ["day", { passed: 1, total: 1 }, { passed: 0, total: 1 }, { passed: 1, total: 2 }],
      ["week", { passed: 1, total: 1 }, { passed: 1, total: 2 }, { passed: 2, total: 3 }],
      ["month", { passed: 1, total: 2 }, { passed: 1, total: 2 }, { passed: 2, total: 4 }],
      ["year", { passed: 1, total: 2 }, { passed: 2, total: 3 }, { passed: 3, total: 5 }],
    ]);
    expect(share(rows[3]!.all)).toBeCloseTo(0.6);
    expect(share({ passed: 0, total: 0 })).toBeNull();
  });

  it("starts the day at local midnight", () => {
    // 23:30 UTC yesterday is today in UTC+1.
    const late = [["a", Date.UTC(2027, 5, 14, 23, 30), 3, 2 * DAY_MS, 2]] as const;
    expect(trueRetention(late, NOW, 0)[0]!.all.total).toBe(0);
    expect(trueRetention(late, NOW, -60)[0]!.all.total).toBe(1);
  });
});
