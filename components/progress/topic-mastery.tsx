"use client";
// A topic's own mastery, for its topic page: how much of it you would recall today, and what is
// due. Topic pages are for reading, so the store and scheduler load after the page is interactive
// (the same chunk the storage banner loads), not as part of the page's JavaScript.
import Link from "@/components/ui/link";
import { useEffect, useState } from "react";
import type { TopicStats } from "@/lib/review/topic-stats";
import { muted, textLink } from "@/components/study/styles";
import { MasteryBar } from "./mastery-bar";

interface TopicMasteryProps {
  slug: string;
  title: string;
  /** The topic's question and flashcard ids (from the bank index at build time). */
  itemIds: string[];
}

export function TopicMastery({ slug, title, itemIds }: TopicMasteryProps) {
  const [stats, setStats] = useState<TopicStats | null>(null);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let live = true;
    void Promise.all([import("@/lib/store"), import("@/lib/review/topic-stats")]).then(async ([store, { topicStats }]) => {
      await store.hydrateStore();
      if (!live) return;
      const update = () => setStats(topicStats(itemIds, store.useStratus.getState().cards, Date.now()));
      update();
      unsubscribe = store.useStratus.subscribe(update);
    });
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [itemIds]);

  return (
    <section aria-labelledby="topic-mastery-title" className="space-y-1 text-sm">
      <h2 id="topic-mastery-title" className="font-semibold">
        Your mastery
      </h2>
      {!stats ? (
        <p className={muted}>Reading your progress…</p>
      ) : stats.studied === 0 ? (
        <p className={muted}>Not studied yet.</p>
      ) : (
        <>
          <MasteryBar share={stats.share} label={`${title}: likely recalled today`} />
          <p className={muted}>
            {stats.studied} of {stats.total} cards studied
            {stats.due > 0 ? (
              <>
                {" · "}
                <Link className={textLink} href={`/review/?topic=${encodeURIComponent(slug)}`}>
                  {stats.due} due now
                </Link>
              </>
            ) : null}
          </p>
        </>
      )}
    </section>
  );
}
