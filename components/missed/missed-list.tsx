"use client";
// Every question whose last answer was wrong, from anywhere, by topic; the repeated confusions first.
import Link from "next/link";
import { useMemo } from "react";
import { confusionSentence, confusionsOf, groupMissed, practiseHref } from "@/lib/review/missed";
import { useStratus } from "@/lib/store";
import { missedQuestions } from "@/lib/store/study-log";
import { useCatalog, useTopicBanks } from "@/components/store/use-bank";
import { useHydrated } from "@/components/store/use-hydrated";
import { muted, panel, primaryButton, secondaryButton } from "@/components/study/styles";
import { MissedQuestion } from "./missed-question";

export function MissedList() {
  const hydrated = useHydrated();
  const catalog = useCatalog();
  const log = useStratus((s) => s.log);
  const groups = useMemo(
    () => (catalog.status === "ready" ? groupMissed(missedQuestions(log), catalog.data) : []),
    [catalog, log],
  );
  const topics = useMemo(() => groups.map((g) => g.topic), [groups]);
  const banks = useTopicBanks(topics);

  if (catalog.status === "error") {
    return <p role="alert">The question bank could not be loaded ({catalog.message}). Reload the page to try again.</p>;
  }
  if (!hydrated || catalog.status === "loading") return <p aria-busy="true" className={muted}>Loading your answers…</p>;
  if (groups.length === 0) {
    return (
      <div className={`${panel} space-y-3`}>
        <p className="text-lg font-semibold">No missed questions.</p>
        <p className={muted}>
          Questions you get wrong in an exam, in practice or in review appear here until you answer them right.
        </p>
        <Link className={primaryButton} href="/review/">
          Go to review
        </Link>
      </div>
    );
  }
  if (banks.status === "loading") return <p aria-busy="true" className={muted}>Loading the questions…</p>;
  if (banks.status === "error") return <p role="alert">The questions could not be loaded ({banks.message}). Reload the page to try again.</p>;

  const allIds = groups.flatMap((g) => g.items.map((i) => i.id));
  const confusions = groups.flatMap((g) =>
    g.items.flatMap((item) => {
      const question = banks.data[g.topic]?.questions.find((q) => q.id === item.id);
      return question ? confusionsOf(item, question).map((c) => ({ id: item.id, sentence: confusionSentence(c) })) : [];
    }),
  );

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-4">
        <p className="text-lg">
          <strong>{allIds.length}</strong> question{allIds.length === 1 ? "" : "s"} to put right.
        </p>
        <Link className={primaryButton} href={practiseHref(allIds)}>
          Practise these ({allIds.length})
        </Link>
      </div>
      {confusions.length > 0 ? (
        <section aria-labelledby="confusions-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4 sm:p-5 dark:border-amber-800 dark:bg-amber-950">
          <h2 id="confusions-title" className="text-xl font-bold">Confusions you keep making</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {confusions.map((c) => (
              <li key={`${c.id}:${c.sentence}`}>
                <a className="underline underline-offset-2" href={`#missed-${c.id}`}>{c.sentence}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.map((group) => (
        <section key={group.topic} aria-labelledby={`topic-${group.topic}`} className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id={`topic-${group.topic}`} className="text-2xl font-bold tracking-tight">
              {group.title} <span className={`text-base font-normal ${muted}`}>({group.items.length})</span>
            </h2>
            <Link className={secondaryButton} href={practiseHref(group.items.map((i) => i.id))} aria-label={`Practise the ${group.items.length} missed in ${group.title}`}>
              Practise these
            </Link>
          </div>
          <ul className="space-y-3">
            {group.items.map((item) => {
              const question = banks.data[group.topic]?.questions.find((q) => q.id === item.id);
              return question ? (
                <li key={item.id} id={`missed-${item.id}`}>
                  <MissedQuestion item={item} question={question} />
                </li>
              ) : null;
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
