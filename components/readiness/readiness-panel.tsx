"use client";
// "Am I ready?": the predicted score on the candidate's exam, today and on the exam date, with the
// model's own interval, the pass chance, each domain against its weight, what would raise the score
// most, and the daily plan. `summary` (home page) shows the headline and links to the full panel.
import Link from "@/components/ui/link";
import type { Advice } from "@/lib/readiness/advice";
import type { Prediction } from "@/lib/readiness/model";
import { formatIsoDate } from "@/lib/format";
import { muted, textLink } from "@/components/study/styles";
import { useHydrated } from "@/components/store/use-hydrated";
import { useNow } from "@/components/store/use-now";
import { ExamPlanForm } from "./exam-plan-form";
import { dayLabel, ReviewForecast } from "./review-forecast";
import { profilesOf } from "@/lib/readiness/inputs";
import { useBankIndex, useReadiness, type Readiness } from "./use-readiness";
import { useStratus } from "@/lib/store";
import { selectPassMarkOverride } from "@/lib/store/exam-slice";

const pct = (share: number) => `${Math.round(share * 100)}%`;

function daysLabel(days: number): string {
  return days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
}

function ScoreBlock({ title, prediction, passMark }: { title: string; prediction: Prediction; passMark: number }) {
  if (prediction.status !== "ok") return null;
  return (
    <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <p className={`text-sm ${muted}`}>{title}</p>
      <p className="text-3xl font-bold tabular-nums">{pct(prediction.mean)}</p>
      <p className="text-sm tabular-nums">
        {Math.round(prediction.interval * 100)}% likely between {pct(prediction.low)} and {pct(prediction.high)}
      </p>
      <p className="mt-1 text-sm tabular-nums">
        Chance of reaching {passMark}%: <strong>{pct(prediction.passChance)}</strong>
      </p>
    </div>
  );
}

/** One sentence with every headline number, announced when it changes. */
function spoken(r: Readiness, when: string): string {
  const p = r.onExamDay;
  if (p.status !== "ok") return `Not enough answers yet to predict your score: ${p.answered} of the ${p.needed} needed.`;
  return `Predicted score ${when}: ${pct(p.mean)}, ${Math.round(p.interval * 100)}% likely between ${pct(p.low)} and ${pct(p.high)}. Chance of passing: ${pct(p.passChance)}.`;
}

const ADVICE_VERB: Record<Advice["kind"], (a: Advice) => string> = {
  learn: (a) => `Learn the ${a.count} unseen question${a.count === 1 ? "" : "s"} in ${a.domainTitle}, starting with ${a.topic.title}`,
  review: (a) => `Review the ${a.count} question${a.count === 1 ? "" : "s"} in ${a.domainTitle} you are likely to forget by then, starting with ${a.topic.title}`,
  read: (a) => `Re-read ${a.topic.title}: your first answers there lag your usual rate`,
};

function adviceHref(a: Advice): string {
  if (a.kind === "read") return `/topics/${a.topic.slug}/`;
  return `/review/?topic=${encodeURIComponent(a.topic.slug)}`;
}

