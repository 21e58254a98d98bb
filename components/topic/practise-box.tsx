import { ButtonLink } from "@/components/ui/button";
import { BankCounts } from "./bank-counts";

interface PractiseBoxProps {
  slug: string;
  questions: number;
  flashcards: number;
  /** "full" closes the note; "compact" sits under the sidebar table of contents. */
  variant?: "full" | "compact";
}

/** Where reading turns into practice. The questions themselves are never printed on the topic page. */
export function PractiseBox({ slug, questions, flashcards, variant = "full" }: PractiseBoxProps) {
  const practise = `/review/?topic=${encodeURIComponent(slug)}`;
  const exam = `/exam/?topics=${encodeURIComponent(slug)}`;
  const empty = questions + flashcards === 0;
  const compact = variant === "compact";
  const headingId = compact ? "practise-sidebar-title" : "practise-title";

  // Only the full box is a landmark: two regions with the same name on one page can't be told apart.
  const Tag = compact ? "div" : "section";
  return (
    <Tag
      aria-labelledby={compact ? undefined : headingId}
      className={
        compact
          ? "shrink-0 border-t border-slate-200 pt-5 dark:border-slate-800"
          : "rounded-lg border border-sky-200 bg-sky-50 p-5 sm:p-6 dark:border-sky-900 dark:bg-slate-900"
      }
    >
      <h2 id={headingId} className={compact ? "text-sm font-semibold" : "text-xl font-bold tracking-tight"}>
        Test yourself
      </h2>
      <BankCounts questions={questions} flashcards={flashcards} className={compact ? "mt-1 block" : "mt-1 block text-base"} />
      {empty ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">No questions or flashcards for this topic yet.</p>
      ) : (
        <>
          {compact ? null : (
            <p className="mt-2 max-w-[60ch] text-slate-700 dark:text-slate-300">
              Answer this topic&apos;s questions and flashcards in spaced review, or sit a timed exam on this topic alone.
            </p>
          )}
          <div className={compact ? "mt-3 flex flex-col gap-2" : "mt-4 flex flex-wrap gap-3"}>
            <ButtonLink href={practise} size={compact ? "sm" : "md"}>
              Practise this topic
            </ButtonLink>
            {questions > 0 ? (
              <ButtonLink href={exam} variant="secondary" size={compact ? "sm" : "md"}>
                Exam on this topic
              </ButtonLink>
            ) : null}
          </div>
        </>
      )}
    </Tag>
  );
}
