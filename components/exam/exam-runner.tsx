"use client";
// The running exam: timer, one question, navigation, shortcuts and the "End exam" confirmation.
// It renders and dispatches; the engine decides.
import { memo, useCallback, useEffect, useEffectEvent, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Question } from "@/lib/content/types";
import { progressCounts } from "@/lib/exam/engine";
import { commandForKey, SHORTCUT_HELP } from "@/lib/exam/keys";
import { examLabel, topicTitle, type TopicInfo } from "@/lib/exam/labels";
import { displayOptions } from "@/lib/exam/present";
import { useStratus } from "@/lib/store";
import { checkPracticeAnswer, examEvent } from "@/lib/store/exam-actions";
import { examScreen, saveExamScreen } from "@/lib/store/exam-screen";
import { selectActiveAttempt } from "@/lib/store/exam-slice";
import { ConfirmDialog } from "./confirm-dialog";
import { ExamNavigator } from "./exam-navigator";
import { ExamTimer } from "./exam-timer";
import { QUESTION_HEADING_ID, QuestionPanel } from "./question-panel";
import { muted, primaryButton, secondaryButton } from "./styles";
import { currentAttempt, useAttempt } from "./use-attempt";

interface Props {
  /** null while the bank files are still loading: everything but the question itself is drawn from
   * the saved attempt at once, so the page is usable (and the timer visible) without waiting. */
  questions: ReadonlyMap<string, Question> | null;
  topics: readonly TopicInfo[];
}

const NO_QUESTIONS: ReadonlyMap<string, Question> = new Map();

// The same element every render: React skips it when the question changes.
const SHORTCUTS = (
  <details className={`text-sm ${muted}`}>
    <summary className="cursor-pointer">Keyboard shortcuts</summary>
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {SHORTCUT_HELP.map(([keys, action]) => (
        <div key={keys} className="contents">
          <dt className="font-mono">{keys}</dt>
          <dd>{action}</dd>
        </div>
      ))}
    </dl>
  </details>
);

/** Typing in a field must never pick an answer; options themselves are radios and checkboxes. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["radio", "checkbox", "button", "submit", "reset"].includes(target.type);
}

const NO_IDS: string[] = [];
const NO_COUNTS = { total: 0, answered: 0, partial: 0, unanswered: 0, flagged: 0 };

/** Answered, partly answered and flagged counts; re-renders only when one of them changes. */
function useCounts(questions: ReadonlyMap<string, Question>) {
  return useStratus(
    useShallow((state) => {
      const attempt = selectActiveAttempt(state);
      return attempt ? progressCounts(attempt, (id) => questions.get(id)?.choose ?? 1) : NO_COUNTS;
    }),
  );
}

/**
 * The screen re-renders when the question on screen changes (or its flag), and then only its own
 * markup: the timer, the navigator, the progress line and the end dialog are memoised and
 * subscribe to what they show, and handlers read the attempt from the store when they run.
 */
