"use client";
// Every question of a finished attempt, filterable: the candidate's answer, the right one, why, and
// where to study it.
import { useState } from "react";
import { topicTitle, type TopicInfo } from "@/lib/exam/labels";
import { filterCounts, matchesFilter, REVIEW_FILTERS, reviewItems, type ReviewFilter, type ReviewItem } from "@/lib/exam/present";
import type { ExamResult } from "@/lib/exam/types";
import { Explanation } from "./explanation";
import { OptionReview } from "./option-review";
import { muted, proseHtml, secondaryButton } from "./styles";
import { useAttemptQuestions } from "./use-attempt-questions";

const FILTER_LABEL: Record<ReviewFilter, string> = {
  all: "All",
  correct: "Correct",
  incorrect: "Incorrect",
  unanswered: "Unanswered",
  flagged: "Flagged",
};

const OUTCOME: Record<ReviewItem["outcome"], { text: string; className: string }> = {
  correct: { text: "✓ Correct", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100" },
  incorrect: { text: "✗ Incorrect", className: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100" },
  unanswered: { text: "– Unanswered", className: "bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100" },
};

export function ReviewList({ result, topics }: { result: ExamResult; topics: readonly TopicInfo[] }) {
  const [filter, setFilter] = useState<ReviewFilter>("all");
  const { questions, error, retry } = useAttemptQuestions(result.questionIds);
  const items = questions ? reviewItems(result, questions) : [];
  const counts = filterCounts(items);
  const shown = items.filter((i) => matchesFilter(i, filter));

  return (
    <section aria-labelledby="review-title" className="space-y-4">
      <h2 id="review-title" className="text-xl font-semibold">
        Review
      </h2>
      {error ? (
        <div role="alert" className="space-y-2">
          <p>The questions could not be loaded for review. ({error})</p>
          <button type="button" className={secondaryButton} onClick={retry}>
            Try again
          </button>
        </div>
      ) : !questions ? (
        <p role="status">Loading the questions…</p>
      ) : (
        <>
          <div role="group" aria-label="Show questions" className="flex flex-wrap gap-2">
            {REVIEW_FILTERS.map((f) => (
              <button
                key={f}
                type="button"
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
                className={`rounded-full border px-3 py-1 text-sm font-medium ${
                  filter === f
                    ? "border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950"
                    : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
                }`}
              >
                {FILTER_LABEL[f]} ({counts[f]})
              </button>
            ))}
          </div>
          <p role="status" className={`text-sm ${muted}`}>
            Showing {shown.length} of {items.length} questions.
          </p>
          <ol className="space-y-8">
            {shown.map((item) => (
              <ReviewQuestion
                key={item.question.id}
                item={item}
                topic={topicTitle(topics, item.question.topic)}
                unscored={result.unscored?.includes(item.question.id) ?? false}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function ReviewQuestion({ item, topic, unscored }: { item: ReviewItem; topic: string; unscored: boolean }) {
  const { question, outcome, flagged } = item;
  const o = OUTCOME[outcome];
  return (
    <li>
      <article aria-labelledby={`review-${question.id}`} className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-700">
        <header className="flex flex-wrap items-center gap-2">
          <h3 id={`review-${question.id}`} className="font-semibold">
            Question {item.number}
          </h3>
          <span className={`rounded-full px-2 py-0.5 text-xs font-bold ${o.className}`}>{o.text}</span>
          {flagged && (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
              ⚑ Flagged
            </span>
          )}
          {unscored && (
            <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-bold text-slate-900 dark:bg-slate-700 dark:text-slate-100">
              Unscored
            </span>
          )}
          <span className={`text-sm ${muted}`}>{topic}</span>
        </header>
        <div className={proseHtml} dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
        {question.choose > 1 && <p className="text-sm font-semibold">Choose {question.choose}: scored all-or-nothing.</p>}
        {outcome === "unanswered" && <p className="text-sm font-semibold">You did not answer this question.</p>}
        <OptionReview options={item.options} />
        <Explanation question={question} />
      </article>
    </li>
  );
}
