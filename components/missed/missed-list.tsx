"use client";
// Every question whose last answer was wrong, from anywhere, by topic; the repeated confusions first.
// Questions an exam left unanswered are not missed: a smaller filter lists them apart.
import Link from "@/components/ui/link";
import { useMemo, useState } from "react";
import { confusionSentence, confusionsOf, groupMissed, practiseHref } from "@/lib/review/missed";
import { lastAnswerTimes, unansweredQuestions } from "@/lib/review/unanswered";
import { useStratus } from "@/lib/store";
import { selectExamHistory } from "@/lib/store/exam-slice";
import { missedQuestions } from "@/lib/store/study-log";
import { useReportTarget } from "@/components/report/use-report-target";
import { useCatalog, useTopicBanks } from "@/components/store/use-bank";
import { useHydrated } from "@/components/store/use-hydrated";
import { buttonClass } from "@/components/ui/button";
import { useLoaded } from "@/components/ui/use-loaded";
import { muted, panel, primaryButton, secondaryButton } from "@/components/study/styles";

// Both lists below load in chunks of their own. Neither can paint before the topic files arrive
// (after the bank index), so the missed questions' card is requested on mount and is there by
// then; the unanswered list is a side view, loaded when the candidate asks for it.
const loadMissedQuestion = () => import("./missed-question");
const loadUnansweredList = () => import("./unanswered-list");

type View = "missed" | "unanswered";

export function MissedList() {
  const hydrated = useHydrated();
  const missedQuestion = useLoaded(loadMissedQuestion);
  const catalog = useCatalog();
  const log = useStratus((s) => s.log);
  const history = useStratus(selectExamHistory);
  const [view, setView] = useState<View>("missed");
  const report = useReportTarget();
  const groups = useMemo(
    () => (catalog.status === "ready" ? groupMissed(missedQuestions(log), catalog.data) : []),
    [catalog, log],
  );
  const unanswered = useMemo(
    () =>
      catalog.status === "ready"
        ? unansweredQuestions(history, lastAnswerTimes(log), (id) => catalog.data.byId.get(id)?.kind === "question")
        : [],
    [catalog, history, log],
  );
  const shown: View = view === "unanswered" && unanswered.length > 0 ? "unanswered" : "missed";
  const topics = useMemo(
    () =>
      shown === "missed" || catalog.status !== "ready"
        ? groups.map((g) => g.topic)
        : [...new Set(unanswered.map((u) => catalog.data.byId.get(u.id)!.topic))],
    [shown, groups, unanswered, catalog],
  );
  const banks = useTopicBanks(topics);

  if (catalog.status === "error") {
    return <p role="alert">The question bank could not be loaded ({catalog.message}). Reload the page to try again.</p>;
  }
  if (!hydrated || catalog.status === "loading") return <p aria-busy="true" className={muted}>Loading your answers…</p>;

  const allIds = groups.flatMap((g) => g.items.map((i) => i.id));
  const filter =
    unanswered.length > 0 ? (
      <div role="group" aria-label="Show" className="flex flex-wrap gap-2">
        <button type="button" aria-pressed={shown === "missed"} className={toggleClass(shown === "missed")} onClick={() => setView("missed")}>
          Missed ({allIds.length})
        </button>
        <button
          type="button"
          aria-pressed={shown === "unanswered"}
          className={toggleClass(shown === "unanswered")}
          onClick={() => setView("unanswered")}
        >
          Left unanswered ({unanswered.length})
        </button>
      </div>
    ) : null;

  if (shown === "unanswered") {
    return (
      <div className="space-y-6">
        {filter}
        {banks.status === "ready" ? (
          <Unanswered items={unanswered} catalog={catalog.data} banks={banks.data} />
        ) : banks.status === "error" ? (
          <p role="alert">The questions could not be loaded ({banks.message}). Reload the page to try again.</p>
        ) : (
          <p aria-busy="true" className={muted}>Loading the questions…</p>
        )}
      </div>
    );
  }

  if (groups.length === 0) {
    return (
      <div className="space-y-6">
        {filter}
        <div className={`${panel} space-y-3`}>
          <p className="text-lg font-semibold">No missed questions.</p>
          <p className={muted}>
            Questions you get wrong in an exam, in practice or in review appear here until you answer them right.
          </p>
          <Link className={primaryButton} href="/review/">
            Go to review
          </Link>
        </div>
      </div>
    );
  }
  if (banks.status === "loading") return <p aria-busy="true" className={muted}>Loading the questions…</p>;
  if (banks.status === "error") return <p role="alert">The questions could not be loaded ({banks.message}). Reload the page to try again.</p>;

  const confusions = groups.flatMap((g) =>
    g.items.flatMap((item) => {
      const question = banks.data[g.topic]?.questions.find((q) => q.id === item.id);
      return question ? confusionsOf(item, question).map((c) => ({ id: item.id, sentence: confusionSentence(c) })) : [];
    }),
  );

  return (
    <div className="space-y-8">
      {filter}
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
      {!missedQuestion ? (
        <p aria-busy="true" className={muted}>
          Loading the questions…
        </p>
      ) : (
        groups.map((group) => (
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
                    <missedQuestion.MissedQuestion item={item} question={question} report={report} />
                  </li>
                ) : null;
              })}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

/** The unanswered list, loaded when first shown. */
function Unanswered(props: React.ComponentProps<typeof import("./unanswered-list").UnansweredList>) {
  const list = useLoaded(loadUnansweredList);
  return list ? <list.UnansweredList {...props} /> : <p aria-busy="true" className={muted}>Loading the questions…</p>;
}

/** Small toggles: the unanswered list is a side view of this page, not its subject. */
function toggleClass(pressed: boolean): string {
  return buttonClass(pressed ? "primary" : "secondary", "sm");
}
