// One missed question: the stem, what was picked last time, what was right, how often missed.
import type { Question, QuestionOption } from "@/lib/content/types";
import { confusionSentence, confusionsOf, timesInWords } from "@/lib/review/missed";
import type { ReportTarget } from "@/lib/report/issue-link";
import type { MissedItem } from "@/lib/store/study-log";
import { ReportLink } from "@/components/report/report-link";
import { muted, panel, proseHtml, textLink } from "@/components/study/styles";
import { topicHref } from "@/lib/content/links";

export function MissedQuestion({ item, question, report }: { item: MissedItem; question: Question; report: ReportTarget | undefined }) {
  const picked = question.options.filter((o) => item.lastChosen.includes(o.id) && !o.correct);
  const right = question.options.filter((o) => o.correct);
  const confusions = confusionsOf(item, question);
  return (
    <article className={`${panel} space-y-3`} aria-label={`Missed question: ${question.stemText.slice(0, 80)}`}>
      <div className={proseHtml} dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
      <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="font-semibold">Missed</dt>
        <dd>{timesInWords(item.misses)}</dd>
        <dt className="font-semibold">You picked</dt>
        <dd className="text-red-800 dark:text-red-300">
          {picked.length > 0 ? (
            <OptionItems options={picked} />
          ) : (
            <>
              Only part of the answer:
              <OptionItems options={question.options.filter((o) => item.lastChosen.includes(o.id))} />
            </>
          )}
        </dd>
        <dt className="font-semibold">Right answer</dt>
        <dd className="text-emerald-800 dark:text-emerald-300">
          <OptionItems options={right} />
        </dd>
      </dl>
      {confusions.map((c) => (
        <p key={c.chosen.id} className="font-medium">
          {confusionSentence(c)}
        </p>
      ))}
      {question.source ? (
        <p className={`text-sm ${muted}`}>
          <a className={textLink} href={topicHref(question.source.topic, question.source.anchor)}>
            Study this: {question.source.label}
          </a>
        </p>
      ) : null}
      <ReportLink target={report} id={question.id} topic={question.topic} kind="question" text={question.stemText} />
    </article>
  );
}

/** Options as a list, each rendered from its own HTML: joined text ran options together. */
function OptionItems({ options }: { options: QuestionOption[] }) {
  if (options.length === 1) {
    return <div className="[&>p]:inline" dangerouslySetInnerHTML={{ __html: options[0]!.html }} />;
  }
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {options.map((o) => (
        <li key={o.id} className="[&>p]:inline" dangerouslySetInnerHTML={{ __html: o.html }} />
      ))}
    </ul>
  );
}
