import type { Metadata } from "next";
import { Suspense } from "react";
import { ReviewSession } from "@/components/review/review-session";

export const metadata: Metadata = {
  title: "Review",
  description: "Spaced review of questions and flashcards: what is due today, most overdue first.",
};

export default function ReviewPage() {
  return (
    <Suspense fallback={<h1 className="text-3xl font-bold tracking-tight">Review</h1>}>
      <ReviewSession />
    </Suspense>
  );
}
