"use client";
// Answer options as real radio buttons or checkboxes, so screen readers and the keyboard get a
// native group. After checking, each option says whether it was right and, if written, why.
import type { QuestionOption } from "@/lib/content/types";
import { focusRing } from "@/components/study/styles";

interface OptionListProps {
  kind: "single" | "multiple";
  options: QuestionOption[];
  selected: string[];
  checked: boolean;
  describedBy: string;
  name: string;
  onToggle: (optionId: string) => void;
}

export function OptionList({ kind, options, selected, checked, describedBy, name, onToggle }: OptionListProps) {
  return (
    <fieldset aria-describedby={describedBy} className="space-y-2">
      <legend className="sr-only">Answer options</legend>
      {options.map((option, i) => {
        const picked = selected.includes(option.id);
        const verdict = !checked ? "" : option.correct ? (picked ? "Correct answer, your pick" : "Correct answer") : picked ? "Your pick, wrong" : "";
        const border = !checked
          ? picked
            ? "border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950"
            : "border-slate-300 dark:border-slate-700"
          : option.correct
            ? "border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950"
            : picked
              ? "border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950"
              : "border-slate-300 dark:border-slate-700";
        return (
          <label
            key={option.id}
            className={`flex cursor-pointer gap-3 rounded-md border p-3 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky-600 ${border}`}
          >
            <input
              type={kind === "single" ? "radio" : "checkbox"}
              name={name}
              value={option.id}
              checked={picked}
              disabled={checked}
              onChange={() => onToggle(option.id)}
              aria-keyshortcuts={String(i + 1)}
              className={`mt-1 size-4 shrink-0 accent-sky-700 ${focusRing}`}
            />
            <span className="min-w-0 flex-1">
              <span className="mr-2 font-semibold">{String.fromCharCode(65 + i)}.</span>
              <span className="inline [&>p]:inline" dangerouslySetInnerHTML={{ __html: option.html }} />
              {verdict ? <span className="mt-1 block text-sm font-semibold">{verdict}</span> : null}
              {checked && option.rationaleHtml && (picked || option.correct) ? (
                <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300" dangerouslySetInnerHTML={{ __html: option.rationaleHtml }} />
              ) : null}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
