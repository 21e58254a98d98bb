"use client";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { remainingMs } from "@/lib/exam/engine";
import { examLabel } from "@/lib/exam/labels";
import { formatClock } from "@/lib/exam/time";
import type { ExamAttempt } from "@/lib/exam/types";
import { useStratus } from "@/lib/store";
import { examEvent } from "@/lib/store/exam-actions";
import { ConfirmDialog } from "./confirm-dialog";
import { primaryButton, secondaryButton } from "./styles";
import { useNow } from "./use-now";

interface Props {
  attempt: ExamAttempt;
  /** "start": on the exams page, before starting another; "home": a reminder on the home page. */
  place?: "start" | "home";
}

/** Only one exam runs at a time: the start screen (and the home page) lead back to it first. */
export function ActiveExamNotice({ attempt, place = "start" }: Props) {
  const router = useRouter();
  const now = useNow();
  const discardExam = useStratus((s) => s.discardExam);
  const [confirm, setConfirm] = useState<"end" | "discard" | null>(null);
  const answered = Object.keys(attempt.answers).length;

  // Time ran out (maybe while the tab was closed): nothing to resume, only results to see. The
  // session page scores the attempt and moves on to them.
  if (attempt.status !== "running" || (now > 0 && remainingMs(attempt, now) <= 0)) {
    return (
      <section
        aria-labelledby="active-title"
        className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 dark:border-amber-500 dark:bg-amber-950/40"
      >
        <h2 id="active-title" className="text-lg font-semibold">
          {attempt.status === "submitted" ? "Your exam has ended" : "Time is up on your exam"}
        </h2>
        <p className="mt-1">
          {examLabel(attempt.config)}: {answered} of {attempt.questionIds.length} answered. See how you did.
        </p>
        <div className="mt-3">
          <Link href="/exam/session/" className={primaryButton}>
            See your results
          </Link>
        </div>
      </section>
    );
  }

  return (
    <section
      aria-labelledby="active-title"
      className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 dark:border-amber-500 dark:bg-amber-950/40"
    >
      <h2 id="active-title" className="text-lg font-semibold">
        {place === "home" ? "You have an exam running" : "An exam is already running"}
      </h2>
      <p className="mt-1">
        {examLabel(attempt.config)}: {answered} of {attempt.questionIds.length} answered,{" "}
        <span className="tabular-nums">{formatClock(remainingMs(attempt, now))}</span> left.
        {place === "home" ? " Its clock keeps running while you are away." : " Resume it or end it before starting another."}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Link href="/exam/session/" className={primaryButton}>
          Resume exam
        </Link>
        <button type="button" className={secondaryButton} onClick={() => setConfirm("end")}>
          End it and see results
        </button>
        <button type="button" className={secondaryButton} onClick={() => setConfirm("discard")}>
          Discard it
        </button>
      </div>
      <ConfirmDialog
        open={confirm === "end"}
        title="End the running exam?"
        confirmLabel="End exam"
        cancelLabel="Keep it"
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          examEvent({ type: "submit" }, Date.now());
          router.push("/exam/session/");
        }}
      >
        <p>
          {attempt.questionIds.length - answered} of {attempt.questionIds.length} questions are unanswered and will count
          as wrong. You will see your results.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === "discard"}
        title="Discard the running exam?"
        confirmLabel="Discard exam"
        cancelLabel="Keep it"
        tone="danger"
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null);
          discardExam();
        }}
      >
        <p>It will not be scored, kept in your history or used for review.</p>
      </ConfirmDialog>
    </section>
  );
}
