import { countLabel } from "@/lib/format";

interface BankCountsProps {
  questions: number;
  flashcards: number;
  className?: string;
}

/** "12 questions · 8 flashcards": how much practice a topic has. */
export function BankCounts({ questions, flashcards, className = "" }: BankCountsProps) {
  return (
    <span className={`text-sm text-slate-600 tabular-nums dark:text-slate-400 ${className}`}>
      {countLabel(questions, "question")}
      <span aria-hidden="true"> · </span>
      <span className="sr-only">, </span>
      {countLabel(flashcards, "flashcard")}
    </span>
  );
}
