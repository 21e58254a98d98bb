// One missed question: the stem, what was picked last time, what was right, how often missed.
import type { Question } from "@/lib/content/types";
import { confusionSentence, confusionsOf, timesInWords } from "@/lib/review/missed";
import type { MissedItem } from "@/lib/store/study-log";
import { muted, panel, textLink } from "@/components/study/styles";

export function MissedQuestion({ item, question }: { item: MissedItem; question: Question }) {
  const picked = question.options.filter((o) => item.lastChosen.includes(o.id) && !o.correct);
  const right = question.options.filter((o) => o.correct);
  const confusions = confusionsOf(item, question);
  return (
    <article className={`${panel} space-y-3`} aria-label={`Missed question: ${question.stemText.slice(0, 80)}`}>
      <div className="prose max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
      <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="font-semibold">Missed</dt>
        <dd>{timesInWords(item.misses)}</dd>
        <dt className="font-semibold">You picked</dt>
        <dd className="text-red-800 dark:text-red-300">
          {item.lastChosen.length === 0
            ? "Nothing: it was left unanswered"
            : picked.length > 0
              ? picked.map((o) => o.text).join("; ")
              : `Only part of the answer: ${question.options.filter((o) => item.lastChosen.includes(o.id)).map((o) => o.text).join("; ")}`}
        </dd>
        <dt className="font-semibold">Right answer</dt>
        <dd className="text-emerald-800 dark:text-emerald-300">{right.map((o) => o.text).join("; ")}</dd>
      </dl>
      {confusions.map((c) => (
        <p key={c.chosen.id} className="font-medium">
          {confusionSentence(c)}
        </p>
      ))}
      {question.source ? (
        <p className={`text-sm ${muted}`}>
          <a className={textLink} href={`/topics/${question.source.topic}/#${question.source.anchor}`}>
            Study this: {question.source.label}
          </a>
        </p>
      ) : null}
    </article>
  );
}
