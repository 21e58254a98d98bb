// The app's door to content: parsed once per build process, and a build with content errors fails.
// Everything derived here is computed once too: every page of a large site asks for it.
import "server-only";
import { groupByTopic } from "./catalog";
import { formatIssue, loadContent, summarise, type ContentSet, type ContentSummary } from "./load";
import type { BankIndex, Subject, Topic, TopicBank } from "./types";

interface Derived {
  content: ContentSet;
  topicsBySlug: Map<string, Topic>;
  banks: Map<string, TopicBank>;
  summary: ContentSummary;
  index: BankIndex;
}

let cached: Derived | undefined;

function derived(): Derived {
  if (!cached) {
    const content = loadContent();
    const errors = content.issues.filter((i) => i.severity === "error");
    if (errors.length > 0) {
      throw new Error(`Content has ${errors.length} error(s):\n${errors.map(formatIssue).join("\n")}`);
    }
    const banks = groupByTopic(content);
    cached = {
      content,
      topicsBySlug: new Map(content.topics.map((t) => [t.slug, t])),
      banks,
      summary: summarise(content),
      index: {
        subject: content.subject,
        topics: content.topics.map((t) => ({
          slug: t.slug,
          title: t.title,
          domain: t.domain,
          questionIds: banks.get(t.slug)?.questions.map((q) => q.id) ?? [],
          flashcardIds: banks.get(t.slug)?.flashcards.map((f) => f.id) ?? [],
        })),
      },
    };
  }
  return cached;
}

export function getContent(): ContentSet {
  return derived().content;
}

export function getTopic(slug: string): Topic | undefined {
  return derived().topicsBySlug.get(slug);
}

export function getSummary(): ContentSummary {
  return derived().summary;
}

export function getSubject(): Subject {
  return derived().content.subject;
}

export function getBankIndex(): BankIndex {
  return derived().index;
}

export function getTopicBank(slug: string): TopicBank {
  return derived().banks.get(slug) ?? { topic: slug, questions: [], flashcards: [] };
}
