// Per-domain results beside the blueprint's weights: where the exam's marks are, and how you did there.
import type { DomainScore } from "@/lib/exam/domain-scores";
import { percent } from "@/lib/exam/score";
import { muted } from "./styles";

export function DomainBreakdown({ rows, passMark }: { rows: readonly DomainScore[]; passMark: number }) {
  const weighted = rows.some((r) => r.weight !== undefined);
  return (
    <section aria-labelledby="domains-title" className="space-y-4">
      <h2 id="domains-title" className="text-xl font-semibold">
        By domain
      </h2>
      <p className={`text-sm ${muted}`}>
        {weighted
          ? "Each domain's weight in the exam guide beside your score in it. Scored questions only."
          : "Your score in each domain. Scored questions only."}
      </p>
      <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Results by domain">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300 dark:border-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3">Domain</th>
              {weighted && <th scope="col" className="py-2 pr-3 text-right">Weight</th>}
              <th scope="col" className="py-2 pr-3 text-right">Correct</th>
              <th scope="col" className="py-2 text-right">Score</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const score = percent(r.correct, r.total);
              return (
                <tr key={r.id} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {r.title}
                  </th>
                  {weighted && <td className="py-2 pr-3 text-right tabular-nums">{r.weight === undefined ? "–" : `${r.weight}%`}</td>}
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {r.correct}/{r.total}
                  </td>
                  <td className="py-2 text-right tabular-nums">
                    {r.total === 0 ? (
                      <span className={muted}>not asked</span>
                    ) : (
                      <>
                        {score}%<span className="sr-only">{score >= passMark ? ", at or above the pass mark" : ", below the pass mark"}</span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
