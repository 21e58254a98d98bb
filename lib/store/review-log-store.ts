// Where the full review log is kept: IndexedDB, through idb-keyval (local storage's ~5 MB cannot
// hold years of reviews). The log is append-only and each entry's key is its id (reviewId), so
// two tabs writing the same entry leave one, and no tab ever rewrites another's entries.
// - A failed write (disk full, IndexedDB blocked) keeps the entries in memory, says so through
//   the storage status, and is retried with the next write; the app keeps working.
// - A damaged value is left where it is (never deleted), skipped when reading, and counted.
import type { UseStore } from "idb-keyval";
import { isReview, mergeReviews, reviewId, reviewsFromAnswerLog, type Review } from "./review-log";
import type { StatusChannel } from "./storage-status";
import type { AnswerLog } from "./study-log";
import type { StoredCard } from "@/lib/srs/card";

/** The few IndexedDB operations the log needs; tests pass an in-memory one. */
export interface ReviewBackend {
  putMany(pairs: [IDBValidKey, unknown][]): Promise<void>;
  entries(): Promise<[IDBValidKey, unknown][]>;
  get(key: IDBValidKey): Promise<unknown>;
  set(key: IDBValidKey, value: unknown): Promise<void>;
  clear(): Promise<void>;
}

/** Kept in the same object store under an array key, which no entry id (a string) can equal. */
const MIGRATED_KEY: IDBValidKey = ["meta", "migrated-answer-log"];

export const REVIEW_DB = "stratus-reviews";

/** IndexedDB through idb-keyval, loaded with the first read or write (after the page is up). */
export function idbBackend(): ReviewBackend | undefined {
  if (typeof indexedDB === "undefined") return undefined;
  let ready: Promise<{ idb: typeof import("idb-keyval"); store: UseStore }> | undefined;
  const s = () => (ready ??= import("idb-keyval").then((idb) => ({ idb, store: idb.createStore(REVIEW_DB, "reviews") })));
  return {
    putMany: async (pairs) => {
      const { idb, store } = await s();
      return idb.setMany(pairs, store);
    },
    entries: async () => {
      const { idb, store } = await s();
      return idb.entries(store);
    },
    get: async (key) => {
      const { idb, store } = await s();
      return idb.get(key, store);
    },
    set: async (key, value) => {
      const { idb, store } = await s();
      return idb.set(key, value, store);
    },
    clear: async () => {
      const { idb, store } = await s();
      return idb.clear(store);
    },
  };
}

export function memoryBackend(): ReviewBackend & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const k = (key: IDBValidKey) => JSON.stringify(key);
  return {
    data,
    putMany: async (pairs) => void pairs.forEach(([key, value]) => data.set(k(key), value)),
    entries: async () => [...data].map(([key, value]) => [JSON.parse(key) as IDBValidKey, value]),
    get: async (key) => data.get(k(key)),
    set: async (key, value) => void data.set(k(key), value),
    clear: async () => data.clear(),
  };
}

export interface ReadLog {
  reviews: Review[];
  /** Stored values that are not log entries: left in place, not used. */
  damaged: number;
}

export interface ReviewLog {
  /** Saves new entries (already-saved ids are harmless). Resolves when saved or held in memory. */
  append(reviews: readonly Review[]): Promise<void>;
  /** Every entry, saved or still waiting to be, oldest first. */
  read(): Promise<ReadLog>;
  /** Import "replace" and reset: the log becomes exactly `reviews`. */
  replace(reviews: readonly Review[]): Promise<void>;
  /** Once per browser: the capped answers of format 2 become log entries. Safe to repeat. */
  migrateAnswerLog(log: AnswerLog, cards: Record<string, StoredCard>): Promise<void>;
  /** Entries not yet saved (write failed). */
  pending(): number;
  /** Resolves once every write asked for so far (appends, migration) has been tried. */
  settled(): Promise<void>;
}

function isQuota(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

export function createReviewLog(backend: () => ReviewBackend | undefined, status: StatusChannel): ReviewLog {
  let unsaved: Review[] = [];
  // Writes run one after another, so a replace never interleaves with an append.
  let queue: Promise<void> = Promise.resolve();
  const serial = (task: () => Promise<void>) => (queue = queue.then(task, task));

  function db(): ReviewBackend | undefined {
    try {
      return backend();
    } catch {
      return undefined;
    }
  }

  async function flush(): Promise<void> {
    if (unsaved.length === 0) return;
    const b = db();
    if (!b) {
      status.update({ logUnsaved: true });
      return;
    }
    const batch = unsaved;
    try {
      await b.putMany(batch.map((r) => [reviewId(r), r]));
      const saved = new Set(batch);
      unsaved = unsaved.filter((r) => !saved.has(r));
      status.update({ logUnsaved: false });
    } catch (error) {
      if (isQuota(error)) status.update({ full: true, logUnsaved: true });
      else status.update({ logUnsaved: true });
    }
  }

  return {
    append(reviews) {
      if (reviews.length === 0) return queue;
      unsaved = unsaved.concat(reviews);
      return serial(flush);
    },
    async read() {
      await queue;
      const b = db();
      let stored: [IDBValidKey, unknown][] = [];
      if (b) {
        try {
          stored = await b.entries();
        } catch {
          status.update({ logUnsaved: true });
        }
      }
      const reviews: Review[] = [];
      let damaged = 0;
      for (const [key, value] of stored) {
        if (Array.isArray(key)) continue;
        if (isReview(value)) reviews.push(value);
        else damaged++;
      }
      if (damaged > 0) status.update({ logDamaged: damaged });
      return { reviews: mergeReviews(reviews, unsaved), damaged };
    },
    replace(reviews) {
      return serial(async () => {
        const b = db();
        unsaved = [...reviews];
        if (!b) {
          status.update({ logUnsaved: unsaved.length > 0 });
          return;
        }
        try {
          await b.clear();
          await b.set(MIGRATED_KEY, true);
        } catch {
          status.update({ logUnsaved: true });
          return;
        }
        await flush();
      });
    },
    migrateAnswerLog(log, cards) {
      return serial(async () => {
        const b = db();
        if (!b) return;
        try {
          if (await b.get(MIGRATED_KEY)) return;
        } catch {
          return;
        }
        unsaved = unsaved.concat(reviewsFromAnswerLog(log, cards));
        await flush();
        if (unsaved.length === 0) await b.set(MIGRATED_KEY, true).catch(() => undefined);
      });
    },
    pending: () => unsaved.length,
    settled: () => queue,
  };
}
