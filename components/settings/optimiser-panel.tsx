"use client";
// "Optimise my scheduler": fits FSRS to the candidate's own review log in a Web Worker. Nothing
// of the optimiser (worker, WebAssembly, fitting code) loads until the button is pressed.
import { lazy, Suspense, useRef, useState } from "react";
import { useStratus } from "@/lib/store";
import type { OptimiserProgress, OptimiserRun, OptimiseResult, Readiness } from "@/lib/srs/optimiser/client";

const OptimiserOutcome = lazy(() => import("./optimiser-outcome"));
const noop = () => undefined;
import { muted, primaryButton, secondaryButton } from "@/components/study/styles";

export type View =
  | { kind: "idle" }
  | { kind: "not-ready"; readiness: Readiness }
  | { kind: "running"; progress: OptimiserProgress; startedAt: number }
  | { kind: "result"; result: OptimiseResult; better: boolean }
  | { kind: "applied"; message: string }
  | { kind: "error"; message: string };

const n = (x: number) => x.toLocaleString("en-GB");

async function apply(parameters: number[] | undefined) {
  const [{ applyParameters }, { APP_FUZZ }] = await Promise.all([import("@/lib/store/parameters"), import("@/lib/store")]);
  return applyParameters(useStratus, parameters, APP_FUZZ, Date.now());
}

export function OptimiserPanel() {
  const fitted = useStratus((s) => s.settings.parameters);
  const [view, setView] = useState<View>({ kind: "idle" });
  const run = useRef<OptimiserRun | null>(null);

  async function start() {
    void import("./optimiser-outcome"); // the progress and result views, fetched alongside
    const { startOptimiser } = await import("@/lib/srs/optimiser/client");
    // The worker reads the log from IndexedDB: let this tab's own writes (and the migration) land first.
    const { hydrateStore } = await import("@/lib/store");
    await hydrateStore();
    await useStratus.reviewLog.settled();
    const startedAt = Date.now();
    run.current = startOptimiser({ offsetMinutes: new Date().getTimezoneOffset() }, (progress) => setView({ kind: "running", progress, startedAt }));
    try {
      const outcome = await run.current.outcome;
      if (outcome.kind === "not-ready") return setView({ kind: "not-ready", readiness: outcome.readiness });
      const { result } = outcome;
      const { isBetter } = await import("@/lib/srs/optimiser/fit");
      setView({ kind: "result", result, better: isBetter(result.fitted, result.defaults) });
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") setView({ kind: "idle" });
      else setView({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    } finally {
      run.current = null;
    }
  }

  async function use(parameters: number[] | undefined) {
    const { rescheduled, kept } = await apply(parameters);
    const what = parameters ? "Fitted parameters applied" : "Back to the default parameters";
    const keptNote = kept > 0 ? ` ${n(kept)} cards whose early reviews predate the full log keep their dates until their next review.` : "";
    setView({ kind: "applied", message: `${what}: ${n(rescheduled)} cards rescheduled from their history.${keptNote}` });
  }

  const isolated = typeof window !== "undefined" && window.crossOriginIsolated;
  return (
    <div className="space-y-4">
      <p>
        Fit the scheduler to your own memory: the FSRS optimiser learns from your review history, here in your browser,
        and shows how much better it predicts you before you decide.{" "}
        <span className={muted}>Currently: {fitted ? "parameters fitted to you." : "the default parameters."}</span>
      </p>
      {!isolated && (
        <p className={`text-sm ${muted}`}>
          This page is not cross-origin isolated (the site is served without the COOP/COEP headers), so the optimiser
          runs on a single thread: it works the same, only more slowly.
        </p>
      )}
      {view.kind === "running" ? (
        <Suspense fallback={<p aria-busy="true">Loading the optimiser…</p>}>
          <OptimiserOutcome view={view} onUse={noop} onKeep={noop} onCancel={() => run.current?.cancel()} />
        </Suspense>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={primaryButton} onClick={() => void start()}>
            Optimise my scheduler
          </button>
          {fitted && (
            <button type="button" className={secondaryButton} onClick={() => void use(undefined)}>
              Undo: back to the defaults
            </button>
          )}
        </div>
      )}
      <div aria-live="polite" className="space-y-3">
        {view.kind !== "idle" && view.kind !== "running" && (
          <Suspense fallback={null}>
            <OptimiserOutcome view={view} onUse={(parameters) => void use(parameters)} onKeep={() => setView({ kind: "idle" })} onCancel={noop} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
