// Mastery per topic, grouped by domain: the share of its cards likely recalled today, as a bar in a
// real table. Each domain's row group starts with the domain's own total.
import Link from "@/components/ui/link";
import type { DomainMastery } from "@/lib/review/progress";
import { textLink } from "@/components/study/styles";
import { MasteryBar } from "./mastery-bar";

export function MasteryTable({ groups }: { groups: readonly DomainMastery[] }) {
  const grouped = groups.length > 1;
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
        {groups.map((group) => (
          <tbody key={group.id}>
            {grouped && (
              <tr className="border-b border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900">
                <th scope="rowgroup" className="py-2 pr-3 font-semibold">
                  {group.title}
                </th>
                <td className="py-2 pr-3">
                  <MasteryBar share={group.mastery.share} label={`${group.title} mastery`} />
                </td>
                <td className="py-2 text-right font-semibold tabular-nums">
                  {group.mastery.studied} / {group.mastery.total}
                </td>
              </tr>
            )}
            {group.topics.map((row) => (
              <tr key={row.slug} className="border-b border-slate-200 dark:border-slate-800">
                <th scope="row" className={`py-2 pr-3 font-normal ${grouped ? "pl-4" : ""}`}>
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
        ))}
      </table>
    </div>
  );
}
