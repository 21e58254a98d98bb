"use client";
import { useEffect, useRef, useState } from "react";
import { MINUTES_PER_QUESTION } from "@/lib/exam/limits";
import type { DomainInfo } from "@/lib/content/types";
import type { TopicInfo } from "@/lib/exam/labels";
import type { ExamMode } from "@/lib/exam/types";
import { FormError } from "./form-error";
import { MinutesField } from "./minutes-field";
import { ModeChoice } from "./mode-choice";
import { Card } from "@/components/ui/card";
import { muted, numberInput, primaryButton, secondaryButton } from "./styles";
import { useStartExam } from "./use-start-exam";

export function CustomExamForm({
  topics,
  domains,
  preselected,
}: {
  topics: readonly TopicInfo[];
  domains: readonly DomainInfo[];
  preselected: string[];
}) {
  const usable = topics.filter((t) => t.count > 0);
  const [selected, setSelected] = useState<Set<string>>(() => new Set(preselected.length ? preselected : usable.map((t) => t.slug)));
  const available = usable.filter((t) => selected.has(t.slug)).reduce((sum, t) => sum + t.count, 0);
  const [count, setCount] = useState(() => String(Math.min(20, available) || 1));
  const [minutes, setMinutes] = useState<string | null>(null);
  const [mode, setMode] = useState<ExamMode>("exam");
  const [formError, setFormError] = useState<string | null>(null);
  const { start, error, pending } = useStartExam();
  const heading = useRef<HTMLHeadingElement>(null);
  const arrivedForTopics = preselected.length > 0;

  // Arriving from a topic's "Exam on this topic" link: bring the form with that topic into view.
  useEffect(() => {
    if (!arrivedForTopics) return;
    heading.current?.scrollIntoView({ block: "start" });
    heading.current?.focus({ preventScroll: true });
  }, [arrivedForTopics]);

  // Until the candidate sets the time, it follows the real exam's pace (2 minutes a question).
  const minutesShown = minutes ?? String(Math.max(1, Math.ceil((Number(count) || 0) * MINUTES_PER_QUESTION)));

  function toggle(slug: string) {
    const next = new Set(selected);
    if (next.has(slug)) next.delete(slug);
    else next.add(slug);
    setSelected(next);
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const n = Number(count);
    if (selected.size === 0) return setFormError("Choose at least one topic.");
    if (!Number.isInteger(n) || n < 1) return setFormError("Enter a whole number of questions, at least 1.");
    if (n > available) return setFormError(`The chosen topics have ${available} questions; ask for ${available} or fewer.`);
    setFormError(null);
    void start({ kind: "custom", topics: [...selected], count: n, minutes: Number(minutesShown), mode });
  }

  return (
    <Card as="form" onSubmit={submit} noValidate className="space-y-5" aria-labelledby="custom-title">
      <h3 id="custom-title" ref={heading} tabIndex={-1} className="scroll-mt-20 text-lg font-semibold">
        Custom exam
      </h3>
      <fieldset>
        <legend className="font-medium">Topics</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className={secondaryButton} onClick={() => setSelected(new Set(usable.map((t) => t.slug)))}>
            Select all
          </button>
          <button type="button" className={secondaryButton} onClick={() => setSelected(new Set())}>
            Clear
          </button>
        </div>
        {domains.map((domain) => {
          const inDomain = usable.filter((t) => t.domain === domain.id);
          if (inDomain.length === 0) return null;
          return (
            <div key={domain.id} className="mt-3">
              <p className={`text-sm font-semibold ${muted}`}>{domain.title}</p>
              <ul className="mt-1 space-y-1">
                {inDomain.map((t) => (
                  <li key={t.slug}>
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        className="mt-1 size-4"
                        checked={selected.has(t.slug)}
                        onChange={() => toggle(t.slug)}
                      />
                      <span>
                        {t.title} <span className={muted}>({t.count} questions)</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>
      <div className="flex flex-wrap gap-6">
        <label className="block">
          <span className="font-medium">Questions</span>
          <input
            className={numberInput}
            type="number"
            inputMode="numeric"
            min={1}
            max={available || 1}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            aria-describedby="custom-available"
          />
          <span id="custom-available" className={`mt-1 block text-sm ${muted}`}>
            {available} available
          </span>
        </label>
        <MinutesField value={minutesShown} onChange={setMinutes} />
      </div>
      <ModeChoice name="custom-mode" value={mode} onChange={setMode} />
      <button type="submit" className={primaryButton} disabled={pending}>
        Start custom exam
      </button>
      <FormError message={formError ?? error} />
    </Card>
  );
}
