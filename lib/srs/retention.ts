// True retention, as Anki's statistics show it: of the reviews a day or more after the previous
// one, the share passed (any rating above Again), for recent periods, split by the interval
// before the review: young (under 21 days) and mature (21 days or more).
import { DAY_MS } from "./card";
import { startOfDay } from "./days";

/** A review from the log: [item, at, rating, ms since the item's previous review (negative: none/unknown)]. */
type Rated = readonly [string, number, number, number, ...unknown[]];

export const MATURE_DAYS = 21;

export interface Share {
  passed: number;
  total: number;
}

export interface RetentionRow {
  period: "day" | "week" | "month" | "year";
  /** Local days the period covers, today included. */
  days: number;
  young: Share;
  mature: Share;
  all: Share;
}

export const PERIODS = [
  ["day", 1],
  ["week", 7],
  ["month", 30],
  ["year", 365],
] as const;

export function share({ passed, total }: Share): number | null {
  return total > 0 ? passed / total : null;
}

export function trueRetention(reviews: readonly Rated[], now: number, offsetMinutes: number): RetentionRow[] {
  const today = startOfDay(now, offsetMinutes);
  const rows: RetentionRow[] = PERIODS.map(([period, days]) => ({
    period,
    days,
    young: { passed: 0, total: 0 },
    mature: { passed: 0, total: 0 },
    all: { passed: 0, total: 0 },
  }));
  for (const [, at, rating, elapsed] of reviews) {
    if (elapsed < DAY_MS || at > now) continue;
    const mature = elapsed >= MATURE_DAYS * DAY_MS;
    const passed = rating > 1 ? 1 : 0;
    for (const row of rows) {
      if (at < today - (row.days - 1) * DAY_MS) continue;
      const part = mature ? row.mature : row.young;
      part.total++;
      part.passed += passed;
      row.all.total++;
      row.all.passed += passed;
    }
  }
  return rows;
}
