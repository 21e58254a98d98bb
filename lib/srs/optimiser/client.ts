// Starting the optimiser from a page: a Web Worker, created only when asked (this module is
// imported on demand by the settings panel), that can be cancelled at any time.
import { countTestReviews, histories, MIN_TEST_REVIEWS, MIN_TRAINING_ITEMS, splitTime, trainingSet, type LoggedReview } from "./fit";
import type { OptimiseRequest, OptimiseResult, WorkerMessage } from "./messages";

export type { OptimiseResult } from "./messages";

/** Where scripts/vendor-fsrs.mjs puts fsrs-browser in the exported site. */
export const FSRS_MODULE_PATH = "/vendor/fsrs-browser/fsrs_browser.js";

export interface Readiness {
  ready: boolean;
  trainItems: number;
  testReviews: number;
}

/** Whether the log has enough reviews for the optimiser to fit anything, and to judge it. */
export function readiness(reviews: readonly LoggedReview[], offsetMinutes: number): Readiness {
  const all = histories(reviews, offsetMinutes);
  const splitAt = splitTime(reviews);
  const trainItems = trainingSet(all, splitAt).lengths.length;
  const testReviews = countTestReviews(all, splitAt);
  return { ready: trainItems >= MIN_TRAINING_ITEMS && testReviews >= MIN_TEST_REVIEWS, trainItems, testReviews };
}

export type OptimiserProgress =
  | { stage: "loading" }
  | { stage: "training"; items: number; threads: number; done: number | null; total: number | null }
  | { stage: "evaluating" };

export interface OptimiserRun {
  result: Promise<OptimiseResult>;
  cancel(): void;
}

export function startOptimiser(request: Omit<OptimiseRequest, "moduleUrl">, onProgress: (p: OptimiserProgress) => void): OptimiserRun {
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  let timer: ReturnType<typeof setInterval> | undefined;
  let threads = 1;
  let settle: { reject: (e: Error) => void } | undefined;
  const stop = () => {
    if (timer) clearInterval(timer);
    worker.terminate();
  };
  const result = new Promise<OptimiseResult>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if (m.type === "loaded") threads = m.threads;
      else if (m.type === "training") {
        const report = (done: number | null, total: number | null) => onProgress({ stage: "training", items: m.items, threads, done, total });
        report(null, null);
        const shared = m.progress;
        if (shared) {
          // fsrs-rs writes [items processed, items total] there as it trains (fsrs-browser's getProgress).
          timer = setInterval(() => {
            const [done, total] = new Uint32Array(shared.buffer, shared.pointer, 2);
            if (total) report(done!, total);
          }, 250);
        }
      } else if (m.type === "evaluating") {
        if (timer) clearInterval(timer);
        onProgress({ stage: "evaluating" });
      } else if (m.type === "done") {
        stop();
        resolve(m.result);
      } else {
        stop();
        reject(new Error(m.message));
      }
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || "The optimiser could not start."));
    };
  });
  onProgress({ stage: "loading" });
  worker.postMessage({ ...request, moduleUrl: new URL(FSRS_MODULE_PATH, location.href).href } satisfies OptimiseRequest);
  return {
    result,
    cancel() {
      stop();
      settle?.reject(new DOMException("Cancelled", "AbortError"));
    },
  };
}
