"use client";
// The running attempt, one piece at a time. A step through the exam changes one or two fields of
// the attempt; each component subscribes to the pieces it shows, so only what changed re-renders
// (the question panel and the navigator cells concerned), not the whole exam screen.
import { useStratus } from "@/lib/store";
import { selectActiveAttempt } from "@/lib/store/exam-slice";
import type { ExamAttempt } from "@/lib/exam/types";

/**
 * `pick` must return a primitive or a reference held in the attempt (zustand re-renders when the
 * result is not `Object.is` the last one). `fallback` stands in once no attempt is running, for
 * the moment between an exam ending and the screen that shows it going away.
 */
export function useAttempt<T>(pick: (attempt: ExamAttempt) => T, fallback: T): T {
  return useStratus((state) => {
    const attempt = selectActiveAttempt(state);
    return attempt ? pick(attempt) : fallback;
  });
}

/** The attempt as it is now, for event handlers (reading it there subscribes to nothing). */
export function currentAttempt(): ExamAttempt | null {
  return selectActiveAttempt(useStratus.getState());
}
