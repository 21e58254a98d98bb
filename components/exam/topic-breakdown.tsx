// Per-topic results as a table (the accessible record) and a bar chart drawn in inline SVG.
import { topicTitle, type TopicInfo } from "@/lib/exam/labels";
import { percent } from "@/lib/exam/score";
import type { TopicScore } from "@/lib/exam/types";
import { muted, textLink } from "./styles";
import Link from "@/components/ui/link";
import { topicPath } from "@/lib/content/links";

const BAR_H = 18;
const TITLE_H = 16;
const GAP = 12;
const ROW = TITLE_H + BAR_H + GAP;
const W = 400;
const BAR_W = W - 44;

export function TopicBreakdown({ byTopic, topics, passMark }: { byTopic: TopicScore[]; topics: readonly TopicInfo[]; passMark: number }) {
  const rows = byTopic
    .map((t) => ({ ...t, title: topicTitle(topics, t.topic), pct: percent(t.correct, t.total) }))
    .sort((a, b) => a.pct - b.pct || a.title.localeCompare(b.title));
  const height = rows.length * ROW;
  const passX = (BAR_W * passMark) / 100;

  return (
    <section aria-labelledby="topics-title" className="space-y-4">
      <h2 id="topics-title" className="text-xl font-semibold">
        By topic
      </h2>
      <p className={`text-sm ${muted}`}>Weakest first. The dashed line is the pass mark ({passMark}%).</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Results by topic">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 dark:border-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">Topic</th>
                <th scope="col" className="py-2 pr-3 text-right">Correct</th>
                <th scope="col" className="py-2 text-right">Score</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.topic} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link className={textLink} href={topicPath(r.topic)}>
                      {r.title}
                    </Link>
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {r.correct}/{r.total}
                  </td>
                  <td className="py-2 text-right tabular-nums">{r.pct}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {/* The table above says the same in words; the chart is for the eye. */}
        <svg viewBox={`0 0 ${W} ${height}`} aria-hidden="true" className="h-auto w-full text-slate-700 dark:text-slate-300">
          {rows.map((r, i) => {
            const top = i * ROW;
            const y = top + TITLE_H;
            return (
              <g key={r.topic}>
                <text x={0} y={top + 12} fontSize="12" fill="currentColor">
                  {r.title}
                </text>
                <rect x={0} y={y} width={BAR_W} height={BAR_H} rx="3" className="fill-slate-200 dark:fill-slate-800" />
                <rect
                  x={0}
                  y={y}
                  width={(BAR_W * r.pct) / 100}
                  height={BAR_H}
                  rx="3"
                  className={r.pct >= passMark ? "fill-emerald-600 dark:fill-emerald-500" : "fill-red-600 dark:fill-red-500"}
                />
                <text x={BAR_W + 6} y={y + BAR_H / 2 + 4} fontSize="12" fill="currentColor">
                  {r.pct}%
                </text>
                <line x1={passX} x2={passX} y1={y - 2} y2={y + BAR_H + 2} strokeDasharray="3 2" strokeWidth="2" className="stroke-amber-600 dark:stroke-amber-400" />
              </g>
            );
          })}
        </svg>
      </div>
    </section>
  );
}
