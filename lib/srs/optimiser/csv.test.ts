import { describe, expect, it } from "vitest";
import { DAY_MS } from "../card";
import { CSV_HEADER, numericIds, reviewLogCsv } from "./csv";
import type { LoggedReview } from "./fit";

const T0 = Date.UTC(2027, 0, 4, 9);

describe("review log CSV", () => {
  const log: LoggedReview[] = [
    ["q-1", T0, 3, -1, 0],
    ["q-2", T0, 1, -1, 0], // rated at the same instant (an exam)
    ["q-1", T0 + 600_000, 3, 600_000, 2],
    ["q-1", T0 + 3 * DAY_MS, 1, 3 * DAY_MS - 600_000, 2],
    ["q-1", T0 + 3 * DAY_MS + 600_000, 3, 600_000, 2],
    ["q-1", T0 + 6 * DAY_MS, 3, 3 * DAY_MS - 600_000, 2],
    ["q-3", T0 + DAY_MS, 4, -2, 1], // migrated with unknown earlier reviews
  ];

  it("gives every item its own integer id, from its first review", () => {
    expect(numericIds(log)).toEqual(new Map([["q-1", T0], ["q-2", T0 + 1], ["q-3", T0 + DAY_MS]]));
  });

  it("writes the columns the FSRS tools read, oldest first, with the state at each review", () => {
    const lines = reviewLogCsv(log).trimEnd().split("\n");
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines.slice(1)).toEqual([
      `${T0},${T0},3,0,0`,
      `${T0 + 1},${T0},1,0,0`,
      `${T0},${T0 + 600_000},3,1,0`,
      `${T0 + DAY_MS},${T0 + DAY_MS},4,2,0`,
      `${T0},${T0 + 3 * DAY_MS},1,2,0`,
      `${T0},${T0 + 3 * DAY_MS + 600_000},3,3,0`,
      `${T0},${T0 + 6 * DAY_MS},3,2,0`,
    ]);
    // Every row has five integer fields, as the converters parse them.
    for (const line of lines.slice(1)) expect(line).toMatch(/^\d+,\d+,[1-4],[0-3],0$/);
  });
});
