// A ReviewLog whose implementation (review-log-store.ts and the rules in review-log.ts) loads with
// the first call instead of with every page that uses the store: the exam, missed, review and
// settings pages paint without it, and the first answer or read loads it (as the first write
// already loaded idb-keyval).
// - Calls made before the module is there run, once it is, in the order they were made.
// - If the module cannot load (offline with a stale cache), entries are held here and handed over
//   with the next call that succeeds; the storage status says they are unsaved, as the log itself
//   does when IndexedDB fails. Nothing is dropped.
import type { Review } from "./review-log";
import type { ReadLog, ReviewLog } from "./review-log-store";
import type { StatusChannel } from "./storage-status";

export function lazyReviewLog(load: () => Promise<ReviewLog>, status: StatusChannel): ReviewLog {
  let loaded: ReviewLog | undefined;
  let loading: Promise<ReviewLog> | undefined;
  let waiting = 0;
  /** Appended while the module could not be loaded; `replacing`: a replace is among them. */
  let held: Review[] = [];
  let replacing = false;

  function withLog<T>(call: (log: ReviewLog) => Promise<T>, failed: () => T): Promise<T> {
    // Straight through only once every call made while loading has been handed over: keeps order.
    if (loaded && waiting === 0) return call(loaded);
    waiting++;
    loading ??= load().then((log) => (loaded = log));
    return loading.then(
      (log) => {
        waiting--;
        return call(log);
      },
      () => {
        waiting--;
        loading = undefined; // the next call tries again
        if (held.length > 0 || replacing) status.update({ logUnsaved: true });
        return failed();
      },
    );
  }

  /** Hands over whatever was held back by a failed load, before the call that needs it. */
  async function handOver(log: ReviewLog): Promise<void> {
    if (held.length === 0 && !replacing) return;
    const [batch, replace] = [held, replacing];
    held = [];
    replacing = false;
    await (replace ? log.replace(batch) : log.append(batch));
  }

  return {
    append(reviews) {
      if (reviews.length === 0 && !loaded && held.length === 0) return Promise.resolve();
      held = held.concat(reviews);
      return withLog(handOver, () => undefined);
    },
    read: (): Promise<ReadLog> =>
      withLog(
        async (log) => {
          await handOver(log);
          return log.read();
        },
        () => ({ reviews: [...held], damaged: 0 }),
      ),
    replace(reviews) {
      held = [...reviews];
      replacing = true;
      return withLog(handOver, () => undefined);
    },
    // Format 2's answers stay in local storage until a load succeeds: a later page load migrates them.
    migrateAnswerLog: (log, cards) =>
      withLog(
        async (l) => {
          await handOver(l);
          return l.migrateAnswerLog(log, cards);
        },
        () => undefined,
      ),
    pending: () => held.length + (loaded?.pending() ?? 0),
    settled: () => (loaded || loading ? withLog(async (log) => log.settled(), () => undefined) : Promise.resolve()),
  };
}
