"use client";
// The answer buttons, each with the interval it would schedule, as Anki shows them.
import type { Grade } from "@/lib/srs/card";
import { describeInterval, formatInterval } from "@/lib/srs/format";
import { focusRing } from "@/components/study/styles";

export const GRADE_LABELS: Record<Grade, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

const tone: Record<Grade, string> = {
  1: "border-red-300 text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950",
  2: "border-amber-300 text-amber-900 hover:bg-amber-50 dark:border-amber-800 dark:text-amber-200 dark:hover:bg-amber-950",
  3: "border-emerald-300 text-emerald-900 hover:bg-emerald-50 dark:border-emerald-800 dark:text-emerald-200 dark:hover:bg-emerald-950",
  4: "border-sky-300 text-sky-900 hover:bg-sky-50 dark:border-sky-800 dark:text-sky-200 dark:hover:bg-sky-950",
};

interface RatingButtonsProps {
  grades: readonly Grade[];
  /** Milliseconds from now until the card is due again, per grade. */
  intervals: Record<Grade, number>;
  onRate: (grade: Grade) => void;
}

export function RatingButtons({ grades, intervals, onRate }: RatingButtonsProps) {
  return (
    <div role="group" aria-label="How well did you know it?" className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
      {grades.map((grade) => (
        <button
          key={grade}
          type="button"
          onClick={() => onRate(grade)}
          aria-keyshortcuts={String(grade)}
          aria-label={`${GRADE_LABELS[grade]}: next review ${describeInterval(intervals[grade])}`}
          className={`flex min-h-14 min-w-24 flex-col items-center justify-center rounded-md border bg-white px-4 py-1 dark:bg-slate-900 ${tone[grade]} ${focusRing}`}
        >
          <span className="font-semibold">{GRADE_LABELS[grade]}</span>
          <span className="text-sm tabular-nums">
            {formatInterval(intervals[grade])} <kbd className="ml-1 font-sans text-xs">{grade}</kbd>
          </span>
        </button>
      ))}
    </div>
  );
}
