// Where the session stands: due, new and done today (or, for a fixed set, how many are left).
import type { SessionMode, SessionPlan } from "@/lib/review/session";
import { muted } from "@/components/study/styles";

interface ReviewCountsProps {
  mode: SessionMode;
  plan: SessionPlan;
  answeredInSession: number;
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="flex items-baseline gap-1.5">
      <dt className={muted}>{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

export function ReviewCounts({ mode, plan, answeredInSession }: ReviewCountsProps) {
  if (mode.kind === "ids") {
    return (
      <dl aria-label="Session progress" className="flex flex-wrap gap-x-6 gap-y-1">
        <Count label="Left" value={plan.remaining} />
        <Count label="Answered" value={answeredInSession} />
      </dl>
    );
  }
  return (
    <dl aria-label="Today" className="flex flex-wrap gap-x-6 gap-y-1">
      <Count label="Due" value={plan.due} />
      {plan.soon > 0 ? <Count label="Learning" value={plan.soon} /> : null}
      <Count label="New" value={plan.fresh} />
      <Count label="Done today" value={plan.reviewedToday} />
      {mode.kind === "topic" && mode.ahead ? <Count label="Ahead" value={plan.ahead} /> : null}
    </dl>
  );
}
