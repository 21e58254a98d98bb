"use client";
// The /exam/results/?id= page: score, pass or fail, time used, per-topic breakdown, and a review of
// every question.
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { examLabel, type TopicInfo } from "@/lib/exam/labels";
import { hasPassed, missedQuestionIds, percent, timeUsedMs } from "@/lib/exam/score";
import { formatDuration } from "@/lib/exam/time";
import type { ExamResult } from "@/lib/exam/types";
import { useStratus } from "@/lib/store";
import { selectExamHistory, selectPassMark } from "@/lib/store/exam-slice";
import { formatDate } from "./format-date";
import { ReviewList } from "./review-list";
import { Skeleton } from "./skeleton";
import { muted, primaryButton, secondaryButton, textLink } from "./styles";
import { TopicBreakdown } from "./topic-breakdown";
import { useStoreHydrated } from "./use-store-hydrated";

export function ExamResults({ topics }: { topics: TopicInfo[] }) {
  const hydrated = useStoreHydrated();
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
  return <Results result={result} topics={topics} />;
}

function Results({ result, topics }: { result: ExamResult; topics: TopicInfo[] }) {
  const passMark = useStratus(selectPassMark);
  const score = percent(result.correct, result.total);
  const passed = hasPassed(result.correct, result.total, passMark);
  const missed = missedQuestionIds(result).length;
  const unscored = result.questionIds.length - result.total;

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
            {passMark}% ·{" "}
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
          {unscored > 0 && ` ${unscored} question${unscored === 1 ? " was" : "s were"} removed from the bank and not scored.`}
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

      <TopicBreakdown byTopic={result.byTopic} topics={topics} passMark={passMark} />
      <ReviewList result={result} topics={topics} />
    </div>
  );
}
