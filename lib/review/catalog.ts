// Every item of the bank, indexed for the pages that study it, from the bank index. Pure.
import type { BankIndex } from "@/lib/content/types";
import { interleaveNew, NEW_ORDER_SEED } from "@/lib/srs/new-order";

export interface ItemRef {
  id: string;
  topic: string;
  kind: "question" | "flashcard";
}

export interface BankCatalog {
  /** Every item in bank order: topic by topic, questions then flashcards. */
  ids: string[];
  /** Every item in the order new cards are introduced: mixed across topics and kinds (new-order.ts). */
  newOrder: string[];
  byId: Map<string, ItemRef>;
  /** `newOrder`: the topic's items in the same mixed order (questions and flashcards interleaved). */
  topics: { slug: string; title: string; domain?: string; ids: string[]; newOrder: string[] }[];
  /** The subject's domains in order, when the index carries them. */
  domains: { id: string; title: string }[];
}

export function catalogOf(index: Pick<BankIndex, "topics"> & Partial<Pick<BankIndex, "subject">>): BankCatalog {
  const ids: string[] = [];
  const byId = new Map<string, ItemRef>();
  const topics = index.topics.map((t) => {
    const topicIds = [...t.questionIds, ...t.flashcardIds];
    for (const id of t.questionIds) byId.set(id, { id, topic: t.slug, kind: "question" });
    for (const id of t.flashcardIds) byId.set(id, { id, topic: t.slug, kind: "flashcard" });
    ids.push(...topicIds);
    return { slug: t.slug, title: t.title, domain: t.domain, ids: topicIds, newOrder: [] as string[] };
  });
  const groups = index.topics.flatMap((t) => [{ ids: t.questionIds }, { ids: t.flashcardIds }]);
  const newOrder = interleaveNew(groups, NEW_ORDER_SEED);
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  for (const id of newOrder) bySlug.get(byId.get(id)!.topic)!.newOrder.push(id);
  const domains = (index.subject?.domains ?? []).map((d) => ({ id: d.id, title: d.title }));
  return { ids, newOrder, byId, topics, domains };
}
