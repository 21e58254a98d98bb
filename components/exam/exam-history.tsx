"use client";
import { lazy, Suspense } from "react";
import { chartPassMark } from "@/lib/exam/score";
import { useStratus } from "@/lib/store";
import { selectExamHistory, selectPassMarkOverride } from "@/lib/store/exam-slice";
import { muted } from "./styles";

// The trend chart and the table: only for a candidate who has finished an exam.
const Attempts = lazy(() => import("./exam-attempts"));

export function ExamHistory() {
  const history = useStratus(selectExamHistory);
  const override = useStratus(selectPassMarkOverride);
  const passMark = chartPassMark(history, override);

  return (
    <section aria-labelledby="history-title" className="space-y-4">
      <h2 id="history-title" className="text-xl font-semibold">
        Your attempts
      </h2>
      {history.length === 0 ? (
        <p className={muted}>No finished exams yet. Your results and a trend of your scores will appear here.</p>
      ) : (
        <Suspense fallback={<p aria-busy="true" className={muted}>Loading your attempts…</p>}>
          <Attempts history={history} override={override} passMark={passMark} />
        </Suspense>
      )}
    </section>
  );
}
