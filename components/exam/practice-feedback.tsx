"use client";
// Practice mode's verdict after "Check answer": right or not, every option explained.
import type { Question } from "@/lib/content/types";
import { reviewOptions } from "@/lib/exam/present";
import { outcomeOf } from "@/lib/exam/score";
import type { ExamAttempt } from "@/lib/exam/types";
import { Explanation } from "./explanation";
import { OptionReview } from "./option-review";

export default function PracticeFeedback({ question, attempt, chosen }: { question: Question; attempt: ExamAttempt; chosen: string[] }) {
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
