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

export function getBankIndex(): BankIndex {
  const { topics, questions, flashcards } = getContent();
  return {
    topics: topics.map((t) => ({
      slug: t.slug,
      title: t.title,
      domain: t.domain,
      questionIds: questions.filter((q) => q.topic === t.slug).map((q) => q.id),
      flashcardIds: flashcards.filter((f) => f.topic === t.slug).map((f) => f.id),
    })),
  };
}

export function getTopicBank(slug: string): TopicBank {
  const { questions, flashcards } = getContent();
  return {
    topic: slug,
    questions: questions.filter((q) => q.topic === slug),
    flashcards: flashcards.filter((f) => f.topic === slug),
  };
}
