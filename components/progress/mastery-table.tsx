// Mastery per topic: the share of its cards likely recalled today, as a bar in a real table.
import Link from "next/link";
import type { Mastery } from "@/lib/review/progress";
import { textLink } from "@/components/study/styles";
import { MasteryBar } from "./mastery-bar";

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
