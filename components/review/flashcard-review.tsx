"use client";
// One flashcard: recall, reveal the back, rate honestly. Each button shows its next interval.
import { useRef, useState } from "react";
import type { Flashcard } from "@/lib/content/types";
import type { Grade } from "@/lib/srs/card";
import { muted, primaryButton, proseHtml } from "@/components/study/styles";
import { RatingButtons } from "./rating-buttons";
import { useReviewKeys } from "./use-review-keys";

interface FlashcardReviewProps {
  card: Flashcard;
  intervals: Record<Grade, number> | null;
  /** Shown with the back of the card, never before. */
  sourceLink: React.ReactNode;
  onStart: () => void;
  onRate: (grade: Grade) => void;
}

export function FlashcardReview({ card, intervals, sourceLink, onStart, onRate }: FlashcardReviewProps) {
  const [revealed, setRevealed] = useState(false);
  const back = useRef<HTMLElement>(null);

  function reveal() {
    onStart();
    setRevealed(true);
    requestAnimationFrame(() => back.current?.focus());
  }

  useReviewKeys((key) => {
    if (!revealed) {
      if (key === "Enter") reveal();
      return key === "Enter";
    }
    if (key === "Enter") onRate(3);
    else if (key === "1" || key === "2" || key === "3" || key === "4") onRate(Number(key) as Grade);
    else return false;
    return true;
  });

  return (
    <div className="space-y-4">
      <div className={`${proseHtml} text-lg`} dangerouslySetInnerHTML={{ __html: card.frontHtml }} />
      {!revealed ? (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className={primaryButton} onClick={reveal} aria-keyshortcuts="Space Enter">
            Show answer
          </button>
          <span className={`text-sm ${muted}`}>Space or Enter</span>
        </div>
      ) : (
        <>
          <section
            ref={back}
            tabIndex={-1}
            aria-label="Answer"
            className={`${proseHtml} border-t border-slate-200 pt-4 outline-none focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700`}
            dangerouslySetInnerHTML={{ __html: card.backHtml }}
          />
          {sourceLink}
          {intervals ? (
            <div className="space-y-2">
              <p className={`text-sm ${muted}`}>How well did you remember? Keys 1–4, Space or Enter for Good.</p>
              <RatingButtons grades={[1, 2, 3, 4]} intervals={intervals} onRate={onRate} />
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
