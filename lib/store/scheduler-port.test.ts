import { describe, expect, it } from "vitest";
import { STATE } from "@/lib/srs/card";
import { createStratusStore } from "./index";
import { createMemoryStorage } from "./memory-storage";
import { loadedReviewCard, loadScheduler } from "./scheduler-port";
import { createStatusChannel } from "./storage-status";

const T0 = Date.UTC(2027, 2, 1, 9, 0, 0);

describe("the scheduler, loaded on demand", () => {
  it("holds answers given before FSRS has loaded and applies them, in order, once it has", async () => {
    expect(loadedReviewCard()).toBeUndefined();
    const store = createStratusStore({ backend: () => createMemoryStorage(), status: createStatusChannel(), now: () => T0, fuzz: false });
    await store.persist.rehydrate();
    const answer = (at: number, correct: boolean) => ({ itemId: "q", kind: "question" as const, topic: "t", source: "review" as const, at, correct, chosen: ["a"] });
    store.getState().recordAnswers([answer(T0, false)]);
    store.getState().recordAnswers([answer(T0 + 60_000, true)]);
    // Nothing is lost while waiting: both answers arrive once FSRS is there.
    expect(store.getState().log.q).toBeUndefined();
    await loadScheduler();
    await Promise.resolve();
    expect(store.getState().log.q?.map((e) => e[0])).toEqual([T0, T0 + 60_000]);
    expect(store.getState().cards.q?.[STATE]).toBe(1);
    // Loaded now: answers apply at once.
    store.getState().recordAnswers([answer(T0 + 120_000, true)]);
    expect(store.getState().log.q).toHaveLength(3);
  });
});
