"use client";
// Loads the current card's topic bank (cached per page load) and shows the question or flashcard.
import { useLayoutEffect, useMemo } from "react";
import { findItem } from "@/lib/data/fetch-bank";
import type { ItemRef } from "@/lib/review/session";
import { REPS, type Grade } from "@/lib/srs/card";
import { useStratus } from "@/lib/store";
import { previewIntervals } from "@/lib/store/preview";
import { ReportLink } from "@/components/report/report-link";
import { useReportTarget } from "@/components/report/use-report-target";
import { useTopicBanks } from "@/components/store/use-bank";
import { useScheduler } from "@/components/store/use-scheduler";
import { muted, panel } from "@/components/study/styles";
import { FlashcardReview } from "./flashcard-review";
import { QuestionReview } from "./question-review";
import { SourceLink } from "./source-link";

interface ReviewItemProps {
  item: ItemRef;
  /** The topic's title: names the subject without the section, which could give the answer away. */
  topicTitle: string;
  now: number;
  onStart: () => void;
  onWrong: (chosen: string[]) => void;
  onNext: () => void;
  onRate: (grade: Grade, chosen?: string[]) => void;
  /** The card's bank has loaded (or failed): what this shows is final. */
  onLoaded?: () => void;
}

export function ReviewItem({ item, topicTitle, now, onStart, onWrong, onNext, onRate, onLoaded }: ReviewItemProps) {
  const topics = useMemo(() => [item.topic], [item.topic]);
  const banks = useTopicBanks(topics);
  const loaded = banks.status !== "loading";
  useLayoutEffect(() => {
    if (loaded) onLoaded?.();
  }, [loaded, onLoaded]);
  const card = useStratus((s) => s.cards[item.id]);
  const retention = useStratus((s) => s.settings.retention);
  // FSRS loads alongside the bank file; the rating buttons appear after an answer, by when it is there.
  const scheduler = useScheduler();
  const intervals = useMemo(() => (scheduler ? previewIntervals(scheduler, card, retention, now) : null), [scheduler, card, retention, now]);
  // Fixed when the card appears; a new seed next time it is reviewed (reps has moved on).
  const seed = `${item.id}:${card?.[REPS] ?? 0}`;
  const report = useReportTarget();

  if (banks.status === "loading") return <p aria-busy="true" className={muted}>Loading the card…</p>;
  if (banks.status === "error") {
    return (
      <p role="alert" className="text-red-800 dark:text-red-300">
        This card could not be loaded ({banks.message}). Reload the page to try again.
      </p>
    );
  }
  const bank = banks.data[item.topic];
  const found = bank ? findItem(bank, item.id) : undefined;
  if (!found) return <p role="alert">This card is no longer in the bank.</p>;

  // Imported banks may have no source; the link waits for the answer so it cannot give it away.
  const sourceLink = <SourceLink source={found.item.source} />;
  return (
    <article aria-label={found.kind === "question" ? "Question" : "Flashcard"} className={`${panel} space-y-4`}>
      <p className={`text-sm ${muted}`}>
        {found.kind === "question" ? "Question" : "Flashcard"} · {topicTitle}
      </p>
      {found.kind === "question" ? (
        <QuestionReview
          question={found.item}
          seed={seed}
          intervals={intervals}
          sourceLink={sourceLink}
          onStart={onStart}
          onWrong={onWrong}
          onNext={onNext}
          onRate={onRate}
        />
      ) : (
        <FlashcardReview card={found.item} intervals={intervals} sourceLink={sourceLink} onStart={onStart} onRate={(grade) => onRate(grade)} />
      )}
      <ReportLink
        target={report}
        id={item.id}
        topic={item.topic}
        kind={found.kind}
        {...(found.kind === "question" ? { text: found.item.stemText } : { html: found.item.frontHtml })}
      />
    </article>
  );
}
