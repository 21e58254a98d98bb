"use client";
// Pick the exam profile and date. Saved with the rest of the progress (exported, imported, shared
// across tabs). A draft until saved, so a half-typed date never reaches the panel.
import { useId, useState } from "react";
import { localIsoDay } from "@/lib/readiness/exam-plan";
import type { ReadinessProfile } from "@/lib/readiness/inputs";
import { useStratus } from "@/lib/store";
import { selectExamPlan } from "@/lib/store/plan-slice";
import { focusRing, muted, primaryButton, secondaryButton } from "@/components/study/styles";

const field = `mt-1 block w-full max-w-full rounded-md sm:w-auto border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900 ${focusRing}`;

export function ExamPlanForm({ profiles, now }: { profiles: readonly ReadinessProfile[]; now: number }) {
  const plan = useStratus(selectExamPlan);
  const id = useId();
  const today = localIsoDay(now, new Date(now).getTimezoneOffset());
  const [draft, setDraft] = useState<{ date: string; profile: string } | null>(null);
  const [message, setMessage] = useState("");
  const values = draft ?? { date: plan?.date ?? "", profile: plan?.profile ?? profiles[0]?.id ?? "" };
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(values.date) && values.date >= today;

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!dateOk) return;
        useStratus.getState().setExamPlan({ date: values.date, profile: values.profile }, Date.now());
        setDraft(null);
        setMessage("Exam date saved.");
      }}
    >
      <div className="flex flex-wrap gap-4">
        <div className="min-w-0 max-w-full">
          <label htmlFor={`${id}-date`} className="font-medium">
            Exam date
          </label>
          <input
            id={`${id}-date`}
            type="date"
            min={today}
            required
            aria-invalid={values.date !== "" && !dateOk}
            aria-describedby={`${id}-help`}
            value={values.date}
            onChange={(e) => {
              setMessage("");
              setDraft({ ...values, date: e.target.value });
            }}
            className={field}
          />
        </div>
        <div className="min-w-0 max-w-full">
          <label htmlFor={`${id}-profile`} className="font-medium">
            Exam
          </label>
          <select
            id={`${id}-profile`}
            value={values.profile}
            onChange={(e) => {
              setMessage("");
              setDraft({ ...values, profile: e.target.value });
            }}
            className={field}
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.questions} questions, pass {p.passMark}%)
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={`${id}-help`} className={`text-sm ${muted}`}>
        Today or later. Stratus predicts your score on that exam and plans your days up to it.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButton} disabled={!dateOk || draft === null}>
          Save exam date
        </button>
        {plan ? (
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              useStratus.getState().setExamPlan(null, Date.now());
              setDraft(null);
              setMessage("Exam date removed.");
            }}
          >
            Remove exam date
          </button>
        ) : null}
        <p role="status" className="text-sm">
          {message}
        </p>
      </div>
    </form>
  );
}
