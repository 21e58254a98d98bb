"use client";
// Time left, computed from the stored deadline on every tick: right after a reload, a sleeping
// laptop or a throttled background tab. Announced to screen readers at 10 minutes and 1 minute.
import { memo, useEffect, useState } from "react";
import { alertMessage, formatClock, formatDuration, timeAlert } from "@/lib/exam/time";
import { useTimeLeft } from "./use-now";

// memo: answering or moving on does not touch the clock, which re-renders when the second it
// shows changes, and never re-renders the page.
export const ExamTimer = memo(function ExamTimer({ deadline, onTimeUp }: { deadline: number; onTimeUp: (now: number) => void }) {
  const remaining = useTimeLeft(deadline);
  const level = timeAlert(remaining);
  // The level when the timer appeared: after a reload with 5 minutes left, "10 minutes left" is
  // not news, so only thresholds crossed while watching are announced.
  const [startLevel] = useState(level);
  const message = level > startLevel ? alertMessage(level) : "";

  useEffect(() => {
    if (remaining === 0) onTimeUp(Date.now());
  }, [remaining, onTimeUp]);

  const tone =
    level === 2
      ? "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300"
      : level === 1
        ? "border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-200"
        : "border-slate-300 dark:border-slate-600";

  return (
    <div className="flex flex-col items-end">
      <p className={`rounded-md border px-3 py-1 font-mono text-lg font-semibold tabular-nums ${tone}`}>
        <span className="sr-only">Time left: {formatDuration(remaining)}. </span>
        <span aria-hidden="true" data-testid="time-left">
          {formatClock(remaining)}
        </span>
      </p>
      <p aria-live="polite" className="text-sm font-medium text-red-800 empty:hidden dark:text-red-300">
        {message}
      </p>
    </div>
  );
});
