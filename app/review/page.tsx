import type { Metadata } from "next";
import { Suspense } from "react";
import { FIRST_CARD_ID, FirstCard } from "@/components/review/first-card";
import { ReviewSession } from "@/components/review/review-session";

export const metadata: Metadata = {
  title: "Review",
  description: "Spaced review of questions and flashcards: what is due today, most overdue first.",
};

export default function ReviewPage() {
  // The static HTML holds the first card of a visitor with nothing saved yet (hidden unless its
  // inline script finds this is one); the live session keeps it on screen until its own card loads.
  return (
    <Suspense
      fallback={
        <div className="space-y-6">
          <h1 className="text-3xl font-bold tracking-tight">Review</h1>
          <div id={FIRST_CARD_ID} hidden>
            <FirstCard withScript />
          </div>
        </div>
      }
    >
      <ReviewSession firstCard={<FirstCard />} />
    </Suspense>
  );
}
