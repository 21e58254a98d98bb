// Exam scores over time, against the pass mark: a line chart and the same scores as a table.
import type { ExamScore } from "@/lib/review/progress";
import { muted } from "@/components/study/styles";

const W = 560;
const H = 180;
const PAD = { left: 34, right: 10, top: 10, bottom: 24 };

const date = (at: number) => new Date(at).toLocaleDateString("en-GB", { day: "numeric", month: "short" });

export function ExamChart({ scores, passMark }: { scores: ExamScore[]; passMark: number }) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (scores.length === 1 ? innerW / 2 : (innerW * i) / (scores.length - 1));
  const y = (percent: number) => PAD.top + innerH * (1 - percent / 100);
  const last = scores[scores.length - 1]!;
  const best = Math.max(...scores.map((s) => s.percent));
  const summary = `${scores.length} exam${scores.length === 1 ? "" : "s"}; latest ${Math.round(last.percent)}% on ${date(last.at)}; best ${Math.round(best)}%; pass mark ${passMark}%.`;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="h-auto w-full">
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200 dark:stroke-slate-800" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="fill-slate-600 text-[11px] dark:fill-slate-400">
              {tick}%
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(passMark)} y2={y(passMark)} strokeDasharray="4 4" className="stroke-amber-600 dark:stroke-amber-400" />
        <polyline
          fill="none"
          strokeWidth={2}
          points={scores.map((s, i) => `${x(i)},${y(s.percent)}`).join(" ")}
          className="stroke-sky-600 dark:stroke-sky-400"
        />
        {scores.map((s, i) => (
          <circle key={s.id} cx={x(i)} cy={y(s.percent)} r={4} className={s.percent >= passMark ? "fill-emerald-600 dark:fill-emerald-400" : "fill-red-600 dark:fill-red-400"} />
        ))}
      </svg>
      <figcaption className={`text-sm ${muted}`}>
        {summary} The dashed line is the pass mark. Scores are the share of questions right, not a scaled score.
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Show as a table</summary>
        <table className="mt-2 w-full max-w-md text-left">
          <thead>
            <tr>
              <th scope="col" className="py-1 font-semibold">Date</th>
              <th scope="col" className="py-1 font-semibold">Exam</th>
              <th scope="col" className="py-1 text-right font-semibold">Score</th>
            </tr>
          </thead>
          <tbody>
            {scores.map((s) => (
              <tr key={s.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1">{date(s.at)}</td>
                <td className="py-1 capitalize">{s.kind}</td>
                <td className="py-1 text-right tabular-nums">{Math.round(s.percent)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
