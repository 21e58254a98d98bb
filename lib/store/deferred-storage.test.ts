import { describe, expect, it } from "vitest";
import { attempt as fixture, NOW } from "@/lib/exam/test/fixtures";
import type { WriteScheduler } from "./deferred-storage";
import { examActions } from "./exam-actions";
import { createStratusStore, STORAGE_KEY } from "./index";
import { createMemoryStorage, type MemoryStorage } from "./memory-storage";
import { createStatusChannel } from "./storage-status";

const T0 = NOW;

/** A scheduler the test runs by hand: `run()` is "the frame has been painted". */
function manualScheduler() {
  let queued: (() => void) | null = null;
  let scheduled = 0;
  const schedule: WriteScheduler = (write) => {
    scheduled++;
    queued = write;
    return () => {
      queued = null;
    };
  };
  return {
    schedule,
    scheduled: () => scheduled,
    run: () => {
      const write = queued;
      queued = null;
      write?.();
    },
  };
}

const attempt = (id: string) => fixture({ id, deadline: T0 + 600_000 });

function makeStore(storage: MemoryStorage) {
  const clock = manualScheduler();
  const store = createStratusStore({ backend: () => storage, status: createStatusChannel(), now: () => T0, fuzz: false, deferWrites: clock.schedule });
  return { store, clock };
}

const saved = (storage: MemoryStorage) => JSON.parse(storage.getItem(STORAGE_KEY) ?? "null") as { state: { examActive: { id: string; current: number } | null } } | null;

describe("writes after the paint", () => {
  it("changes the store at once but writes storage only when the frame is painted, once for many changes", async () => {
    const storage = createMemoryStorage();
    const { store, clock } = makeStore(storage);
    await store.persist.rehydrate();
    const before = clock.scheduled();
    store.getState().startExam(attempt("a"));
    examActions(store).examEvent({ type: "next" }, T0 + 1000);
    examActions(store).examEvent({ type: "next" }, T0 + 2000);
    expect(store.getState().examActive?.current).toBe(2);
    expect(saved(storage)?.state.examActive ?? null).toBeNull();
    expect(clock.scheduled() - before).toBe(1);
    clock.run();
    expect(saved(storage)?.state.examActive).toMatchObject({ id: "a", current: 2 });
  });

  it("writes what is pending before reading (another tab's write, a rehydrate) and on flush", async () => {
    const storage = createMemoryStorage();
    const { store, clock } = makeStore(storage);
    await store.persist.rehydrate();
    store.getState().startExam(attempt("a"));
    await store.persist.rehydrate();
    expect(saved(storage)?.state.examActive).toMatchObject({ id: "a" });
    expect(store.getState().examActive?.id).toBe("a");

    examActions(store).examEvent({ type: "next" }, T0 + 1000);
    store.flushWrites(); // the page is hidden or unloading
    expect(saved(storage)?.state.examActive?.current).toBe(1);
    clock.run(); // the scheduled write finds nothing left to do
    expect(saved(storage)?.state.examActive?.current).toBe(1);
  });

  it("drops a pending write when progress is reset (removeItem)", async () => {
    const storage = createMemoryStorage();
    const { store, clock } = makeStore(storage);
    await store.persist.rehydrate();
    store.getState().startExam(attempt("a"));
    store.persist.clearStorage();
    clock.run();
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it("survives a reload: a new store reads what the old one flushed", async () => {
    const storage = createMemoryStorage();
    const first = makeStore(storage);
    await first.store.persist.rehydrate();
    first.store.getState().startExam(attempt("a"));
    examActions(first.store).examEvent({ type: "next" }, T0 + 1000);
    first.store.flushWrites();
    const second = makeStore(storage);
    await second.store.persist.rehydrate();
    expect(second.store.getState().examActive).toMatchObject({ id: "a", current: 1 });
  });
});
