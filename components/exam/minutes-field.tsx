import { MAX_MINUTES } from "@/lib/exam/limits";
import { numberInput } from "./styles";

/** The time limit of a custom exam or a retake, kept as typed text until the form is submitted. */
export function MinutesField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <label className="block">
      <span className="font-medium">Minutes</span>
      <input
        className={numberInput}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_MINUTES}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
