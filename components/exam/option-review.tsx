// One question's options after answering (practice feedback and the results review): which was
// picked, which is right, and on multiple response which picks were right. Said in words and icons,
// never by colour alone.
import type { PickVerdict, ReviewOption } from "@/lib/exam/present";
import { proseHtml } from "./styles";

const VERDICT: Record<PickVerdict, { text: string; icon: string; box: string }> = {
  "right-pick": {
    text: "Your answer · correct",
    icon: "✓",
    box: "border-emerald-700 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40",
  },
  "wrong-pick": { text: "Your answer · wrong", icon: "✗", box: "border-red-700 bg-red-50 dark:border-red-500 dark:bg-red-950/40" },
  missed: {
    text: "Correct answer · not picked",
    icon: "✓",
    box: "border-emerald-700 border-dashed dark:border-emerald-500",
  },
  none: { text: "", icon: "", box: "border-slate-200 dark:border-slate-700" },
};

export function OptionReview({ options }: { options: ReviewOption[] }) {
  return (
    <ul className="space-y-2">
      {options.map(({ option, letter, verdict }) => {
        const v = VERDICT[verdict];
        return (
          <li key={option.id} className={`rounded-md border-2 p-3 ${v.box}`}>
            <div className="flex gap-3">
              <span aria-hidden="true" className="w-5 shrink-0 font-bold">
                {letter}
              </span>
              <div className="min-w-0 flex-1">
                <span className="sr-only">Option {letter}: </span>
                <div className={proseHtml} dangerouslySetInnerHTML={{ __html: option.html }} />
                {v.text && (
                  <p className="mt-1 text-sm font-semibold">
                    <span aria-hidden="true">{v.icon} </span>
                    {v.text}
                  </p>
                )}
                {option.rationaleHtml && (
                  <div
                    className={`${proseHtml} mt-1 text-sm text-slate-700 dark:text-slate-300`}
                    dangerouslySetInnerHTML={{ __html: option.rationaleHtml }}
                  />
                )}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
