// From what the client has (the bank index and an exam profile) to the model's inputs. Pure.
import type { ReadinessDomain } from "./model";

/** What readiness needs of an exam profile (a subset of the subject's profiles). */
export interface ReadinessProfile {
  id: string;
  name: string;
  questions: number;
  /** Percent, 0–100. */
  passMark: number;
  /** Domain id → weight in the exam guide's blueprint; absent: domains weigh as their banks do. */
  weights?: Readonly<Record<string, number>>;
  unscored?: number;
}

/** The part of the bank index (/data/index.json) readiness reads. */
export interface IndexTopics {
  topics: readonly { slug: string; title: string; domain: string; questionIds: readonly string[] }[];
}

export interface DomainTitle {
  id: string;
  title: string;
}

/**
 * The exam's domains with their topics and weights, in the subject's order. A weighted domain with
 * no questions in the bank is kept: the real exam still asks it, and the model falls back on the
 * candidate's overall rate there.
 */
export function readinessDomains(index: IndexTopics, profile: ReadinessProfile, titles: readonly DomainTitle[]): ReadinessDomain[] {
  const order = new Map(titles.map((d, i) => [d.id, i]));
  const ids = new Set([...index.topics.map((t) => t.domain), ...Object.keys(profile.weights ?? {})]);
  const domains = [...ids].map((id) => {
    const topics = index.topics.filter((t) => t.domain === id).map((t) => ({ slug: t.slug, title: t.title, questionIds: t.questionIds }));
    const size = topics.reduce((n, t) => n + t.questionIds.length, 0);
    return {
      id,
      title: titles.find((d) => d.id === id)?.title ?? id,
      weight: profile.weights ? (profile.weights[id] ?? 0) : size,
      topics,
    };
  });
  return domains
    .filter((d) => d.weight > 0)
    .sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || a.id.localeCompare(b.id));
}

/** Questions the score is made of. */
export function scoredQuestions(profile: ReadinessProfile): number {
  return Math.max(1, profile.questions - (profile.unscored ?? 0));
}

/** The exam profiles to choose from (the subject's), with the candidate's own pass mark if they set one. */
export function profilesOf(index: { subject: { profiles: readonly ReadinessProfile[] } }, passMarkOverride: number | null): ReadinessProfile[] {
  const profiles = index.subject.profiles.length > 0 ? index.subject.profiles : [{ id: "full", name: "Full mock", questions: 65, passMark: 72 }];
  return profiles.map((p) => ({ id: p.id, name: p.name, questions: p.questions, passMark: passMarkOverride ?? p.passMark, weights: p.weights, unscored: p.unscored }));
}

export function domainTitlesOf(index: { subject: { domains: readonly DomainTitle[] } }): readonly DomainTitle[] {
  return index.subject.domains;
}
