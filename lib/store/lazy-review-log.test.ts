import { describe, expect, it } from "vitest";
import { lazyReviewLog } from "./lazy-review-log";
import type { Review } from "./review-log";
import { createReviewLog, memoryBackend, type ReviewLog } from "./review-log-store";
import { createStatusChannel } from "./storage-status";

const T0 = Date.UTC(2027, 2, 1, 9, 0, 0);
const review = (item: string, minutes: number): Review => [item, T0 + minutes * 60_000, 3, 0, 0];

/** A loader the test resolves or fails by hand, and counts. */
function gate(log: ReviewLog) {
  let open!: () => void;
  let fail!: () => void;
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<ReviewLog>((resolve, reject) => {
      open = () => resolve(log);
      fail = () => reject(new Error("chunk failed to load"));
    });
  };
  return { load, open: () => open(), fail: () => fail(), calls: () => calls };
}

describe("review log loaded on first use", () => {
  it("loads nothing until it is used", async () => {
    const status = createStatusChannel();
    const g = gate(createReviewLog(() => memoryBackend(), status));
    const log = lazyReviewLog(g.load, status);
    await log.settled();
    await log.append([]);
    expect(g.calls()).toBe(0);
  });

  it("runs calls made while loading in the order they were made", async () => {
    const status = createStatusChannel();
    const backend = memoryBackend();
    const g = gate(createReviewLog(() => backend, status));
    const log = lazyReviewLog(g.load, status);
    const a = log.append([review("q1", 1)]);
    const replaced = log.replace([review("q2", 2)]);
    const b = log.append([review("q3", 3)]);
    const read = log.read();
    expect(g.calls()).toBe(1);
    g.open();
    await Promise.all([a, replaced, b]);
    // The replace came after q1 and before q3: q1 is gone, q2 and q3 are there.
    expect((await read).reviews.map((r) => r[0])).toEqual(["q2", "q3"]);
    await log.settled();
    expect([...backend.data.keys()]).toHaveLength(3); // q2, q3 and the "migrated" marker
  });

  it("holds entries when the module cannot load, says they are unsaved, and saves them with the next call", async () => {
    const status = createStatusChannel();
    const backend = memoryBackend();
    const g = gate(createReviewLog(() => backend, status));
    const log = lazyReviewLog(g.load, status);
    const first = log.append([review("q1", 1)]);
    g.fail();
    await first;
    expect(status.get().logUnsaved).toBe(true);
    expect(log.pending()).toBe(1);
    const failedRead = log.read();
    g.fail();
    expect((await failedRead).reviews.map((r) => r[0])).toEqual(["q1"]);

    const second = log.append([review("q2", 2)]);
    expect(g.calls()).toBe(3); // tried again
    g.open();
    await second;
    await log.settled();
    expect(log.pending()).toBe(0);
    expect(status.get().logUnsaved).toBe(false);
    expect((await log.read()).reviews.map((r) => r[0])).toEqual(["q1", "q2"]);
  });
});
