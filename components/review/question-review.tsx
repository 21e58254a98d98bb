"use client";
// One question in review: pick, check, see why, then rate. A wrong answer is recorded (Again) the
// moment it is checked, so closing the tab right after still counts the miss.
import { useId, useMemo, useRef, useState } from "react";
import type { Question } from "@/lib/content/types";
import type { Grade } from "@/lib/srs/card";
import { describeInterval } from "@/lib/srs/format";
import { shuffledOrder } from "@/lib/srs/shuffle";
import { NO_EXPLANATION } from "@/components/exam/explanation";
import { muted, primaryButton, proseHtml } from "@/components/study/styles";
import { OptionList } from "./option-list";
import { RatingButtons } from "./rating-buttons";
import { useReviewKeys } from "./use-review-keys";

interface QuestionReviewProps {
  question: Question;
  /** Seeds the option order: stable while the card is shown, different next time. */
  seed: string;
  intervals: Record<Grade, number> | null;
  /** Shown with the verdict, never before: the section title can name the answer. */
  sourceLink: React.ReactNode;
  /** The candidate started answering: keep this card on screen. */
  onStart: () => void;
  onWrong: (chosen: string[]) => void;
  onRate: (grade: Grade, chosen: string[]) => void;
  onNext: () => void;
}

const LETTERS = "abcdef";

export function QuestionReview({ question, seed, intervals, sourceLink, onStart, onWrong, onRate, onNext }: QuestionReviewProps) {
  const order = useMemo(() => shuffledOrder(question.options.length, seed), [question.options.length, seed]);
  const options = order.map((i) => question.options[i]!);
  const [selected, setSelected] = useState<string[]>([]);
  const [correct, setCorrect] = useState<boolean | null>(null);
  /** Read before the miss is recorded: afterwards the card's schedule has already moved. */
  const [againIn, setAgainIn] = useState<number | null>(null);
  const feedback = useRef<HTMLHeadingElement>(null);
  const stemId = useId();
  const checked = correct !== null;
  const complete = selected.length === question.choose;

  function toggle(optionId: string) {
    if (checked) return;
    onStart();
    setSelected((prev) =>
      question.kind === "single"
        ? [optionId]
        : prev.includes(optionId)
          ? prev.filter((id) => id !== optionId)
          : [...prev, optionId],
    );
  }

  function check() {
    if (checked || !complete) return;
    const right = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
    const isCorrect = selected.length === right.size && selected.every((id) => right.has(id));
    setCorrect(isCorrect);
    if (!isCorrect) {
      setAgainIn(intervals?.[1] ?? null);
      onWrong(selected);
    }
    // Move focus to the verdict so it is read out and Space/Enter act on what comes next.
    requestAnimationFrame(() => feedback.current?.focus());
  }

  useReviewKeys((key) => {
    if (!checked) {
      const index = /^[1-6]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key);
      if (index >= 0 && key.length === 1 && options[index]) {
        toggle(options[index].id);
        return true;
      }
      if (key === "Enter" && complete) {
        check();
        return true;
      }
      return false;
    }
    if (!correct) {
      if (key === "Enter" || key === "1") {
        onNext();
        return true;
      }
      return false;
    }
    if (key === "Enter") {
      onRate(3, selected);
      return true;
    }
    if (key === "2" || key === "3" || key === "4") {
      onRate(Number(key) as Grade, selected);
      return true;
    }
    return false;
  });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        check();
      }}
      className="space-y-4"
    >
      <div id={stemId} className={proseHtml} dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
      {question.kind === "multiple" ? (
        <p className="font-medium">
          Choose {question.choose}. <span className={muted}>({selected.length} picked)</span>
        </p>
      ) : null}
      <OptionList
        kind={question.kind}
        options={options}
        selected={selected}
        checked={checked}
        describedBy={stemId}
        name={`q-${question.id}`}
        onToggle={toggle}
      />
      {!checked ? (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={primaryButton} disabled={!complete} aria-keyshortcuts="Enter">
            Check answer
          </button>
          <span className={`text-sm ${muted}`}>
            Keys: 1–{options.length} pick, Enter checks
          </span>
        </div>
      ) : (
        <section aria-labelledby={`${stemId}-verdict`} className="space-y-4">
          <h2
            id={`${stemId}-verdict`}
            ref={feedback}
            tabIndex={-1}
            className={`text-xl font-bold outline-none focus-visible:outline-2 focus-visible:outline-sky-600 ${correct ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}`}
          >
            {correct ? "Correct" : "Not quite"}
          </h2>
          {question.explanationHtml ? (
            <div className={proseHtml} dangerouslySetInnerHTML={{ __html: question.explanationHtml }} />
          ) : (
            <p>{NO_EXPLANATION}</p>
          )}
          {sourceLink}
          {correct ? (
            intervals ? (
              <div className="space-y-2">
                <p className={`text-sm ${muted}`}>How easily did you know it? Keys 2–4, Enter for Good.</p>
                <RatingButtons grades={[2, 3, 4]} intervals={intervals} onRate={(grade) => onRate(grade, selected)} />
              </div>
            ) : null
          ) : (
            <div className="flex flex-wrap items-center gap-3">
              <button type="button" className={primaryButton} onClick={onNext}>
                Next
              </button>
              <span className={`text-sm ${muted}`}>
                {againIn !== null ? `It comes back ${describeInterval(againIn)}. ` : ""}Enter to continue.
              </span>
            </div>
          )}
        </section>
      )}
    </form>
  );
}
