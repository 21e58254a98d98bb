// The optimiser's Web Worker: loads fsrs-browser (fsrs-rs in WebAssembly) on demand, fits the
// parameters on the older reviews, and judges defaults and fitted on the newer ones.
// fsrs-browser uses shared WebAssembly memory and a rayon thread pool. The pool needs cross-origin
// isolation (to hand the memory to its threads); without it the optimiser still runs, on this
// worker's one thread. Either way the page's main thread only waits for messages: the worker reads
// the review log itself (through lib/store's reader), so no 20,000-entry copy crosses threads.
import { createReviewLog, idbBackend } from "@/lib/store/review-log-store";
import { createStatusChannel } from "@/lib/store/storage-status";
import { countTestReviews, DEFAULT_PARAMETERS, evaluate, histories, MIN_TEST_REVIEWS, MIN_TRAINING_ITEMS, splitTime, trainingSet } from "./fit";
import type { OptimiseRequest, WorkerMessage } from "./messages";

interface FsrsBrowser {
  default: () => Promise<{ memory: WebAssembly.Memory }>;
  initThreadPool: (threads: number) => Promise<unknown>;
  Fsrs: new () => { computeParameters(r: Uint32Array, d: Uint32Array, l: Uint32Array, p: unknown, shortTerm: boolean): Float32Array };
  Progress: { new: () => { pointer(): number } };
}

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<OptimiseRequest>) => {
  const { offsetMinutes, moduleUrl } = event.data;
  try {
    const { reviews } = await createReviewLog(idbBackend, createStatusChannel()).read();
    const all = histories(reviews, offsetMinutes);
    const splitAt = splitTime(reviews);
    const set = trainingSet(all, splitAt);
    const trainItems = set.lengths.length;
    const testReviews = countTestReviews(all, splitAt);
    const ready = trainItems >= MIN_TRAINING_ITEMS && testReviews >= MIN_TEST_REVIEWS;
    post({ type: "read", readiness: { ready, reviews: reviews.length, trainItems, testReviews } });
    if (!ready) return;

    const fsrs = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ moduleUrl)) as FsrsBrowser;
    const wasm = await fsrs.default();
    const isolated = self.crossOriginIsolated === true;
    const threads = isolated ? Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1)) : 1;
    if (isolated) await fsrs.initThreadPool(threads);
    post({ type: "loaded", threads });

    const progress = fsrs.Progress.new();
    post({
      type: "training",
      items: set.lengths.length,
      steps: set.ratings.length,
      progress: isolated ? { buffer: wasm.memory.buffer as unknown as SharedArrayBuffer, pointer: progress.pointer() } : null,
    });
    const started = performance.now();
    // computeParameters takes the model by value (Rust `self`): it is freed by the call.
    const parameters = Array.from(new fsrs.Fsrs().computeParameters(set.ratings, set.deltas, set.lengths, progress, true), (n) => Math.round(n * 1e4) / 1e4);
    const trainMs = performance.now() - started;

    post({ type: "evaluating" });
    const defaults = evaluate(DEFAULT_PARAMETERS, all, splitAt);
    const fitted = evaluate(parameters, all, splitAt);
    if (testReviews !== fitted.reviews) throw new Error("held-out reviews miscounted");
    post({ type: "done", result: { parameters, defaults, fitted, trainItems, splitAt, threads, trainMs } });
  } catch (error) {
    post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