export function ExamRunner({ questions: loaded, topics }: Props) {
  const loading = loaded === null;
  const questions = loaded ?? NO_QUESTIONS;
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [notice, setNotice] = useState<{ questionId: string; text: string } | null>(null);

  const attemptId = useAttempt((a) => a.id, "");
  const config = useAttempt((a) => a.config, null);
  const seed = useAttempt((a) => a.seed, 0);
  const deadline = useAttempt((a) => a.deadline, 0);
  const questionIds = useAttempt((a) => a.questionIds, NO_IDS);
  const current = useAttempt((a) => a.current, 0);
  const flagged = useAttempt((a) => a.flagged.includes(a.questionIds[a.current] as string), false);

  const questionId = questionIds[current] as string;
  const question = questions.get(questionId);
  const isLast = current === questionIds.length - 1;
  const shownTopic = question ? topicTitle(topics, question.topic) : "";

  // A copy of the question on screen, for a reload's first frame (lib/exam/early-paint).
  useEffect(() => {
    if (attemptId && question) saveExamScreen(examScreen(attemptId, question, shownTopic));
  }, [attemptId, question, shownTopic]);

  const onTimeUp = useCallback((now: number) => examEvent({ type: "tick" }, now), []);

  // Reads the attempt when it runs, so it is the same function every step.
  const pick = useCallback(
    (optionId: string) => {
      const attempt = currentAttempt();
      const id = attempt?.questionIds[attempt.current];
      const shown = id === undefined ? undefined : questions.get(id);
      if (!attempt || !shown || attempt.checked.includes(shown.id)) return;
      const chosen = attempt.answers[shown.id] ?? [];
      if (shown.choose > 1 && !chosen.includes(optionId) && chosen.length >= shown.choose) {
        setNotice({ questionId: shown.id, text: `You have chosen ${shown.choose}. Clear one of them to choose another.` });
        return;
      }
      setNotice(null);
      examEvent({ type: "pick", questionId: shown.id, optionId, choose: shown.choose }, Date.now());
    },
    [questions],
  );

  const check = useCallback(() => {
    const attempt = currentAttempt();
    const shown = attempt ? questions.get(attempt.questionIds[attempt.current] as string) : undefined;
    if (shown) checkPracticeAnswer(shown, Date.now());
  }, [questions]);

  // Stable, so the navigator's memoised cells do not re-render for a new function each step.
  const jump = useCallback(
    (index: number) => {
      examEvent({ type: "go", index }, Date.now());
      // Land on the question, not back on the grid, so screen readers read it next.
      requestAnimationFrame(() => document.getElementById(QUESTION_HEADING_ID)?.focus());
    },
    [],
  );

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTextEntry(event.target) || document.querySelector("dialog[open]")) return;
    const command = commandForKey(event);
    if (!command) return;
    // Also stops ←/→ from moving between radio buttons, which would change the answer.
    event.preventDefault();
    const now = Date.now();
    if (command.type === "pick") {
      const target = question ? displayOptions(question, seed)[command.index] : undefined;
      if (target) pick(target.option.id);
    } else if (command.type === "flag") {
      examEvent({ type: "flag", questionId }, now);
    } else {
      examEvent({ type: command.type }, now);
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const closeDialog = useCallback(() => setConfirmEnd(false), []);
  const submit = useCallback(() => examEvent({ type: "submit" }, Date.now()), []);

  return (
    <div className="space-y-6">
      {/* Below the site header, which is sticky too (3.5rem). */}
      <div className="sticky top-14 z-30 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <div>
          <h1 className="text-lg font-bold">{config ? examLabel(config) : ""}</h1>
          <ProgressLine questions={questions} />
        </div>
        <div className="flex items-start gap-3">
          <ExamTimer deadline={deadline} onTimeUp={onTimeUp} />
          <button type="button" className={secondaryButton} onClick={() => setConfirmEnd(true)}>
            End exam
          </button>
        </div>
      </div>

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <div className="space-y-6">
          {/* Not keyed by question: it stays mounted and its content is swapped. */}
          <QuestionPanel
            number={current + 1}
            total={questionIds.length}
            seed={seed}
            practice={config?.mode === "practice"}
            questionId={questionId}
            question={question}
            loading={loading}
            topicTitle={shownTopic}
            notice={notice?.questionId === questionId ? notice.text : null}
            onPick={pick}
            onCheck={check}
          />
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={secondaryButton}
              disabled={current === 0}
              onClick={() => examEvent({ type: "prev" }, Date.now())}
            >
              ← Previous
            </button>
            <button
              type="button"
              className={secondaryButton}
              aria-pressed={flagged}
              onClick={() => examEvent({ type: "flag", questionId }, Date.now())}
            >
              <span aria-hidden="true">⚑</span> {flagged ? "Flagged for review" : "Flag for review"}
            </button>
            {isLast ? (
              <button type="button" className={primaryButton} onClick={() => setConfirmEnd(true)}>
                Finish…
              </button>
            ) : (
              <button type="button" className={primaryButton} onClick={() => examEvent({ type: "next" }, Date.now())}>
                Next →
              </button>
            )}
          </div>
          {SHORTCUTS}
        </div>
        <ExamNavigator questionIds={questionIds} questions={questions} onJump={jump} />
      </div>

      <EndDialog open={confirmEnd} questions={questions} onCancel={closeDialog} onConfirm={submit} />
    </div>
  );
}

const ProgressLine = memo(function ProgressLine({ questions }: { questions: ReadonlyMap<string, Question> }) {
  const counts = useCounts(questions);
  return (
    <p className={`text-sm ${muted}`}>
      {counts.answered} of {counts.total} answered
      {counts.flagged > 0 && ` · ${counts.flagged} flagged`}
    </p>
  );
});

interface EndDialogProps {
  open: boolean;
  questions: ReadonlyMap<string, Question>;
  onCancel: () => void;
  onConfirm: () => void;
}

const EndDialog = memo(function EndDialog({ open, questions, onCancel, onConfirm }: EndDialogProps) {
  const counts = useCounts(questions);
  return (
    <ConfirmDialog
      open={open}
      title="End the exam?"
      confirmLabel="End exam and see results"
      cancelLabel="Keep going"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p data-testid="end-summary">
        {counts.unanswered} unanswered{counts.partial > 0 && `, ${counts.partial} partly answered`} and {counts.flagged}{" "}
        flagged for review, of {counts.total} questions.
      </p>
      {counts.unanswered + counts.partial > 0 && <p>Unanswered and partly answered questions count as wrong.</p>}
    </ConfirmDialog>
  );
});
