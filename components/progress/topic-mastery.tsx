"use client";
// A topic's own mastery, for its topic page: how much of it you would recall today, what is due.
import { useMemo } from "react";
import { masteryOf } from "@/lib/review/progress";
import { buildQueue } from "@/lib/srs/queue";
import { useStratus } from "@/lib/store";
import { useHydrated } from "@/components/store/use-hydrated";
import { useNow } from "@/components/store/use-now";
import { muted } from "@/components/study/styles";
import { MasteryBar } from "./mastery-table";

interface TopicMasteryProps {
  title: string;
  /** The topic's question and flashcard ids (from the bank index at build time). */
  itemIds: string[];
}

export function TopicMastery({ title, itemIds }: TopicMasteryProps) {
  const hydrated = useHydrated();
  const now = useNow();
  const cards = useStratus((s) => s.cards);
  const stats = useMemo(() => {
    if (now === null) return null;
    const due = buildQueue(itemIds, cards, { now, newLimit: 0 }).due.length;
    return { ...masteryOf(itemIds, cards, now), due };
  }, [itemIds, cards, now]);

  if (!hydrated || !stats) return <p className={`text-sm ${muted}`}>Your mastery: loading…</p>;
  if (stats.studied === 0) return <p className={`text-sm ${muted}`}>Your mastery: not studied yet.</p>;
  return (
    <div className="space-y-1 text-sm">
      <p className="font-semibold">Your mastery</p>
      <MasteryBar share={stats.share} label={`${title} mastery`} />
      <p className={muted}>
        {stats.studied} of {stats.total} cards studied{stats.due > 0 ? ` · ${stats.due} due now` : ""}
      </p>
    </div>
  );
}
