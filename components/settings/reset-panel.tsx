"use client";
// Reset, behind a confirmation that says exactly what goes.
import { useState } from "react";
import { useStratus } from "@/lib/store";
import { dangerButton, secondaryButton } from "@/components/study/styles";

export function ResetPanel() {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const cards = useStratus((s) => Object.keys(s.cards).length);

  if (!confirming) {
    return (
      <div className="space-y-2">
        <button
          type="button"
          className={secondaryButton}
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          Reset progress…
        </button>
        <p role="status" className="text-sm font-medium">
          {done ? "Progress reset. Your settings were kept." : ""}
        </p>
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby="reset-confirm" className="space-y-3 rounded-md border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950">
      <p id="reset-confirm" className="font-semibold">
        Delete all progress in this browser? This forgets {cards} card{cards === 1 ? "" : "s"}, every answer and every
        exam. Settings are kept. It cannot be undone: export first if you may want it back.
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={dangerButton}
          onClick={() => {
            useStratus.getState().resetProgress(Date.now());
            setConfirming(false);
            setDone(true);
          }}
        >
          Yes, delete my progress
        </button>
        <button type="button" className={secondaryButton} onClick={() => setConfirming(false)} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}
