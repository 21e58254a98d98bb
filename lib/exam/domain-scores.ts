// A finished attempt's score per domain, beside the domain's weight in the exam's profile: the
// exam guide's blueprint next to how the candidate did in each part of it.
import type { TopicInfo } from "./labels";
import type { ExamResult } from "./types";

export interface DomainScore {
  id: string;
  title: string;
  /** Percent of the blueprint, rounded; absent when the profile has no weights. */
  weight?: number;
  correct: number;
  total: number;
}

/**
 * Scored questions grouped by their topic's domain (topics from the index as it is now). With
 * weights, the profile's domains come first in its order, even those with no question asked;
 * then any other domain, in the subject's order.
 */
export function domainScores(
  result: Pick<ExamResult, "byTopic" | "config">,
  topics: readonly Pick<TopicInfo, "slug" | "domain">[],
  domains: readonly { id: string; title: string }[],
): DomainScore[] {
  const weights = result.config.profile?.weights;
  const totalWeight = weights ? Object.values(weights).reduce((a, b) => a + b, 0) : 0;
  const rows = new Map<string, DomainScore>();
  const row = (id: string) => {
    let r = rows.get(id);
    if (!r) {
      const weight = weights?.[id];
      r = {
        id,
        title: domains.find((d) => d.id === id)?.title ?? id,
        ...(weight !== undefined && totalWeight > 0 ? { weight: Math.round((weight * 100) / totalWeight) } : {}),
        correct: 0,
        total: 0,
      };
      rows.set(id, r);
    }
    return r;
  };
  for (const id of Object.keys(weights ?? {})) row(id);
  for (const t of result.byTopic) {
    const domain = topics.find((topic) => topic.slug === t.topic)?.domain;
    if (domain === undefined) continue;
    const r = row(domain);
    r.correct += t.correct;
    r.total += t.total;
  }
  const rank = (id: string) => {
    const weighted = Object.keys(weights ?? {}).indexOf(id);
    if (weighted >= 0) return weighted;
    const i = domains.findIndex((d) => d.id === id);
    return 1000 + (i < 0 ? domains.length : i);
  };
  return [...rows.values()].sort((a, b) => rank(a.id) - rank(b.id));
}
