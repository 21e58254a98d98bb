"use client";
// The /exam/results/?id= page: score, pass or fail, time used, per-topic breakdown, and a review of
// every question.
import Link from "@/components/ui/link";
import { useSearchParams } from "next/navigation";
import type { DomainInfo } from "@/lib/content/types";
import { domainScores } from "@/lib/exam/domain-scores";
import { examLabel, type TopicInfo } from "@/lib/exam/labels";
import { hasPassed, missedQuestionIds, passMarkFor, percent, timeUsedMs } from "@/lib/exam/score";
import { formatDuration } from "@/lib/exam/time";
import type { ExamResult } from "@/lib/exam/types";
import { useStratus } from "@/lib/store";
import { selectExamHistory, selectPassMarkOverride } from "@/lib/store/exam-slice";
import { formatDate } from "./format-date";
import { Skeleton } from "./skeleton";
import { muted, primaryButton, secondaryButton, textLink } from "./styles";
import { DomainBreakdown } from "./domain-breakdown";
import { TopicBreakdown } from "./topic-breakdown";
import { useLoaded } from "@/components/ui/use-loaded";
import { useStoreHydrated } from "./use-store-hydrated";

// The question-by-question review sits below the score and the breakdowns, and cannot show anything
// before the attempt's questions are fetched: it loads in its own chunk, requested on mount so it
// arrives alongside saved progress. Until then its heading and "Loading" line hold its place.
const loadReviewList = () => import("./review-list");
const reviewLoading = (
  <section aria-labelledby="review-title" className="space-y-4">
    <h2 id="review-title" className="text-xl font-semibold">
      Review
    </h2>
    <p role="status">Loading the questions…</p>
  </section>
);

type ResultsProps = { topics: TopicInfo[]; domains: DomainInfo[] };

export function ExamResults({ topics, domains }: ResultsProps) {
  const hydrated = useStoreHydrated();
  const reviewList = useLoaded(loadReviewList);
  const id = useSearchParams().get("id");
  const result = useStratus((s) => selectExamHistory(s).find((r) => r.id === id));
  if (!hydrated) return <Skeleton label="Loading your results" />;
  if (!result) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Results not found</h1>
        <p>This browser has no finished exam with that id. Results are kept only in the browser that took the exam.</p>
        <Link href="/exam/" className={primaryButton}>
          Go to exams
        </Link>
      </div>
    );
  }
  return <Results result={result} topics={topics} domains={domains} reviewList={reviewList} />;
}

function Results({ result, topics, domains, reviewList }: ResultsProps & { result: ExamResult; reviewList: typeof import("./review-list") | null }) {
  const override = useStratus(selectPassMarkOverride);
  const passMark = passMarkFor(result.config, override);
  const score = percent(result.correct, result.total);
  const passed = hasPassed(result.correct, result.total, passMark);
  const missed = missedQuestionIds(result).length;
  const unscoredByDesign = result.unscored?.filter((id) => id in result.outcomes).length ?? 0;
  const removed = result.questionIds.length - result.total - unscoredByDesign;
  const byDomain = domainScores(result, topics, domains);
  const passMarkSource =
    override !== null ? "your own pass mark" : result.config.profile ? `from the ${result.config.profile.name} profile` : "the default";

  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">Results</h1>
        <p className={muted}>
          {examLabel(result.config)} · {formatDate(result.startedAt)}
        </p>
      </header>

      <section aria-labelledby="score-title" className="space-y-3">
        <h2 id="score-title" className="sr-only">
          Score
        </h2>
        <div className="flex flex-wrap items-center gap-4">
          <p className="text-5xl font-bold tabular-nums" data-testid="score">
            {score}%
          </p>
          <p
            className={`rounded-full px-3 py-1 text-sm font-bold ${
              passed
                ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100"
                : "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100"
            }`}
          >
            {passed ? "Pass" : "Below the pass mark"}
          </p>
        </div>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Correct</dt>
          <dd>
            {result.correct} of {result.total} questions
          </dd>
          <dt className="font-semibold">Pass mark</dt>
          <dd>
            {passMark}% ({passMarkSource}) ·{" "}
            <Link className={textLink} href="/exam/#pass-mark">
              change the pass mark
            </Link>
          </dd>
          <dt className="font-semibold">Time used</dt>
          <dd>
            {formatDuration(timeUsedMs(result, result.finishedAt))} of {formatDuration(result.deadline - result.startedAt)}
            {result.endedBy === "expired" && " (time ran out; the exam was submitted automatically)"}
          </dd>
        </dl>
        <p className={`text-sm ${muted}`}>
          A percentage of questions answered correctly, with multiple-response questions scored all-or-nothing. It is not
          an AWS scaled score.
          {unscoredByDesign > 0 &&
            ` ${unscoredByDesign} question${unscoredByDesign === 1 ? " was" : "s were"} unscored, as on the real exam: they are marked "Unscored" in the review below.`}
          {removed > 0 && ` ${removed} question${removed === 1 ? " was" : "s were"} removed from the bank and not scored.`}
        </p>
        <div className="flex flex-wrap gap-2 pt-2">
          {missed > 0 && (
            <Link href={`/exam/?retake=${encodeURIComponent(result.id)}#retake-title`} className={primaryButton}>
              Retake the {missed} I missed
            </Link>
          )}
          <Link href="/exam/" className={secondaryButton}>
            All exams
          </Link>
        </div>
      </section>

      {byDomain.length > 0 && <DomainBreakdown rows={byDomain} passMark={passMark} />}
      <TopicBreakdown byTopic={result.byTopic} topics={topics} passMark={passMark} />
      {reviewList ? <reviewList.ReviewList result={result} topics={topics} /> : reviewLoading}
    </div>
  );
}
