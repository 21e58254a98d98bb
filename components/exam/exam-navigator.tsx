"use client";
// Every question at a glance: answered, partly answered, unanswered, flagged, current. Jump to any.
import { memo } from "react";
import type { Question } from "@/lib/content/types";
import { questionState, type QuestionState } from "@/lib/exam/engine";
import { outcomeOf } from "@/lib/exam/score";
import type { ExamAttempt } from "@/lib/exam/types";
import { muted } from "./styles";

const STATE_CLASS: Record<QuestionState, string> = {
  answered: "border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950",
  partial: "border-sky-700 bg-sky-100 text-slate-900 dark:border-sky-400 dark:bg-sky-950 dark:text-slate-100",
  unanswered: "border-slate-400 bg-white text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100",
};

const STATE_WORDS: Record<QuestionState, string> = {
  answered: "answered",
  partial: "partly answered",
  unanswered: "unanswered",
};

interface Props {
  attempt: ExamAttempt;
  questions: ReadonlyMap<string, Question>;
  onJump: (index: number) => void;
}

/**
 * Moving to the next question changes two cells (the old and the new current one) and answering
 * changes one; memo keeps the other 60-odd from re-rendering, so the step paints sooner.
 */
export function ExamNavigator({ attempt, questions, onJump }: Props) {
  const flagged = new Set(attempt.flagged);
  const checked = new Set(attempt.checked);
  return (
    <nav aria-labelledby="navigator-title" className="space-y-3">
      <h2 id="navigator-title" className="font-semibold">
        Questions
      </h2>
      <ol className="flex flex-wrap gap-1.5">
        {attempt.questionIds.map((id, index) => {
          const question = questions.get(id);
          // Practice mode: a checked answer shows whether it was right.
          const result = question && checked.has(id) ? outcomeOf(question, attempt.answers[id]) : null;
          return (
            <NavigatorCell
              key={id}
              index={index}
              state={questionState(attempt, id, question?.choose ?? 1)}
              flagged={flagged.has(id)}
              result={result === null ? null : result === "correct" ? "correct" : "wrong"}
              current={index === attempt.current}
              onJump={onJump}
            />
          );
        })}
      </ol>
      <Legend />
    </nav>
  );
}

interface CellProps {
  index: number;
  state: QuestionState;
  flagged: boolean;
  result: "correct" | "wrong" | null;
  current: boolean;
  onJump: (index: number) => void;
}

const NavigatorCell = memo(function NavigatorCell({ index, state, flagged, result, current, onJump }: CellProps) {
  const words = [STATE_WORDS[state], flagged && "flagged", result, current && "current"].filter(Boolean).join(", ");
  return (
    <li>
      <button
        type="button"
        onClick={() => onJump(index)}
        aria-label={`Question ${index + 1}: ${words}`}
        aria-current={current ? "step" : undefined}
        className={`relative size-10 rounded-md border-2 text-sm font-semibold tabular-nums ${STATE_CLASS[state]} ${
          current ? "ring-2 ring-amber-500 ring-offset-2 ring-offset-white dark:ring-offset-slate-950" : ""
        }`}
      >
        {index + 1}
        {flagged && (
          <span aria-hidden="true" className="absolute -top-2 -right-2 rounded-full bg-amber-400 px-1 text-xs leading-4 text-slate-950">
            ⚑
          </span>
        )}
        {result && (
          <span aria-hidden="true" className="absolute -bottom-2 -right-2 rounded-full bg-white px-1 text-xs leading-4 text-slate-950 ring-1 ring-slate-400">
            {result === "correct" ? "✓" : "✗"}
          </span>
        )}
      </button>
    </li>
  );
});

/** Never changes, so it never re-renders. */
const Legend = memo(function Legend() {
  return (
    <ul className={`flex flex-wrap gap-x-4 gap-y-1 text-xs ${muted}`} aria-label="Legend">
      <li><span aria-hidden="true" className="mr-1 inline-block size-3 rounded-sm border-2 border-sky-700 bg-sky-700 align-middle dark:border-sky-400 dark:bg-sky-400" />Answered</li>
      <li><span aria-hidden="true" className="mr-1 inline-block size-3 rounded-sm border-2 border-sky-700 bg-sky-100 align-middle dark:border-sky-400 dark:bg-sky-950" />Partly answered</li>
      <li><span aria-hidden="true" className="mr-1 inline-block size-3 rounded-sm border-2 border-slate-400 align-middle" />Unanswered</li>
      <li><span aria-hidden="true" className="mr-1">⚑</span>Flagged</li>
      <li><span aria-hidden="true" className="mr-1 inline-block size-3 rounded-sm ring-2 ring-amber-500 align-middle" />Current</li>
    </ul>
  );
});
