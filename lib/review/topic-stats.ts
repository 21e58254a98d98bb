// A topic's mastery and due count for its topic page.
import type { StoredCard } from "@/lib/srs/card";
import { buildQueue } from "@/lib/srs/queue";
import { masteryOf, type Mastery } from "./progress";

export interface TopicStats extends Mastery {
  due: number;
}

export function topicStats(itemIds: readonly string[], cards: Readonly<Record<string, StoredCard | undefined>>, now: number): TopicStats {
  return { ...masteryOf(itemIds, cards, now), due: buildQueue(itemIds, cards, { now, newLimit: 0 }).due.length };
}
