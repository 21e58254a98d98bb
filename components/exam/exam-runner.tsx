"use client";
// The running exam: timer, one question, navigation, shortcuts and the "End exam" confirmation.
// It renders and dispatches; the engine decides.
import { useCallback, useEffect, useEffectEvent, useState } from "react";
import type { Question } from "@/lib/content/types";
import { progressCounts } from "@/lib/exam/engine";
import { commandForKey, SHORTCUT_HELP } from "@/lib/exam/keys";
import { examLabel, topicTitle, type TopicInfo } from "@/lib/exam/labels";
import { displayOptions } from "@/lib/exam/present";
import type { ExamAttempt } from "@/lib/exam/types";
import { checkPracticeAnswer, examEvent } from "@/lib/store/exam-actions";
import { ConfirmDialog } from "./confirm-dialog";
import { ExamNavigator } from "./exam-navigator";
import { ExamTimer } from "./exam-timer";
import { QUESTION_HEADING_ID, QuestionPanel } from "./question-panel";
import { muted, primaryButton, secondaryButton } from "./styles";

interface Props {
  attempt: ExamAttempt;
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

export function ExamRunner({ attempt, questions: loaded, topics }: Props) {
  const loading = loaded === null;
  const questions = loaded ?? NO_QUESTIONS;
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [notice, setNotice] = useState<{ questionId: string; text: string } | null>(null);

  const questionId = attempt.questionIds[attempt.current] as string;
  const question = questions.get(questionId);
  const counts = progressCounts(attempt, (id) => questions.get(id)?.choose ?? 1);
  const isLast = attempt.current === attempt.questionIds.length - 1;

  const onTimeUp = useCallback((now: number) => examEvent({ type: "tick" }, now), []);

  function pick(optionId: string) {
    if (!question || attempt.checked.includes(question.id)) return;
    const chosen = attempt.answers[question.id] ?? [];
    if (question.choose > 1 && !chosen.includes(optionId) && chosen.length >= question.choose) {
      setNotice({ questionId, text: `You have chosen ${question.choose}. Clear one of them to choose another.` });
      return;
    }
    setNotice(null);
    examEvent({ type: "pick", questionId: question.id, optionId, choose: question.choose }, Date.now());
  }

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
      const target = question ? displayOptions(question, attempt.seed)[command.index] : undefined;
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

  const flagged = attempt.flagged.includes(questionId);

  return (
    <div className="space-y-6">
      {/* Below the site header, which is sticky too (3.5rem). */}
      <div className="sticky top-14 z-30 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        <div>
          <h1 className="text-lg font-bold">{examLabel(attempt.config)}</h1>
          <p className={`text-sm ${muted}`}>
            {counts.answered} of {counts.total} answered
            {counts.flagged > 0 && ` · ${counts.flagged} flagged`}
          </p>
        </div>
        <div className="flex items-start gap-3">
          <ExamTimer deadline={attempt.deadline} onTimeUp={onTimeUp} />
          <button type="button" className={secondaryButton} onClick={() => setConfirmEnd(true)}>
            End exam
          </button>
        </div>
      </div>

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <div className="space-y-6">
          <QuestionPanel
            key={questionId}
            attempt={attempt}
            questionId={questionId}
            question={question}
            loading={loading}
            topicTitle={question ? topicTitle(topics, question.topic) : ""}
            notice={notice?.questionId === questionId ? notice.text : null}
            onPick={pick}
            onCheck={() => question && checkPracticeAnswer(question, Date.now())}
          />
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={secondaryButton}
              disabled={attempt.current === 0}
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
        <ExamNavigator attempt={attempt} questions={questions} onJump={jump} />
      </div>

      <ConfirmDialog
        open={confirmEnd}
        title="End the exam?"
        confirmLabel="End exam and see results"
        cancelLabel="Keep going"
        onCancel={() => setConfirmEnd(false)}
        onConfirm={() => examEvent({ type: "submit" }, Date.now())}
      >
        <p data-testid="end-summary">
          {counts.unanswered} unanswered{counts.partial > 0 && `, ${counts.partial} partly answered`} and {counts.flagged}{" "}
          flagged for review, of {counts.total} questions.
        </p>
        {counts.unanswered + counts.partial > 0 && <p>Unanswered and partly answered questions count as wrong.</p>}
      </ConfirmDialog>
    </div>
  );
}
