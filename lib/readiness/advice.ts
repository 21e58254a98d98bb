// The few things that would raise the predicted score most, in exam points, each with the page that
// does it. Pure, from the same inputs as the model, so the advice always agrees with the numbers.
//
// Expected gains, in points of the exam score (percent), for domain d with exam share w_d, bank N_d,
// first-attempt accuracy θ_d, and desired retention r (a card studied now is recalled at about r):
// - learn the U_d unseen questions: w_d · U_d/N_d · r·(1 − θ_d);
// - review the studied questions whose recall at the exam is below r: w_d · Σ (r − R_i)·(1 − θ_d) / N_d;
// - re-read a topic whose first answers lag the candidate's overall rate θ̄ (at least 3 answers):
//   w_d · O_t/N_d · (θ̄ − θ_t), bringing the topic up to the candidate's usual level on the questions
//   not firmly recalled (O_t = Σ (1 − R) + unseen); θ_t is shrunk toward θ̄ as a domain's θ is.
import { PRIOR_STRENGTH, topicStats, type DomainPrediction, type PreparedDomain } from "./model";

export type AdviceKind = "learn" | "review" | "read";

export interface Advice {
  kind: AdviceKind;
  domain: string;
  domainTitle: string;
  topic: { slug: string; title: string };
  /** Questions concerned: unseen, fading, or the topic's bank. */
  count: number;
  /** Expected gain in exam points (0–100 scale). */
  gain: number;
}

/** Gains smaller than this (in points) are not worth a line. */
export const MIN_GAIN = 0.1;

/** `prepared` and `domains` as predictPrepared used and returned them for the exam moment `at`. */
export function topAdvice(prepared: readonly PreparedDomain[], domains: readonly DomainPrediction[], at: number, retention: number, limit = 3): Advice[] {
  let right = 0;
  let answered = 0;
  for (const d of domains) {
    right += d.firstCorrect;
    answered += d.firstAnswers;
  }
  const overall = (1 + right) / (2 + answered);
  const advice: Advice[] = [];
  prepared.forEach((domain, i) => {
    const stats = domains[i]!;
    if (stats.bankQuestions === 0 || stats.share === 0) return;
    const points = (100 * stats.share) / stats.bankQuestions;
    const lift = 1 - stats.accuracy;
    let bestLearn = { unseen: 0, topic: domain.topics[0]! };
    let bestReview = { fading: 0, sum: 0, topic: domain.topics[0]! };
    let unseenTotal = 0;
    let fadingTotal = 0;
    let fadingCount = 0;
    for (const topic of domain.topics) {
      const { answers: firstAll, correct: firstRight, seen, open, fading, fadingSum: sum } = topicStats(topic, at, retention);
      const unseen = topic.count - seen;
      unseenTotal += unseen;
      fadingTotal += sum;
      fadingCount += fading;
      if (unseen > bestLearn.unseen) bestLearn = { unseen, topic };
      if (sum > bestReview.sum) bestReview = { fading, sum, topic };
      if (firstAll >= 3) {
        const accuracy = (PRIOR_STRENGTH * overall + firstRight) / (PRIOR_STRENGTH + firstAll);
        const gain = points * open * (overall - accuracy);
        if (gain >= MIN_GAIN) {
          advice.push({ kind: "read", domain: domain.id, domainTitle: domain.title, topic: pick(topic), count: topic.count, gain });
        }
      }
    }
    const learnGain = points * unseenTotal * retention * lift;
    if (learnGain >= MIN_GAIN) {
      advice.push({ kind: "learn", domain: domain.id, domainTitle: domain.title, topic: pick(bestLearn.topic), count: unseenTotal, gain: learnGain });
    }
    const reviewGain = points * fadingTotal * lift;
    if (reviewGain >= MIN_GAIN) {
      advice.push({ kind: "review", domain: domain.id, domainTitle: domain.title, topic: pick(bestReview.topic), count: fadingCount, gain: reviewGain });
    }
  });
  return advice.sort((a, b) => b.gain - a.gain || a.domain.localeCompare(b.domain)).slice(0, limit);
}

const pick = (topic: { slug: string; title: string }) => ({ slug: topic.slug, title: topic.title });
