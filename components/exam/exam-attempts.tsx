"use client";
// Past attempts on the exam page: the score trend and a table with links to each result and retake.
import Link from "@/components/ui/link";
import { examLabel } from "@/lib/exam/labels";
import { hasPassed, missedQuestionIds, passMarkFor, percent, timeUsedMs } from "@/lib/exam/score";
import { formatDuration } from "@/lib/exam/time";
import type { ExamResult } from "@/lib/exam/types";
import { formatDate } from "./format-date";
import { muted, textLink } from "./styles";
import { TrendChart } from "./trend-chart";

export default function ExamAttempts({ history, override, passMark }: { history: ExamResult[]; override: number | null; passMark: number }) {
  return (
  <>
    <TrendChart results={history} passMark={passMark} />
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Attempts table">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Your exam attempts, newest first, each judged against {override === null ? "the pass mark of its exam profile" : `your pass mark of ${override}%`}</caption>
        <thead className="border-b border-slate-300 dark:border-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3">Date</th>
            <th scope="col" className="py-2 pr-3">Exam</th>
            <th scope="col" className="py-2 pr-3">Score</th>
            <th scope="col" className="py-2 pr-3">Result</th>
            <th scope="col" className="py-2 pr-3">Time used</th>
            <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {[...history].reverse().map((r) => {
            const passed = hasPassed(r.correct, r.total, passMarkFor(r.config, override));
            const missed = missedQuestionIds(r).length;
            return (
              <tr key={r.id} className="border-b border-slate-200 align-top dark:border-slate-700">
                <td className="py-2 pr-3">{formatDate(r.startedAt)}</td>
                <td className="py-2 pr-3">{examLabel(r.config)}</td>
                <td className="py-2 pr-3 tabular-nums">
                  {percent(r.correct, r.total)}% <span className={muted}>({r.correct}/{r.total})</span>
                </td>
                <td className="py-2 pr-3">{passed ? "Pass" : "Below pass mark"}</td>
                <td className="py-2 pr-3">{formatDuration(timeUsedMs(r, r.finishedAt))}</td>
                <td className="space-x-3 py-2 whitespace-nowrap">
                  <Link className={textLink} href={`/exam/results/?id=${encodeURIComponent(r.id)}`}>
                    Results<span className="sr-only"> of {formatDate(r.startedAt)}</span>
                  </Link>
                  {missed > 0 && (
                    <Link className={textLink} href={`/exam/?retake=${encodeURIComponent(r.id)}#retake-title`}>
                      Retake {missed} missed<span className="sr-only"> from {formatDate(r.startedAt)}</span>
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  </>
  );
}
