"use client";
// Desired retention and new cards per day. Edited as a draft and saved together, so typing "85"
// never passes through an out-of-range "8".
import { useState } from "react";
import { MAX_NEW_PER_DAY } from "@/lib/store/study-slice";
import { useStratus } from "@/lib/store";
import { focusRing, muted, primaryButton } from "@/components/study/styles";

const input = `mt-1 block w-28 rounded-md border border-slate-400 bg-white px-3 py-2 tabular-nums dark:border-slate-500 dark:bg-slate-900 ${focusRing}`;

export function StudySettingsForm() {
  const settings = useStratus((s) => s.settings);
  const [draft, setDraft] = useState<{ retention: string; newPerDay: string } | null>(null);
  const [message, setMessage] = useState("");
  const values = draft ?? { retention: String(Math.round(settings.retention * 100)), newPerDay: String(settings.newPerDay) };
  const retention = Number(values.retention);
  const newPerDay = Number(values.newPerDay);
  const retentionOk = Number.isInteger(retention) && retention >= 70 && retention <= 99;
  const newOk = Number.isInteger(newPerDay) && newPerDay >= 0 && newPerDay <= MAX_NEW_PER_DAY;

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!retentionOk || !newOk) return;
        useStratus.getState().updateSettings({ retention: retention / 100, newPerDay }, Date.now());
        setDraft(null);
        setMessage("Settings saved.");
      }}
    >
      <div>
        <label htmlFor="retention" className="font-medium">
          Desired retention (%)
        </label>
        <p id="retention-help" className={`text-sm ${muted}`}>
          How likely you want to be to recall a card when it comes due. Higher means more reviews; 90% suits most
          candidates. 70–99.
        </p>
        <input
          id="retention"
          type="number"
          inputMode="numeric"
          min={70}
          max={99}
          step={1}
          required
          aria-describedby="retention-help"
          aria-invalid={!retentionOk}
          value={values.retention}
          onChange={(e) => {
            setMessage("");
            setDraft({ ...values, retention: e.target.value });
          }}
          className={input}
        />
      </div>
      <div>
        <label htmlFor="new-per-day" className="font-medium">
          New cards per day
        </label>
        <p id="new-help" className={`text-sm ${muted}`}>
          How many never-seen questions and flashcards review introduces each day. 0–{MAX_NEW_PER_DAY}.
        </p>
        <input
          id="new-per-day"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_NEW_PER_DAY}
          step={1}
          required
          aria-describedby="new-help"
          aria-invalid={!newOk}
          value={values.newPerDay}
          onChange={(e) => {
            setMessage("");
            setDraft({ ...values, newPerDay: e.target.value });
          }}
          className={input}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButton} disabled={!retentionOk || !newOk || draft === null}>
          Save settings
        </button>
        <p role="status" className="text-sm">
          {message}
        </p>
      </div>
    </form>
  );
}
