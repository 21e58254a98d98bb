// The store applies answers with FSRS (ts-fsrs, ~7 KiB gzip), but most pages never record an
// answer: the exam start page, results, missed, progress, settings. So the store does not import
// the scheduler; pages that record answers load it as they open (loadScheduler), and an answer
// given before it has arrived waits in memory for it (study-slice.ts).
import type { reviewCard } from "@/lib/srs/scheduler";

export type ReviewCard = typeof reviewCard;

let loaded: ReviewCard | undefined;
let loading: Promise<ReviewCard> | undefined;

export const loadedReviewCard = (): ReviewCard | undefined => loaded;

export function loadScheduler(): Promise<ReviewCard> {
  loading ??= import("@/lib/srs/scheduler").then(
    (m) => (loaded = m.reviewCard),
    (error: unknown) => {
      loading = undefined; // offline and not cached yet: the next call tries again
      throw error;
    },
  );
  return loading;
}
