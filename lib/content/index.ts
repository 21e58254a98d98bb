// The app's door to content: parsed once per build, and a build with content errors fails.
import "server-only";
import { formatIssue, loadContent, summarise, type ContentSet } from "./load";
import type { BankIndex, TopicBank } from "./types";

let cached: ContentSet | undefined;

export function getContent(): ContentSet {
  if (!cached) {
    const content = loadContent();
    const errors = content.issues.filter((i) => i.severity === "error");
    if (errors.length > 0) {
      throw new Error(`Content has ${errors.length} error(s):\n${errors.map(formatIssue).join("\n")}`);
    }
    cached = content;
  }
  return cached;
}

export function getTopic(slug: string) {
  return getContent().topics.find((t) => t.slug === slug);
}

export function getSummary() {
  return summarise(getContent());
}

/**
 * Questions and flashcards grouped by topic, once per build. Every topic page and data file asks
 * for its topic's share; filtering the whole bank for each of them made large builds quadratic.
 */
let byTopic: Map<string, TopicBank> | undefined;

function banksByTopic(): Map<string, TopicBank> {
  if (!byTopic) {
    const { topics, questions, flashcards } = getContent();
    const groups = new Map<string, TopicBank>(topics.map((t) => [t.slug, { topic: t.slug, questions: [], flashcards: [] }]));
    for (const q of questions) groups.get(q.topic)?.questions.push(q);
    for (const f of flashcards) groups.get(f.topic)?.flashcards.push(f);
    byTopic = groups;
  }
  return byTopic;
}

let bankIndex: BankIndex | undefined;

export function getBankIndex(): BankIndex {
  if (!bankIndex) {
    const groups = banksByTopic();
    bankIndex = {
      topics: getContent().topics.map((t) => {
        const bank = groups.get(t.slug);
        return {
          slug: t.slug,
          title: t.title,
          domain: t.domain,
          questionIds: bank?.questions.map((q) => q.id) ?? [],
          flashcardIds: bank?.flashcards.map((f) => f.id) ?? [],
        };
      }),
    };
  }
  return bankIndex;
}

export function getTopicBank(slug: string): TopicBank {
  return banksByTopic().get(slug) ?? { topic: slug, questions: [], flashcards: [] };
}
