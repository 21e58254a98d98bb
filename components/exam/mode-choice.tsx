"use client";
import type { ExamMode } from "@/lib/exam/types";
import { muted } from "./styles";

const MODES: { value: ExamMode; label: string; hint: string }[] = [
  { value: "exam", label: "Exam", hint: "no feedback until the end, like test day" },
  { value: "practice", label: "Practice", hint: "each answer checked at once, with its explanation" },
];

export function ModeChoice({ name, value, onChange }: { name: string; value: ExamMode; onChange: (mode: ExamMode) => void }) {
  return (
    <fieldset>
      <legend className="font-medium">Mode</legend>
      <div className="mt-1 space-y-1">
        {MODES.map((m) => (
          <label key={m.value} className="flex items-start gap-2">
            <input
              type="radio"
              name={name}
              className="mt-1 size-4"
              checked={value === m.value}
              onChange={() => onChange(m.value)}
            />
            <span>
              <span className="font-medium">{m.label}</span> <span className={muted}>({m.hint})</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
