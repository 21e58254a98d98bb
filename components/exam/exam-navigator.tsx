"use client";
// Every question at a glance: answered, partly answered, unanswered, flagged, current. Jump to any.
import { memo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Question } from "@/lib/content/types";
import { questionState, type QuestionState } from "@/lib/exam/engine";
import { outcomeOf } from "@/lib/exam/score";
import type { ExamAttempt } from "@/lib/exam/types";
import { useStratus } from "@/lib/store";
import { selectActiveAttempt } from "@/lib/store/exam-slice";
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
  questionIds: readonly string[];
  questions: ReadonlyMap<string, Question>;
  onJump: (index: number) => void;
}

/**
 * Moving to the next question changes two cells (the old and the new current one) and answering
 * changes one. The grid itself never re-renders during the exam (its props stay the same), and
 * each cell subscribes to its own question's state, so only the cells that changed re-render.
 */
export const ExamNavigator = memo(function ExamNavigator({ questionIds, questions, onJump }: Props) {
  return (
    <nav aria-labelledby="navigator-title" className="space-y-3 self-start [contain:layout]">
      <h2 id="navigator-title" className="font-semibold">
        Questions
      </h2>
      <ol className="flex flex-wrap gap-1.5">
        {questionIds.map((id, index) => (
          <NavigatorCell key={id} id={id} index={index} question={questions.get(id)} onJump={onJump} />
        ))}
      </ol>
      <Legend />
    </nav>
  );
});

const NOT_RUNNING: CellView = { state: "unanswered", flagged: false, result: null, current: false };

interface CellView {
  state: QuestionState;
  flagged: boolean;
  result: "correct" | "wrong" | null;
  current: boolean;
}

function cellView(attempt: ExamAttempt | null, id: string, index: number, question: Question | undefined): CellView {
  if (!attempt) return NOT_RUNNING;
  // Practice mode: a checked answer shows whether it was right.
  const outcome = question && attempt.checked.includes(id) ? outcomeOf(question, attempt.answers[id]) : null;
  return {
    state: questionState(attempt, id, question?.choose ?? 1),
    flagged: attempt.flagged.includes(id),
    result: outcome === null ? null : outcome === "correct" ? "correct" : "wrong",
    current: index === attempt.current,
  };
}

interface CellProps {
  id: string;
  index: number;
  question: Question | undefined;
  onJump: (index: number) => void;
}

const NavigatorCell = memo(function NavigatorCell({ id, index, question, onJump }: CellProps) {
  const { state, flagged, result, current } = useStratus(useShallow((s) => cellView(selectActiveAttempt(s), id, index, question)));
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
