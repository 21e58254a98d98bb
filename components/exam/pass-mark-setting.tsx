"use client";
import { useState } from "react";
import { DEFAULT_PASS_MARK, isValidPassMark } from "@/lib/exam/score";
import { useStratus } from "@/lib/store";
import { selectPassMark } from "@/lib/store/exam-slice";
import { FormError } from "./form-error";
import { muted } from "./styles";

export function PassMarkSetting() {
  const passMark = useStratus(selectPassMark);
  const setPassMark = useStratus((s) => s.setPassMark);
  const [text, setText] = useState(String(passMark));
  const valid = isValidPassMark(Number(text));

  return (
    <section aria-labelledby="pass-mark" className="space-y-2">
      <h2 id="pass-mark" className="text-xl font-semibold">
        Pass mark
      </h2>
      <label className="flex items-center gap-2">
        <span>Pass at</span>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          value={text}
          aria-invalid={!valid}
          aria-describedby="pass-mark-help"
          onChange={(e) => {
            setText(e.target.value);
            if (isValidPassMark(Number(e.target.value))) setPassMark(Number(e.target.value));
          }}
          className="w-20 rounded-md border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-900"
        />
        <span>% of questions right</span>
      </label>
      <p id="pass-mark-help" className={`text-sm ${muted}`}>
        Default {DEFAULT_PASS_MARK}%. Results are the share of questions you got right, not an AWS scaled score; past
        results are judged against the mark set here.
      </p>
      <FormError message={valid ? null : "Enter a whole number from 1 to 100."} />
    </section>
  );
}
