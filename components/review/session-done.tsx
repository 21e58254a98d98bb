"use client";
// Nothing left for now: say when the next card is due, and what else is worth doing.
import Link from "@/components/ui/link";
import type { SessionMode, SessionPlan } from "@/lib/review/session";
import { describeInterval } from "@/lib/srs/format";
import { panel, primaryButton, secondaryButton, textLink } from "@/components/study/styles";

interface SessionDoneProps {
  mode: SessionMode;
  plan: SessionPlan;
  now: number;
  tally: { right: number; wrong: number; cards: number };
  newPerDay: number;
  onPractiseAhead: () => void;
}

export function SessionDone({ mode, plan, now, tally, newPerDay, onPractiseAhead }: SessionDoneProps) {
  const answered = tally.right + tally.wrong + tally.cards;
  return (
    <section aria-labelledby="done-title" className={`${panel} space-y-3`}>
      <h2 id="done-title" className="text-xl font-bold" tabIndex={-1}>
        {mode.kind === "ids" ? "Session complete" : answered > 0 ? "All done for now" : "Nothing is due right now"}
      </h2>
      {answered > 0 ? (
        <p>
          This session: {tally.right} right, {tally.wrong} wrong
          {tally.cards > 0 ? `, ${tally.cards} flashcard${tally.cards === 1 ? "" : "s"}` : ""}.
        </p>
      ) : null}
      {mode.kind === "ids" && plan.unknown > 0 ? (
        <p>{plan.unknown} of the questions asked for are no longer in the bank.</p>
      ) : null}
      {mode.kind !== "ids" && plan.nextDue !== undefined ? <p>The next card is due {describeInterval(plan.nextDue - now)}.</p> : null}
      {mode.kind !== "ids" && plan.fresh === 0 && plan.newAvailable > 0 ? (
        <p>
          You have reached today&apos;s limit of {newPerDay} new cards; {plan.newAvailable} more are waiting.{" "}
          <Link className={textLink} href="/settings/">
            Change the limit
          </Link>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3 pt-1">
        {mode.kind === "topic" && !mode.ahead && plan.ahead > 0 ? (
          <button type="button" className={primaryButton} onClick={onPractiseAhead}>
            Practise ahead ({plan.ahead} not due yet)
          </button>
        ) : null}
        <Link className={secondaryButton} href="/missed/">
          Missed questions
        </Link>
        <Link className={secondaryButton} href="/progress/">
          Progress
        </Link>
      </div>
    </section>
  );
}