function Body({ r, summary }: { r: Readiness; summary: boolean }) {
  const days = r.studyPlan.daysLeft;
  const when = `on ${formatIsoDate(r.plan.date)}`;
  const p = r.onExamDay;
  return (
    <div className="space-y-4">
      <p className="font-medium">
        {r.profile.name} {when} ({daysLabel(Math.max(0, days))}), pass mark {r.profile.passMark}%.
      </p>
      <p role="status" className="sr-only">
        {spoken(r, when)}
      </p>
      {p.status !== "ok" ? (
        <p>
          Not enough answers yet: answer at least {p.needed} questions (you have answered {p.answered}) and Stratus will
          estimate your score. <Link className={textLink} href="/review/">Start a review</Link> or{" "}
          <Link className={textLink} href="/exam/">sit a quick check</Link>.
        </p>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2" aria-hidden="true">
          <ScoreBlock title="If you sat it today" prediction={r.today} passMark={r.profile.passMark} />
          {days > 0 ? <ScoreBlock title={`${when[0]!.toUpperCase()}${when.slice(1)}, with no more study`} prediction={p} passMark={r.profile.passMark} /> : null}
        </div>
      )}
      {summary ? (
        <p>
          <Link className={textLink} href="/progress/#readiness-title">
            Your full readiness report and daily plan
          </Link>
        </p>
      ) : (
        <>
          {p.status === "ok" ? (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="mb-1 text-left font-semibold">Predicted score by domain {when}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="py-1 pr-3">Domain</th>
                    <th scope="col" className="py-1 pr-3 text-right">Weight</th>
                    <th scope="col" className="py-1 pr-3 text-right">Predicted</th>
                    <th scope="col" className="py-1 text-right">Studied</th>
                  </tr>
                </thead>
                <tbody>
                  {p.domains.map((d) => (
                    <tr key={d.id} className="border-t border-slate-200 dark:border-slate-800">
                      <th scope="row" className="py-1 pr-3 font-normal">{d.title}</th>
                      <td className="py-1 pr-3 text-right tabular-nums">{pct(d.share)}</td>
                      <td className="py-1 pr-3 text-right tabular-nums">{pct(d.predicted)}</td>
                      <td className="py-1 text-right tabular-nums">
                        {d.seen} of {d.bankQuestions}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {r.advice.length > 0 ? (
            <div>
              <h3 className="font-semibold">What would raise your score most</h3>
              <ol className="mt-2 list-decimal space-y-1 pl-6">
                {r.advice.map((a) => (
                  <li key={`${a.kind}-${a.domain}-${a.topic.slug}`}>
                    <Link className={textLink} href={adviceHref(a)}>
                      {ADVICE_VERB[a.kind](a)}
                    </Link>{" "}
                    <span className={`text-sm ${muted}`}>(about +{a.gain.toFixed(1)} points)</span>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          <div className="space-y-2">
            <h3 className="font-semibold">Your plan</h3>
            {r.studyPlan.unseen > 0 && r.studyPlan.learningDays > 0 ? (
              <p>
                Learn <strong className="tabular-nums">{r.studyPlan.newPerDay}</strong> new item{r.studyPlan.newPerDay === 1 ? "" : "s"} a day to
                meet all {r.studyPlan.unseen} unseen questions and flashcards by{" "}
                {r.studyPlan.learningDays === 1 ? "today" : dayLabel(r.studyPlan.days[r.studyPlan.learningDays - 1]!.day)}, leaving the last days
                before the exam for review. Your daily limit is {r.newPerDay}.
              </p>
            ) : r.studyPlan.unseen === 0 ? (
              <p>You have met every question and flashcard: keep up with your reviews.</p>
            ) : null}
            {r.studyPlan.warnings.length > 0 ? (
              <ul className="list-disc space-y-1 pl-6 text-amber-800 dark:text-amber-300">
                {r.studyPlan.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            ) : null}
            <ReviewForecast days={r.studyPlan.days} />
          </div>
        </>
      )}
      <p className={`text-sm ${muted}`}>
        <Link className={textLink} href="/readiness/">
          How this is estimated
        </Link>{" "}
        (and how accurate it was on simulated learners).
      </p>
    </div>
  );
}

export function ReadinessPanel({ summary = false }: { summary?: boolean }) {
  const hydrated = useHydrated();
  const now = useNow();
  const index = useBankIndex();
  const passMark = useStratus(selectPassMarkOverride);
  const readiness = useReadiness(index instanceof Error ? null : index);
  if (index instanceof Error) return <p role="alert">The question bank could not be loaded ({index.message}). Reload to try again.</p>;
  if (!hydrated || now === null || index === null) return <p aria-busy="true" className={muted}>Loading your readiness…</p>;
  if (!readiness) {
    if (summary) return null;
    return (
      <div className="space-y-3">
        <p>Set your exam date to see your predicted score, your chance of passing and a daily plan up to the exam.</p>
        <ExamPlanForm profiles={profilesOf(index, passMark)} now={now} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <Body r={readiness} summary={summary} />
      {summary ? null : (
        <details>
          <summary className="cursor-pointer font-medium">Change the exam or its date</summary>
          <div className="mt-3">
            <ExamPlanForm profiles={profilesOf(index, passMark)} now={now} />
          </div>
        </details>
      )}
    </div>
  );
}
