"use client";
// What the optimiser panel shows once the button is pressed: progress, the comparison and the
// choice, or why it could not run. Loaded with the optimiser, never with the settings page.
import type { Fit } from "@/lib/srs/optimiser/fit";
import type { OptimiserProgress } from "@/lib/srs/optimiser/client";
import { muted, primaryButton, secondaryButton } from "@/components/study/styles";
import type { View } from "./optimiser-panel";

const n = (x: number) => x.toLocaleString("en-GB");
const f4 = (x: number) => x.toFixed(4);

export function ProgressLine({ progress }: { progress: OptimiserProgress }) {
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

export default function OptimiserOutcome({ view, onUse, onKeep, onCancel }: { view: View; onUse: (parameters: number[]) => void; onKeep: () => void; onCancel: () => void }) {
  return (
    <>
      {view.kind === "running" && (
        <div className="space-y-2" aria-live="polite">
          <ProgressLine progress={view.progress} />
          <button type="button" className={secondaryButton} onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
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
            <button type="button" className={view.better ? primaryButton : secondaryButton} onClick={() => onUse(view.result.parameters)}>
              {view.better ? "Apply fitted parameters" : "Apply anyway"}
            </button>
            <button type="button" className={secondaryButton} onClick={onKeep}>
              Keep current parameters
            </button>
          </div>
        </>
      )}
      {view.kind === "applied" && <p role="status">{view.message}</p>}
      {view.kind === "error" && <p role="alert">The optimiser failed: {view.message}. Nothing was changed.</p>}
    </>
  );
}
