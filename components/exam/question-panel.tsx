"use client";
// One question on screen: the stem, "Choose N", the options in this attempt's order, and in
// practice mode the check and its feedback.
import { useEffect, useRef } from "react";
import type { Question } from "@/lib/content/types";
import { outcomeOf } from "@/lib/exam/score";
import { displayOptions, reviewOptions } from "@/lib/exam/present";
import type { ExamAttempt } from "@/lib/exam/types";
import { Explanation } from "./explanation";
import { OptionReview } from "./option-review";
import { muted, primaryButton, proseHtml } from "./styles";

interface Props {
  attempt: ExamAttempt;
  questionId: string;
  question: Question | undefined;
  /** The bank files are still on their way: hold the question's place. */
  loading?: boolean;
  topicTitle: string;
  notice: string | null;
  onPick: (optionId: string) => void;
  onCheck: () => void;
}

export const QUESTION_HEADING_ID = "question-heading";

export function QuestionPanel({ attempt, questionId, question, loading = false, topicTitle, notice, onPick, onCheck }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const number = attempt.current + 1;
  const total = attempt.questionIds.length;
  const chosen = attempt.answers[questionId] ?? [];
  const flagged = attempt.flagged.includes(questionId);
  const checked = attempt.checked.includes(questionId);

  // When a keyboard shortcut swaps the question under the focused option, focus would fall to the
  // page; put it on the new question instead, so screen readers announce it.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  }, [questionId]);

  return (
    <section aria-labelledby={QUESTION_HEADING_ID} className="space-y-4">
      <div>
        <h2 id={QUESTION_HEADING_ID} ref={heading} tabIndex={-1} className="scroll-mt-36 text-xl font-semibold">
          Question {number} of {total}
          {flagged && <span className="ml-2 text-base font-medium text-amber-800 dark:text-amber-300">⚑ Flagged</span>}
        </h2>
        <p className={`text-sm ${muted}`}>{topicTitle}</p>
      </div>
      {loading ? (
        <div role="status" className="space-y-3">
          <span className="sr-only">Loading the question…</span>
          <div aria-hidden="true" className="h-20 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          <div aria-hidden="true" className="h-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        </div>
      ) : !question ? (
        <p role="note">This question has been removed from the bank since the exam started. It will not be scored.</p>
      ) : (
        <>
          <div className={proseHtml} dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
          {question.choose > 1 && (
            <p className="font-semibold">
              Choose {question.choose}.{" "}
              <span aria-live="polite" className={`font-normal ${muted}`}>
                {chosen.length} of {question.choose} selected.
              </span>
            </p>
          )}
          {checked ? (
            <PracticeFeedback question={question} attempt={attempt} chosen={chosen} />
          ) : (
            <Options question={question} attempt={attempt} chosen={chosen} onPick={onPick} />
          )}
          <p aria-live="polite" className="text-sm font-medium text-amber-900 empty:hidden dark:text-amber-200">
            {notice}
          </p>
          {attempt.config.mode === "practice" && !checked && (
            <button type="button" className={primaryButton} disabled={chosen.length !== question.choose} onClick={onCheck}>
              Check answer
            </button>
          )}
        </>
      )}
    </section>
  );
}

function Options({ question, attempt, chosen, onPick }: { question: Question; attempt: ExamAttempt; chosen: string[]; onPick: (id: string) => void }) {
  const multiple = question.choose > 1;
  return (
    <fieldset>
      <legend className="sr-only">
        Options for question {attempt.current + 1}
        {multiple ? `, choose ${question.choose}` : ""}
      </legend>
      <ul className="space-y-2">
        {displayOptions(question, attempt.seed).map(({ option, letter }) => {
          const isChosen = chosen.includes(option.id);
          return (
            <li key={option.id}>
              <label
                className={`flex cursor-pointer gap-3 rounded-md border-2 p-3 hover:bg-slate-50 dark:hover:bg-slate-900 ${
                  isChosen ? "border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/50" : "border-slate-200 dark:border-slate-700"
                }`}
              >
                <input
                  type={multiple ? "checkbox" : "radio"}
                  name={`options-${question.id}`}
                  value={option.id}
                  checked={isChosen}
                  onChange={() => onPick(option.id)}
                  // scroll-mt: keyboard focus never lands under the sticky site header and timer bar.
                  className="mt-1 size-4 shrink-0 scroll-mt-36 accent-sky-700"
                />
                <span aria-hidden="true" className="w-5 shrink-0 font-bold">
                  {letter}
                </span>
                <span className="sr-only">{letter}. </span>
                <span className={`${proseHtml} min-w-0 flex-1`} dangerouslySetInnerHTML={{ __html: option.html }} />
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function PracticeFeedback({ question, attempt, chosen }: { question: Question; attempt: ExamAttempt; chosen: string[] }) {
  const outcome = outcomeOf(question, chosen);
  return (
    <div className="space-y-3">
      <p role="status" className={`text-lg font-bold ${outcome === "correct" ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}`}>
        {outcome === "correct" ? "✓ Correct" : "✗ Not quite"}
      </p>
      <OptionReview options={reviewOptions(question, attempt.seed, chosen)} />
      <Explanation question={question} />
    </div>
  );
}
