"use client";
// One question on screen: the stem, "Choose N", the options in this attempt's order, and in
// practice mode the check and its feedback.
import { memo, useEffect, useRef } from "react";
import type { Question } from "@/lib/content/types";
import { outcomeOf } from "@/lib/exam/score";
import { displayOptions, reviewOptions } from "@/lib/exam/present";
import { Explanation } from "./explanation";
import { OptionReview } from "./option-review";
import { muted, primaryButton, proseHtml } from "./styles";
import { useAttempt } from "./use-attempt";

interface Props {
  /** 1-based position in the attempt, and how many questions it has. */
  number: number;
  total: number;
  /** The attempt's seed: it orders the options. */
  seed: number;
  practice: boolean;
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

const NO_CHOICE: string[] = [];

/**
 * Stays mounted from question to question (its content is swapped), and reads only this
 * question's answer, flag and check from the store: answering re-renders this panel alone.
 */
export const QuestionPanel = memo(function QuestionPanel({ number, total, seed, practice, questionId, question, loading = false, topicTitle, notice, onPick, onCheck }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const chosen = useAttempt((a) => a.answers[questionId], undefined) ?? NO_CHOICE;
  const flagged = useAttempt((a) => a.flagged.includes(questionId), false);
  const checked = useAttempt((a) => a.checked.includes(questionId), false);

  // When a keyboard shortcut swaps the question under the focused option, focus would fall to the
  // page (the options are keyed by question); put it on the new question instead, so screen
  // readers announce it.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  }, [questionId]);

  return (
    // The minimum height holds most questions (at the bench's 1280 px: p90 516 px, max 628 px), so
    // on a wide screen the buttons below stay put from question to question: "Next" stays under
    // the pointer, and the browser has no hover change to handle (pointer events, transitions, a
    // restyle) in the frame that shows the next question.
    <section aria-labelledby={QUESTION_HEADING_ID} className="space-y-4 lg:min-h-[33rem]">
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
            // Keyed (each child of this fragment by its own key): a new question's count is read with
            // the question, not announced as a change.
            <p key={`choose-${question.id}`} className="font-semibold">
              Choose {question.choose}.{" "}
              <span aria-live="polite" className={`font-normal ${muted}`}>
                {chosen.length} of {question.choose} selected.
              </span>
            </p>
          )}
          {checked ? (
            <PracticeFeedback key={`feedback-${question.id}`} question={question} seed={seed} chosen={chosen} />
          ) : (
            <Options key={`options-${question.id}`} question={question} seed={seed} number={number} chosen={chosen} onPick={onPick} />
          )}
          <p aria-live="polite" className="text-sm font-medium text-amber-900 empty:hidden dark:text-amber-200">
            {notice}
          </p>
          {practice && !checked && (
            <button type="button" className={primaryButton} disabled={chosen.length !== question.choose} onClick={onCheck}>
              Check answer
            </button>
          )}
        </>
      )}
    </section>
  );
});

interface OptionsProps {
  question: Question;
  seed: number;
  number: number;
  chosen: string[];
  onPick: (id: string) => void;
}

const Options = memo(function Options({ question, seed, number, chosen, onPick }: OptionsProps) {
  const multiple = question.choose > 1;
  return (
    <fieldset>
      <legend className="sr-only">
        Options for question {number}
        {multiple ? `, choose ${question.choose}` : ""}
      </legend>
      <ul className="space-y-2">
        {displayOptions(question, seed).map(({ option, letter }) => {
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
});

function PracticeFeedback({ question, seed, chosen }: { question: Question; seed: number; chosen: string[] }) {
  const outcome = outcomeOf(question, chosen);
  return (
    <div className="space-y-3">
      <p role="status" className={`text-lg font-bold ${outcome === "correct" ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}`}>
        {outcome === "correct" ? "✓ Correct" : "✗ Not quite"}
      </p>
      <OptionReview options={reviewOptions(question, seed, chosen)} />
      <Explanation question={question} />
    </div>
  );
}
