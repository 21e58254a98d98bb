"use client";
// The /exam/session/ page: loads the running attempt's questions, runs it, and once it has ended
// (submitted, or past its deadline, even one that passed while the tab was closed) scores it and
// goes to the results.
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useState, useTransition, type ReactNode } from "react";
import type { TopicInfo } from "@/lib/exam/labels";
import { finishExam } from "@/lib/store/exam-actions";
import { clearExamScreen } from "@/lib/store/exam-screen";
import { useScheduler } from "@/components/store/use-scheduler";
import { ExamRunner } from "./exam-runner";
import { Skeleton } from "./skeleton";
import { primaryButton, secondaryButton } from "./styles";
import { useAttemptQuestions } from "./use-attempt-questions";
import { useExpiryCheck } from "./use-expiry-check";
import { useAttempt } from "./use-attempt";
import { useExamTab } from "./use-exam-tab";
import { useStoreHydrated } from "./use-store-hydrated";

/**
 * `early` is the placeholder the page's inline script may already have filled with the question on
 * screen (components/exam/early-exam): it stays, untouched, until the exam screen can replace it
 * with everything ready, so the question painted from the static HTML never flickers.
 */
export function ExamSession({ topics, early }: { topics: TopicInfo[]; early?: ReactNode }) {
  const hydrated = useStoreHydrated();
  // Finishing (or checking a practice answer) schedules the answers: have FSRS ready by then.
  useScheduler();
  const [shown, setShown] = useState(false);
  return (
    <>
      {hydrated && <Session topics={topics} onShown={setShown} />}
      {!shown && (early ?? <Skeleton label="Loading your exam" />)}
    </>
  );
}

function Session({ topics, onShown }: { topics: TopicInfo[]; onShown: (shown: boolean) => void }) {
  const router = useRouter();
  const [leaving, startLeaving] = useTransition();
  // Only what decides which screen shows: a step through the exam changes none of it, so this
  // component does not re-render on every answer (the runner's parts subscribe to their own pieces).
  const attemptId = useAttempt((a) => a.id, null);
  const status = useAttempt((a) => a.status, null);
  const questionIds = useAttempt((a) => a.questionIds, undefined);
  const active = attemptId !== null;
  const { questions, error, retry } = useAttemptQuestions(questionIds);
  const ended = active && status !== "running";
  const tab = useExamTab(active && !ended ? attemptId : undefined);
  useExpiryCheck();
  // The copy of the question on screen is only for a running exam (lib/store/exam-screen).
  useEffect(() => {
    if (!active) clearExamScreen();
  }, [active]);

  useEffect(() => {
    if (!ended || !questions) return;
    const id = finishExam(questions, Date.now());
    if (id) startLeaving(() => router.replace(`/exam/results/?id=${encodeURIComponent(id)}`));
  }, [ended, questions, router]);

  // Still loading (the tab's lock or the bank files of a running exam): the placeholder stays.
  const waiting = !leaving && active && !error && !ended && (tab.role === "checking" || questions === null);
  useLayoutEffect(() => onShown(!waiting), [waiting, onShown]);

  if (leaving || (ended && questions)) return <Skeleton label="Scoring your exam" />;
  if (!active) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">No exam is running</h1>
        <p>Start one from the exams page; your finished attempts and their results are listed there too.</p>
        <Link href="/exam/" className={primaryButton}>
          Go to exams
        </Link>
      </div>
    );
  }
  if (error) {
    return (
      <div role="alert" className="space-y-4">
        <h1 className="text-2xl font-bold">The questions could not be loaded</h1>
        <p>
          Your exam is safe in this browser{ended ? "" : " and its clock keeps running"}. Check your connection and try
          again. ({error})
        </p>
        <button type="button" className={secondaryButton} onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  if (!ended && tab.role === "elsewhere") return <OpenElsewhere onTakeOver={tab.takeOver} />;
  if (ended) return <Skeleton label="Scoring your exam" />;
  if (waiting) return null;
  return <ExamRunner questions={questions} topics={topics} />;
}

/** Another tab runs this exam: answering here too could overwrite its answers, so this tab waits. */
function OpenElsewhere({ onTakeOver }: { onTakeOver: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold">This exam is open in another tab</h1>
      <p>
        One tab runs an exam at a time, so no answer is ever overwritten. Everything answered in the other tab is saved;
        continue here and that tab will wait instead. The clock keeps running either way.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={primaryButton} onClick={onTakeOver}>
          Continue the exam in this tab
        </button>
        <Link href="/exam/" className={secondaryButton}>
          Go to exams
        </Link>
      </div>
    </div>
  );
}
