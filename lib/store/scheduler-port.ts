// The store applies answers with FSRS (ts-fsrs, ~7 KiB gzip), but most pages never record an
// answer: the exam start page, results, missed, progress, settings. So the store does not import
// the scheduler; pages that record answers load it as they open (loadScheduler), and an answer
// given before it has arrived waits in memory for it (study-slice.ts).
export type SchedulerModule = typeof import("@/lib/srs/scheduler");
export type ReviewCard = SchedulerModule["reviewCard"];

let loaded: SchedulerModule | undefined;
let loading: Promise<SchedulerModule> | undefined;

export const loadedScheduler = (): SchedulerModule | undefined => loaded;
export const loadedReviewCard = (): ReviewCard | undefined => loaded?.reviewCard;

export function loadScheduler(): Promise<SchedulerModule> {
  loading ??= import("@/lib/srs/scheduler").then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined; // offline and not cached yet: the next call tries again
      throw error;
    },
  );
  return loading;
}
