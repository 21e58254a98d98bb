// Topics arranged for browsing: grouped by domain with their bank counts, and each topic's
// neighbours for previous/next links. Pure: pages pass in what getContent() returned.
import type { DomainId, Flashcard, Question, Subject, Topic, TopicBank } from "./types";

export interface TopicCard {
  slug: string;
  title: string;
  summary: string;
  domain: DomainId;
  questions: number;
  multipleResponse: number;
  flashcards: number;
}

export interface DomainGroup {
  id: DomainId;
  title: string;
  blurb: string;
  topics: TopicCard[];
}

interface CatalogInput {
  subject: Pick<Subject, "domains">;
  topics: readonly Topic[];
  questions: readonly Question[];
  flashcards: readonly Flashcard[];
}

/** Questions and flashcards grouped by topic, in one pass (banks can hold tens of thousands). */
export function groupByTopic(content: Pick<CatalogInput, "questions" | "flashcards">): Map<string, TopicBank> {
  const banks = new Map<string, TopicBank>();
  const bankOf = (topic: string) => {
    let bank = banks.get(topic);
    if (!bank) banks.set(topic, (bank = { topic, questions: [], flashcards: [] }));
    return bank;
  };
  for (const question of content.questions) bankOf(question.topic).questions.push(question);
  for (const flashcard of content.flashcards) bankOf(flashcard.topic).flashcards.push(flashcard);
  return banks;
}

export function topicCard(topic: Topic, bank: TopicBank | undefined): TopicCard {
  const { questions = [], flashcards = [] } = bank ?? {};
  return {
    slug: topic.slug,
    title: topic.title,
    summary: topic.summary,
    domain: topic.domain,
    questions: questions.length,
    multipleResponse: questions.filter((q) => q.kind === "multiple").length,
    flashcards: flashcards.length,
  };
}


/** Domains in the subject's order, each with its topics in reading order; empty domains are left out. */
export function buildCatalog(content: CatalogInput): DomainGroup[] {
  const banks = groupByTopic(content);
  return content.subject.domains.map((domain) => ({
    id: domain.id,
    title: domain.title,
    blurb: domain.blurb,
    topics: content.topics.filter((t) => t.domain === domain.id).map((t) => topicCard(t, banks.get(t.slug))),
  })).filter((group) => group.topics.length > 0);
}

export interface TopicLink {
  slug: string;
  title: string;
}

/** Previous and next topic in reading order (the order getContent() returns them). */
export function topicNeighbours(topics: readonly Topic[], slug: string): { previous?: TopicLink; next?: TopicLink } {
  const index = topics.findIndex((t) => t.slug === slug);
  if (index < 0) return {};
  const link = (t: Topic | undefined) => (t ? { slug: t.slug, title: t.title } : undefined);
  return { previous: link(topics[index - 1]), next: link(topics[index + 1]) };
}
