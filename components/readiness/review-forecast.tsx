// Reviews and new items a day up to the exam: a bar chart, with the same numbers as a table.
import { isoDay } from "@/lib/srs/days";
import type { PlanDay } from "@/lib/readiness/plan";
import { muted } from "@/components/study/styles";

const W = 560;
const H = 150;
const PAD_BOTTOM = 24;
const PAD_TOP = 12;

export const dayLabel = (day: number) =>
  new Date(`${isoDay(day)}T12:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export function ReviewForecast({ days }: { days: readonly PlanDay[] }) {
  if (days.length === 0) return null;
  const max = Math.max(1, ...days.map((d) => d.reviews + d.fresh));
  const slot = W / days.length;
  const peak = days.reduce((best, d) => (d.reviews > best.reviews ? d : best), days[0]!);
  const summary = `Daily study up to the exam: about ${Math.round(days.reduce((n, d) => n + d.reviews, 0) / days.length)} reviews a day on average, most on ${dayLabel(peak.day)} (${peak.reviews}).`;
  const every = Math.ceil(days.length / 8);
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full">
        {days.map((d, i) => {
          const scale = (H - PAD_BOTTOM - PAD_TOP) / max;
          const x = i * slot + slot * 0.1;
          const reviewH = d.reviews * scale;
          const freshH = d.fresh * scale;
          return (
            <g key={d.day}>
              <rect x={x} y={H - PAD_BOTTOM - reviewH} width={slot * 0.8} height={reviewH} className="fill-sky-600 dark:fill-sky-400" />
              <rect x={x} y={H - PAD_BOTTOM - reviewH - freshH} width={slot * 0.8} height={freshH} className="fill-amber-500 dark:fill-amber-300" />
              {i % every === 0 ? (
                <text
                  x={i === 0 ? x : x + slot * 0.4}
                  y={H - 8}
                  textAnchor={i === 0 ? "start" : "middle"}
                  className="fill-slate-600 text-[11px] dark:fill-slate-400"
                >
                  {dayLabel(d.day)}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={0} x2={W} y1={H - PAD_BOTTOM} y2={H - PAD_BOTTOM} className="stroke-slate-300 dark:stroke-slate-700" />
        <text x={W} y={PAD_TOP - 2} textAnchor="end" className="fill-slate-600 text-[11px] dark:fill-slate-400">
          {max} a day at most
        </text>
      </svg>
      <figcaption className={`text-sm ${muted}`}>
        {summary} <span className="font-medium text-sky-700 dark:text-sky-400">Blue</span>: reviews;{" "}
        <span className="font-medium text-amber-700 dark:text-amber-300">amber</span>: new items.
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Show the plan as a table</summary>
        <table className="mt-2 w-full max-w-md text-left">
          <thead>
            <tr>
              <th scope="col" className="py-1 font-semibold">Day</th>
              <th scope="col" className="py-1 text-right font-semibold">Reviews</th>
              <th scope="col" className="py-1 text-right font-semibold">New items</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1">{dayLabel(d.day)}</td>
                <td className="py-1 text-right tabular-nums">{d.reviews}</td>
                <td className="py-1 text-right tabular-nums">{d.fresh}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
