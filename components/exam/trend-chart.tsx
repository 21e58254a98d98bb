// Scores over time as a small inline SVG. The history table next to it carries the same data for
// screen readers; the chart's label sums it up.
import { percent } from "@/lib/exam/score";
import type { ExamResult } from "@/lib/exam/types";

const W = 600;
const H = 180;
const PAD = { left: 36, right: 12, top: 12, bottom: 24 };

export function TrendChart({ results, passMark }: { results: readonly ExamResult[]; passMark: number }) {
  const shown = results.slice(-20);
  const scores = shown.map((r) => percent(r.correct, r.total));
  const x = (i: number) => PAD.left + (shown.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (shown.length - 1));
  const y = (p: number) => PAD.top + ((100 - p) * (H - PAD.top - PAD.bottom)) / 100;
  const label = `Scores of your last ${shown.length} attempts, oldest first: ${scores.map((s) => `${s}%`).join(", ")}. Pass mark ${passMark}%.`;

  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="h-auto w-full max-w-2xl text-slate-700 dark:text-slate-300">
      {[0, 50, 100].map((p) => (
        <g key={p}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(p)} y2={y(p)} className="stroke-slate-200 dark:stroke-slate-700" />
          <text x={PAD.left - 6} y={y(p) + 4} textAnchor="end" fontSize="11" fill="currentColor">
            {p}%
          </text>
        </g>
      ))}
      <line
        x1={PAD.left}
        x2={W - PAD.right}
        y1={y(passMark)}
        y2={y(passMark)}
        strokeDasharray="6 4"
        strokeWidth="1.5"
        className="stroke-amber-600 dark:stroke-amber-400"
      />
      <text x={W - PAD.right} y={y(passMark) - 4} textAnchor="end" fontSize="11" className="fill-amber-800 dark:fill-amber-300">
        pass {passMark}%
      </text>
      {shown.length > 1 && (
        <polyline
          points={scores.map((s, i) => `${x(i)},${y(s)}`).join(" ")}
          fill="none"
          strokeWidth="2"
          className="stroke-sky-700 dark:stroke-sky-400"
        />
      )}
      {scores.map((s, i) => (
        <circle key={i} cx={x(i)} cy={y(s)} r="4" className={s >= passMark ? "fill-emerald-700 dark:fill-emerald-400" : "fill-red-700 dark:fill-red-400"} />
      ))}
    </svg>
  );
}
