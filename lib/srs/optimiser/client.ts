// Starting the optimiser from a page: a Web Worker, created only when asked (this module is
// imported on demand by the settings panel), that can be cancelled at any time. The worker reads
// the log, says whether there is enough of it, then trains; the page only renders progress.
import type { OptimiseRequest, OptimiseResult, Readiness, WorkerMessage } from "./messages";
import { withBasePath } from "@/lib/content/links";

export type { OptimiseResult, Readiness } from "./messages";

/** Where scripts/vendor-fsrs.mjs puts fsrs-browser in the exported site (prefix it with a base path if one is added). */
export const FSRS_MODULE_PATH = withBasePath("/vendor/fsrs-browser/fsrs_browser.js");

export type OptimiserProgress =
  | { stage: "reading" }
  | { stage: "loading"; reviews: number }
  | { stage: "training"; items: number; threads: number; done: number | null; total: number | null }
  | { stage: "evaluating" };

export type OptimiseOutcome = { kind: "not-ready"; readiness: Readiness } | { kind: "done"; result: OptimiseResult };

export interface OptimiserRun {
  outcome: Promise<OptimiseOutcome>;
  cancel(): void;
}

export function startOptimiser(request: Omit<OptimiseRequest, "moduleUrl">, onProgress: (p: OptimiserProgress) => void): OptimiserRun {
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  let timer: ReturnType<typeof setInterval> | undefined;
  let threads = 1;
  let rejectRun: ((e: Error) => void) | undefined;
  const stop = () => {
    if (timer) clearInterval(timer);
    worker.terminate();
  };
  const outcome = new Promise<OptimiseOutcome>((resolve, reject) => {
    rejectRun = reject;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if (m.type === "read") {
        if (m.readiness.ready) onProgress({ stage: "loading", reviews: m.readiness.reviews });
        else {
          stop();
          resolve({ kind: "not-ready", readiness: m.readiness });
        }
      } else if (m.type === "loaded") threads = m.threads;
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
        resolve({ kind: "done", result: m.result });
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
  onProgress({ stage: "reading" });
  worker.postMessage({ ...request, moduleUrl: new URL(FSRS_MODULE_PATH, location.href).href } satisfies OptimiseRequest);
  return {
    outcome,
    cancel() {
      stop();
      rejectRun?.(new DOMException("Cancelled", "AbortError"));
    },
  };
}
