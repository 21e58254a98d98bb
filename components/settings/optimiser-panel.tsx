"use client";
// "Optimise my scheduler": fits FSRS to the candidate's own review log in a Web Worker. Nothing
// of the optimiser (worker, WebAssembly, fitting code) loads until the button is pressed.
import { useRef, useState } from "react";
import { useStratus } from "@/lib/store";
import type { Fit } from "@/lib/srs/optimiser/fit";
import type { OptimiserProgress, OptimiserRun, OptimiseResult, Readiness } from "@/lib/srs/optimiser/client";
import { muted, primaryButton, secondaryButton } from "@/components/study/styles";

type View =
  | { kind: "idle" }
  | { kind: "not-ready"; readiness: Readiness }
  | { kind: "running"; progress: OptimiserProgress; startedAt: number }
  | { kind: "result"; result: OptimiseResult; better: boolean }
  | { kind: "applied"; message: string }
  | { kind: "error"; message: string };

const n = (x: number) => x.toLocaleString("en-GB");
const f4 = (x: number) => x.toFixed(4);

async function apply(parameters: number[] | undefined) {
  const [{ applyParameters }, { APP_FUZZ }] = await Promise.all([import("@/lib/store/parameters"), import("@/lib/store")]);
  return applyParameters(useStratus, parameters, APP_FUZZ, Date.now());
}

function ProgressLine({ progress }: { progress: OptimiserProgress }) {
  if (progress.stage === "reading") return <p>Reading your review history…</p>;
  if (progress.stage === "loading") return <p>Loading the optimiser for your {n(progress.reviews)} ratings…</p>;
  if (progress.stage === "evaluating") return <p>Comparing default and fitted parameters on your newest reviews…</p>;
  const { items, threads, done, total } = progress;
  return (
    <div className="space-y-1">
      <p>
        Training on {n(items)} reviews ({threads === 1 ? "one thread" : `${threads} threads`})
        {done !== null && total ? `: ${Math.round((100 * done) / total)}%` : "…"}
      </p>
      <progress className="w-full" aria-label="Optimiser progress" max={total ?? undefined} value={done ?? undefined} />
    </div>
  );
}

function ResultTable({ defaults, fitted }: { defaults: Fit; fitted: Fit }) {
  return (
    <table className="text-sm">
      <caption className={`text-left ${muted}`}>Judged on your {n(fitted.reviews)} newest reviews, which the optimiser did not see. Lower is better.</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-6 text-left">Measure</th>
          <th scope="col" className="pr-6 text-right">Default</th>
          <th scope="col" className="text-right">Fitted</th>
        </tr>
      </thead>
      <tbody className="tabular-nums">
        <tr>
          <th scope="row" className="pr-6 text-left font-normal">Log loss</th>
          <td className="pr-6 text-right">{f4(defaults.logLoss)}</td>
          <td className="text-right">{f4(fitted.logLoss)}</td>
        </tr>
        <tr>
          <th scope="row" className="pr-6 text-left font-normal">RMSE (bins)</th>
          <td className="pr-6 text-right">{f4(defaults.rmse)}</td>
          <td className="text-right">{f4(fitted.rmse)}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function OptimiserPanel() {
  const fitted = useStratus((s) => s.settings.parameters);
  const [view, setView] = useState<View>({ kind: "idle" });
  const run = useRef<OptimiserRun | null>(null);

  async function start() {
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
        <div className="space-y-2" aria-live="polite">
          <ProgressLine progress={view.progress} />
          <button type="button" className={secondaryButton} onClick={() => run.current?.cancel()}>
            Cancel
          </button>
        </div>
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
        {view.kind === "not-ready" && (
          <p>
            Not enough history yet. The optimiser fits your parameters from reviews made a day or more after the card&apos;s
            previous one: it needs at least 64 of those in your older reviews (you have {n(view.readiness.trainItems)}) and
            16 in your newest fifth, kept aside to check the result (you have {n(view.readiness.testReviews)}). With fewer,
            the FSRS optimiser keeps the defaults anyway. Your log holds {n(view.readiness.reviews)} ratings; keep reviewing and try
            again later.
          </p>
        )}
        {view.kind === "result" && (
          <>
            <ResultTable defaults={view.result.defaults} fitted={view.result.fitted} />
            <p className={`text-sm ${muted}`} data-testid="optimiser-timing">
              Trained on {n(view.result.trainItems)} reviews in {(view.result.trainMs / 1000).toFixed(1)} s (
              {view.result.threads === 1 ? "one thread" : `${view.result.threads} threads`}).
            </p>
            {view.better ? (
              <p>The fitted parameters predict your newest reviews better than the defaults (lower log loss).</p>
            ) : (
              <p>The fitted parameters do not predict your newest reviews better than the defaults (no lower log loss), so Stratus suggests keeping the defaults.</p>
            )}
            <div className="flex flex-wrap gap-2">
              <button type="button" className={view.better ? primaryButton : secondaryButton} onClick={() => void use(view.result.parameters)}>
                {view.better ? "Apply fitted parameters" : "Apply anyway"}
              </button>
              <button type="button" className={secondaryButton} onClick={() => setView({ kind: "idle" })}>
                Keep current parameters
              </button>
            </div>
          </>
        )}
        {view.kind === "applied" && <p role="status">{view.message}</p>}
        {view.kind === "error" && <p role="alert">The optimiser failed: {view.message}. Nothing was changed.</p>}
      </div>
    </div>
  );
}
