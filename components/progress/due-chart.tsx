// Reviews due on each of the next 14 days: a bar chart, with the same numbers as a table.
import { isoDay } from "@/lib/srs/days";
import type { DueToday } from "@/lib/srs/queue";
import { muted } from "@/components/study/styles";

const W = 560;
const H = 160;
const PAD_BOTTOM = 28;
const PAD_TOP = 18;

function dayLabel(day: number, index: number): string {
  if (index === 0) return "Today";
  return new Date(`${isoDay(day)}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", timeZone: "UTC" });
}

/** Today's part in the Review page's words (Due, Learning), from the same definition (dueToday). */
function todayPhrase(t: DueToday): string {
  const total = t.due + t.learning + t.later;
  if (total === 0) return "none of them today";
  const parts = [`${t.due} due now`];
  if (t.learning > 0) parts.push(`${t.learning} learning, back within minutes`);
  if (t.later > 0) parts.push(`${t.later} later today`);
  return `${total} of them today (${parts.join(", ")})`;
}

export function DueChart({ counts, today, dueToday }: { counts: number[]; today: number; dueToday: DueToday }) {
  const max = Math.max(1, ...counts);
  const total = counts.reduce((a, b) => a + b, 0);
  const slot = W / counts.length;
  const busiest = counts.indexOf(Math.max(...counts));
  const summary =
    total === 0
      ? "No reviews due in the next 14 days."
      : `${total} review${total === 1 ? "" : "s"} due over the next 14 days, ${todayPhrase(dueToday)}${
          busiest > 0 ? `; the busiest day is ${dayLabel(today + busiest, busiest)} with ${counts[busiest]}` : ""
        }.`;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full">
        {counts.map((count, i) => {
          const h = ((H - PAD_BOTTOM - PAD_TOP) * count) / max;
          const x = i * slot + slot * 0.15;
          const y = H - PAD_BOTTOM - h;
          return (
            <g key={i}>
              <rect x={x} y={y} width={slot * 0.7} height={Math.max(h, count > 0 ? 2 : 0)} rx={2} className="fill-sky-600 dark:fill-sky-400" />
              {count > 0 ? (
                <text x={x + slot * 0.35} y={y - 4} textAnchor="middle" className="fill-slate-700 text-[11px] dark:fill-slate-300">
                  {count}
                </text>
              ) : null}
              {i % 2 === 0 ? (
                <text x={x + slot * 0.35} y={H - 10} textAnchor="middle" className="fill-slate-600 text-[11px] dark:fill-slate-400">
                  {dayLabel(today + i, i)}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={0} x2={W} y1={H - PAD_BOTTOM} y2={H - PAD_BOTTOM} className="stroke-slate-300 dark:stroke-slate-700" />
      </svg>
      <figcaption className={`text-sm ${muted}`}>{summary}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Show as a table</summary>
        <table className="mt-2 w-full max-w-sm text-left">
          <thead>
            <tr>
              <th scope="col" className="py-1 font-semibold">Day</th>
              <th scope="col" className="py-1 text-right font-semibold">Reviews due</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((count, i) => (
              <tr key={i} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1">{dayLabel(today + i, i)}</td>
                <td className="py-1 text-right tabular-nums">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
