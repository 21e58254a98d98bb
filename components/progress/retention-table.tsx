// True retention (Anki-style): the share of reviews passed, per period, young vs mature cards,
// and the desired retention beside what was achieved.
import { MATURE_DAYS, share, type RetentionRow, type Share } from "@/lib/srs/retention";
import { muted } from "@/components/study/styles";

const PERIOD_LABEL: Record<RetentionRow["period"], string> = { day: "Today", week: "Last 7 days", month: "Last 30 days", year: "Last 365 days" };

function Cell({ value }: { value: Share }) {
  const s = share(value);
  return (
    <td className="py-2 pr-3 text-right tabular-nums">
      {s === null ? "—" : `${(s * 100).toFixed(1)}%`} <span className={`text-xs ${muted}`}>({value.passed}/{value.total})</span>
    </td>
  );
}

export function RetentionTable({ rows, desired }: { rows: RetentionRow[]; desired: number }) {
  const month = rows.find((r) => r.period === "month")!;
  const actual = share(month.all);
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className={`text-left text-sm ${muted}`}>
            Reviews passed (any rating but Again) among reviews a day or more after the previous one. Young: interval under{" "}
            {MATURE_DAYS} days; mature: {MATURE_DAYS} days or more.
          </caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-2 pr-3 font-semibold">Period</th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">Young</th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">Mature</th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">All</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.period} className="border-b border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-2 pr-3 font-normal">{PERIOD_LABEL[row.period]}</th>
                <Cell value={row.young} />
                <Cell value={row.mature} />
                <Cell value={row.all} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-testid="retention-summary">
        Desired retention: {Math.round(desired * 100)}%. Actual, last 30 days:{" "}
        {actual === null ? "no reviews yet" : `${(actual * 100).toFixed(1)}% of ${month.all.total} reviews`}.
      </p>
    </div>
  );
}
