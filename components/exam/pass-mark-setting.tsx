"use client";
import { useState } from "react";
import type { ExamProfile } from "@/lib/content/types";
import { DEFAULT_PASS_MARK, isValidPassMark } from "@/lib/exam/score";
import { useStratus } from "@/lib/store";
import { selectPassMarkOverride } from "@/lib/store/exam-slice";
import { FormError } from "./form-error";
import { muted } from "./styles";

/** Each profile brings its pass mark; the candidate may set one of their own for every exam instead. */
export function PassMarkSetting({ profiles }: { profiles: readonly Pick<ExamProfile, "name" | "passMark">[] }) {
  const override = useStratus(selectPassMarkOverride);
  const setPassMark = useStratus((s) => s.setPassMark);
  const [text, setText] = useState(String(override ?? profiles[0]?.passMark ?? DEFAULT_PASS_MARK));
  const own = override !== null;
  const valid = isValidPassMark(Number(text));

  return (
    <section aria-labelledby="pass-mark" className="space-y-2">
      <h2 id="pass-mark" className="text-xl font-semibold">
        Pass mark
      </h2>
      <p>
        Each exam is judged by its profile&apos;s pass mark:{" "}
        {profiles.map((p) => `${p.name} ${p.passMark}%`).join(", ")}.
      </p>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          className="size-4"
          checked={own}
          onChange={(e) => setPassMark(e.target.checked && valid ? Number(text) : null)}
        />
        <span>Use my own pass mark for every exam</span>
      </label>
      <label className="flex items-center gap-2">
        <span>Pass at</span>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          value={text}
          disabled={!own}
          aria-invalid={own && !valid}
          aria-describedby="pass-mark-help"
          onChange={(e) => {
            setText(e.target.value);
            if (isValidPassMark(Number(e.target.value))) setPassMark(Number(e.target.value));
          }}
          className="w-20 rounded-md border border-slate-400 bg-white px-2 py-1 disabled:opacity-60 dark:border-slate-500 dark:bg-slate-900"
        />
        <span>% of scored questions right</span>
      </label>
      <p id="pass-mark-help" className={`text-sm ${muted}`}>
        Results are the share of scored questions you got right, not an AWS scaled score; past results are judged against
        the pass mark in use now.
      </p>
      <FormError message={!own || valid ? null : "Enter a whole number from 1 to 100."} />
    </section>
  );
}
