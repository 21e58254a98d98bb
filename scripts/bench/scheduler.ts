// The scheduler at scale, in Node: how long today's review queue takes to build from 10,000 and
// 100,000 stored cards (lib/srs's buildQueue, the function the review page calls), and how many
// bytes of local storage a reviewed card costs through the store's real persistence.
import { buildQueue } from "../../lib/srs/queue";
import type { StoredCard } from "../../lib/srs/card";
import type { AnswerEvent } from "../../lib/store/answer-event";
import { createStratusStore, STORAGE_KEY } from "../../lib/store";
import { reviewCard } from "../../lib/srs/scheduler";
import { createMemoryStorage } from "../../lib/store/memory-storage";
import { storageStatus } from "../../lib/store/storage-status";
import { median, round } from "./util";

const DAY = 86_400_000;

/** 30 characters, the average length of today's question and flashcard ids ("lambda-limits-one-hour-job"). */
const itemId = (i: number) => `synthetic-topic-${String(i % 50).padStart(2, "0")}-item-${String(i).padStart(6, "0")}`;
const NOW = Date.UTC(2026, 5, 1, 9);

/** A deterministic spread of cards: a fifth never studied, some learning, the rest in review, due from 60 days ago to 60 ahead. */
export function syntheticCards(count: number): { ids: string[]; cards: Record<string, StoredCard> } {
  const ids: string[] = [];
  const cards: Record<string, StoredCard> = {};
  for (let i = 0; i < count; i++) {
    const id = itemId(i);
    ids.push(id);
    if (i % 5 === 0) continue;
    const learning = i % 17 === 0;
    const due = NOW + ((i * 7919) % (120 * DAY)) - 60 * DAY;
    cards[id] = [due, 12.3456, 5.4321, learning ? 0 : 14, 4, i % 3, learning ? 1 : 2, due - 14 * DAY, learning ? 1 : 0];
  }
  return { ids, cards };
}

/** Median of several timed runs of buildQueue, after a warm-up, in milliseconds. */
export function timeQueue(count: number, runs = 9): number {
  const { ids, cards } = syntheticCards(count);
  for (let i = 0; i < 3; i++) buildQueue(ids, cards, { now: NOW, newLimit: 20 });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const queue = buildQueue(ids, cards, { now: NOW, newLimit: 20 });
    times.push(performance.now() - started);
    if (queue.due.length === 0) throw new Error("the synthetic cards produced an empty queue");
  }
  return round(median(times), 2);
}

export const REVIEWS_PER_CARD = 5;

/**
 * Local-storage characters per card once `count` cards have each been answered `reviews` times in
 * review sessions (half questions with the picked option, half flashcards), as the store saves them.
 */
export function storageBytesPerCard(count: number, reviews = REVIEWS_PER_CARD): number {
  const backend = createMemoryStorage();
  const store = createStratusStore({ backend: () => backend, status: storageStatus, now: () => NOW, fuzz: true, reviewCard });
  const events: AnswerEvent[] = [];
  for (let i = 0; i < count; i++) {
    const question = i % 2 === 0;
    const id = itemId(i);
    for (let r = 0; r < reviews; r++) {
      events.push({
        itemId: id,
        kind: question ? "question" : "flashcard",
        topic: `topic-${i % 50}`,
        source: "review",
        // Reviews spread over months, at real-looking times of day.
        at: NOW - (reviews - r) * 9 * DAY + (i % 600) * 60_000,
        ...(question ? { correct: r % 4 !== 1, chosen: [r % 4 === 1 ? "c" : "b"] } : { rating: r % 4 === 1 ? 1 : 3 }),
      });
    }
  }
  store.getState().recordAnswers(events);
  const saved = backend.getItem(STORAGE_KEY);
  if (!saved) throw new Error("the store saved nothing");
  const parsed = JSON.parse(saved) as { state?: { cards?: Record<string, unknown> } };
  const stored = Object.keys(parsed.state?.cards ?? {}).length;
  if (stored !== count) throw new Error(`the store saved ${stored} cards, expected ${count}`);
  // Chrome's quota counts characters of key and value; the text is ASCII, so characters = bytes.
  return round((saved.length + STORAGE_KEY.length) / count, 1);
}

export async function measureScheduler(): Promise<{
  queueMs: Record<"10000" | "100000", number | null>;
  bytesPerCard: number | null;
  bytesPerCardByReviews: Record<string, number>;
}> {
  const queueMs = { "10000": timeQueue(10_000), "100000": timeQueue(100_000) };
  const bytesPerCardByReviews = Object.fromEntries([1, REVIEWS_PER_CARD, 20].map((r) => [String(r), storageBytesPerCard(10_000, r)]));
  return { queueMs, bytesPerCard: bytesPerCardByReviews[String(REVIEWS_PER_CARD)]!, bytesPerCardByReviews };
}
