"use client";
import { FULL_MOCK, QUICK_CHECK, scaledMinutes } from "@/lib/exam/compose";
import type { TopicInfo } from "@/lib/exam/labels";
import { FormError } from "./form-error";
import { Card } from "@/components/ui/card";
import { muted, primaryButton } from "./styles";
import { useStartExam } from "./use-start-exam";

function Preset(props: { kind: "full" | "quick"; title: string; blurb: string; preset: { count: number; minutes: number }; bankSize: number }) {
  const { start, error, pending } = useStartExam();
  const count = Math.min(props.preset.count, props.bankSize);
  const minutes = count === props.preset.count ? props.preset.minutes : scaledMinutes(props.preset, count);
  const errorId = `${props.kind}-error`;
  return (
    <Card as="section" className="flex flex-col gap-3" aria-labelledby={`${props.kind}-title`}>
      <h3 id={`${props.kind}-title`} className="text-lg font-semibold">
        {props.title}
      </h3>
      <p className="font-medium">
        {count} questions · {minutes} minutes
      </p>
      <p className={`text-sm ${muted}`}>{props.blurb}</p>
      {count < props.preset.count && (
        <p className={`text-sm ${muted}`}>
          The banks hold {props.bankSize} questions so far, so this asks all of them at the real exam&apos;s pace.
        </p>
      )}
      <div className="mt-auto">
        <button
          type="button"
          className={primaryButton}
          disabled={pending || count === 0}
          aria-describedby={errorId}
          onClick={() => void start({ kind: props.kind })}
        >
          Start {props.title.toLowerCase()}
        </button>
      </div>
      <FormError id={errorId} message={error} />
    </Card>
  );
}

export function PresetExams({ topics }: { topics: readonly TopicInfo[] }) {
  const bankSize = topics.reduce((sum, t) => sum + t.count, 0);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Preset
        kind="full"
        title="Full mock"
        preset={FULL_MOCK}
        bankSize={bankSize}
        blurb="Drawn from every topic in proportion to its bank. No feedback until the end, like test day."
      />
      <Preset
        kind="quick"
        title="Quick check"
        preset={QUICK_CHECK}
        bankSize={bankSize}
        blurb="A short timed set from every topic, for a daily check."
      />
    </div>
  );
}
