"use client";
import { useState } from "react";
import { examLabel } from "@/lib/exam/labels";
import { MINUTES_PER_QUESTION } from "@/lib/exam/limits";
import { missedQuestionIds } from "@/lib/exam/score";
import type { ExamMode } from "@/lib/exam/types";
import { useStratus } from "@/lib/store";
import { selectExamHistory } from "@/lib/store/exam-slice";
import { FormError } from "./form-error";
import { MinutesField } from "./minutes-field";
import { ModeChoice } from "./mode-choice";
import { formatDate } from "./format-date";
import { Card } from "@/components/ui/card";
import { muted, primaryButton } from "./styles";
import { useStartExam } from "./use-start-exam";

/** "Retake the ones I missed": a custom exam of an attempt's incorrect and unanswered questions. */
export function RetakePanel({ attemptId }: { attemptId: string }) {
  const result = useStratus((s) => selectExamHistory(s).find((r) => r.id === attemptId));
  const [mode, setMode] = useState<ExamMode>("exam");
  const [minutes, setMinutes] = useState<string | null>(null);
  const { start, error, pending } = useStartExam();

  if (!result) {
    return (
      <Card as="section" aria-labelledby="retake-title">
        <h2 id="retake-title" className="text-lg font-semibold">
          Retake
        </h2>
        <p className="mt-2">That attempt is not in this browser&apos;s exam history, so there is nothing to retake.</p>
      </Card>
    );
  }

  const missed = missedQuestionIds(result);
  const wrong = missed.filter((id) => result.outcomes[id] === "incorrect").length;
  const minutesShown = minutes ?? String(Math.max(1, Math.ceil(missed.length * MINUTES_PER_QUESTION)));

  return (
    <Card as="section" className="space-y-4 border-sky-600! dark:border-sky-500!" aria-labelledby="retake-title">
      <h2 id="retake-title" className="text-lg font-semibold">
        Retake the ones you missed
      </h2>
      {missed.length === 0 ? (
        <p>You answered every question of that attempt correctly: there is nothing to retake.</p>
      ) : (
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            void start({ kind: "retake", retakeOf: result.id, questionIds: missed, minutes: Number(minutesShown), mode });
          }}
        >
          <p>
            {missed.length} questions from your {examLabel(result.config).toLowerCase()} of {formatDate(result.startedAt)}:{" "}
            {wrong} answered wrongly and {missed.length - wrong} left unanswered.
          </p>
          <MinutesField value={minutesShown} onChange={setMinutes} />
          <ModeChoice name="retake-mode" value={mode} onChange={setMode} />
          <button type="submit" className={primaryButton} disabled={pending}>
            Start the retake
          </button>
          <p className={`text-sm ${muted}`}>Questions are shuffled again, with options in a new order.</p>
          <FormError message={error} />
        </form>
      )}
    </Card>
  );
}
