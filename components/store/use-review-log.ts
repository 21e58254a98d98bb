// The full review log (IndexedDB), read after the first render and again whenever an answer is
// recorded in this tab (the capped log changes with every answer).
import { useEffect, useState } from "react";
import { readReviewLog, useStratus } from "@/lib/store";
import type { Review } from "@/lib/store/review-log";

export function useReviewLog(): Review[] | null {
  const answers = useStratus((s) => s.log);
  const [reviews, setReviews] = useState<Review[] | null>(null);
  useEffect(() => {
    let live = true;
    void readReviewLog().then((reviews) => {
      if (live) setReviews(reviews);
    });
    return () => {
      live = false;
    };
  }, [answers]);
  return reviews;
}
