// Mastery per topic: the share of its cards likely recalled today, as a bar in a real table.
import Link from "next/link";
import type { Mastery } from "@/lib/review/progress";
import { textLink } from "@/components/study/styles";

export function MasteryBar({ share, label }: { share: number; label: string }) {
  const percent = Math.round(share * 100);
  return (
    <div className="flex items-center gap-2">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
        className="h-2.5 w-full max-w-48 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div className="h-full rounded-full bg-emerald-600 dark:bg-emerald-400" style={{ width: `${percent}%` }} />
      </div>
      <span className="w-10 text-right tabular-nums">{percent}%</span>
    </div>
  );
}

export function MasteryTable({ rows }: { rows: (Mastery & { slug: string; title: string })[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-3 font-semibold">Topic</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Likely recalled today</th>
            <th scope="col" className="py-2 text-right font-semibold">Studied</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link className={textLink} href={`/review/?topic=${encodeURIComponent(row.slug)}`}>
                  {row.title}
                </Link>
              </th>
              <td className="py-2 pr-3">
                <MasteryBar share={row.share} label={`${row.title} mastery`} />
              </td>
              <td className="py-2 text-right tabular-nums">
                {row.studied} / {row.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
