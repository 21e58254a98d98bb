// "If I sat the exam on my date, what would I score?" A pure model: cards, first answers, the exam's
// blueprint, `now`, the target time and a seed in; a prediction with its uncertainty out.
//
// Each scored question of the exam is drawn from a domain (by the profile's weights) and, within it,
// uniformly from that domain's questions. For a question the candidate has studied, the chance of
// answering it right at time t is R(t) + (1 − R(t))·θ: they recall it (FSRS retrievability), or they
// have forgotten it and answer like someone meeting it for the first time. θ, the domain's
// first-attempt accuracy, is also the chance for a question never seen. θ is uncertain: a Beta
// posterior from the candidate's first answers in the domain, shrunk toward their overall rate
// (itself a Beta posterior), so a domain with three answers borrows strength from the rest.
// Mock exams feed this too: every question first met in a mock is a first answer, and every mock
// answer moves that question's memory state.
//
// The interval and the pass chance come from Monte Carlo over the model itself: draw the overall
// rate and each θ from their posteriors, then each domain's correct count from a Binomial with that
// domain's mean chance. The point prediction is the model's expectation, computed exactly.
import { LAST_REVIEW, STABILITY, STATE, type StoredCard } from "@/lib/srs/card";
import { recallProbability } from "@/lib/srs/recall";
import { mulberry32 } from "@/lib/exam/random";
import { allocate } from "@/lib/exam/compose";
import { beta, binomial, quantile } from "./sample";

export type Cards = Readonly<Record<string, StoredCard | undefined>>;

export interface ReadinessTopic {
  slug: string;
  title: string;
  questionIds: readonly string[];
}

export interface ReadinessDomain {
  id: string;
  title: string;
  /** The domain's weight in the exam blueprint (any positive scale). */
  weight: number;
  topics: readonly ReadinessTopic[];
}

/** A topic's questions as numbers, read once from cards and answers (string lookups are the slow part). */
export interface PreparedTopic {
  slug: string;
  title: string;
  count: number;
  /** Stability in days; 0 for a question never studied. */
  stability: Float64Array;
  lastReview: Float64Array;
  /** First answer: 1 right, 0 wrong, -1 none. */
  first: Int8Array;
}

export interface PreparedDomain {
  id: string;
  title: string;
  weight: number;
  topics: PreparedTopic[];
}

export function prepare(domains: readonly ReadinessDomain[], cards: Cards, firstAnswers: Readonly<Record<string, 0 | 1 | undefined>>): PreparedDomain[] {
  return domains.map((domain) => ({
    id: domain.id,
    title: domain.title,
    weight: domain.weight,
    topics: domain.topics.map((topic) => {
      const n = topic.questionIds.length;
      const stability = new Float64Array(n);
      const lastReview = new Float64Array(n);
      const first = new Int8Array(n).fill(-1);
      for (let i = 0; i < n; i++) {
        const id = topic.questionIds[i]!;
        const card = cards[id];
        if (card && card[STATE] !== 0 && card[STABILITY] > 0) {
          stability[i] = card[STABILITY];
          lastReview[i] = card[LAST_REVIEW];
        }
        const answer = firstAnswers[id];
        if (answer !== undefined) first[i] = answer;
      }
      return { slug: topic.slug, title: topic.title, count: n, stability, lastReview, first };
    }),
  }));
}

export interface ReadinessInput extends PredictOptions {
  domains: readonly ReadinessDomain[];
  cards: Cards;
  /** The first answer ever given to each question: 1 right, 0 wrong; absent if never answered. */
  firstAnswers: Readonly<Record<string, 0 | 1 | undefined>>;
}

export interface DomainPrediction {
  id: string;
  title: string;
  /** Share of the exam's scored questions, 0–1. */
  share: number;
  /** Scored questions the exam draws from this domain. */
  examQuestions: number;
  bankQuestions: number;
  seen: number;
  firstAnswers: number;
  firstCorrect: number;
  /** Posterior mean first-attempt accuracy θ, 0–1. */
  accuracy: number;
  /** Expected share of this domain's exam questions answered right at the target time, 0–1. */
  predicted: number;
  /** Σ R over studied questions and Σ (1 − R) over studied + unseen: p̄(θ) = (recalled + θ·open) / bank. */
  recalled: number;
  open: number;
}

export type Prediction =
  | { status: "not-enough"; answered: number; needed: number; domains: DomainPrediction[] }
  | {
      status: "ok";
      answered: number;
      /** Expected score, 0–1. */
      mean: number;
      /** The interval's ends, 0–1: `interval` of outcomes fall between them. */
      low: number;
      high: number;
      interval: number;
      /** Probability the score reaches the pass mark. */
      passChance: number;
      domains: DomainPrediction[];
    };

/** Below this many answered questions the model says so instead of printing a number. */
export const MIN_FIRST_ANSWERS = 20;
/** How many answers' worth of weight the overall rate has in a domain's prior. */
export const PRIOR_STRENGTH = 8;
export const DEFAULT_SAMPLES = 4000;

/** Splits the scored questions across domains by weight, largest remainder, in integers. */
export function examShares(domains: readonly Pick<ReadinessDomain, "weight">[], scored: number): number[] {
  const scaled = domains.map((d) => Math.max(0, Math.round(d.weight * 1000)));
  return allocate(scaled, scored);
}

function overallPosterior(domains: readonly DomainPrediction[]): { a: number; b: number } {
  let right = 0;
  let wrong = 0;
  for (const d of domains) {
    right += d.firstCorrect;
    wrong += d.firstAnswers - d.firstCorrect;
  }
  return { a: 1 + right, b: 1 + wrong };
}

/** One topic's questions at time `at`: first answers, what is studied, and how much of it is recalled. */
export interface TopicStats {
  answers: number;
  correct: number;
  seen: number;
  /** Σ R over studied questions. */
  recalled: number;
  /** Σ (1 − R) over studied questions, plus 1 per unseen one. */
  open: number;
  /** Studied questions whose R is below `retention`, and Σ (retention − R) over them (0 without a retention). */
  fading: number;
  fadingSum: number;
}

export function topicStats(topic: PreparedTopic, at: number, retention = 0): TopicStats {
  const stats: TopicStats = { answers: 0, correct: 0, seen: 0, recalled: 0, open: 0, fading: 0, fadingSum: 0 };
  for (let q = 0; q < topic.count; q++) {
    const first = topic.first[q]!;
    if (first >= 0) {
      stats.answers++;
      stats.correct += first;
    }
    const stability = topic.stability[q]!;
    if (stability === 0) {
      stats.open += 1;
      continue;
    }
    const r = recallProbability(at - topic.lastReview[q]!, stability);
    stats.seen++;
    stats.recalled += r;
    stats.open += 1 - r;
    if (r < retention) {
      stats.fading++;
      stats.fadingSum += retention - r;
    }
  }
  return stats;
}

/** Per-domain sufficient statistics at the target time; O(questions), on typed arrays. */
function domainStats(domains: readonly PreparedDomain[], scoredQuestions: number, at: number): DomainPrediction[] {
  const counts = examShares(domains, scoredQuestions);
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  return domains.map((domain, i) => {
    let bank = 0;
    let seen = 0;
    let recalled = 0;
    let open = 0;
    let answers = 0;
    let correct = 0;
    for (const topic of domain.topics) {
      const t = topicStats(topic, at);
      bank += topic.count;
      answers += t.answers;
      correct += t.correct;
      seen += t.seen;
      recalled += t.recalled;
      open += t.open;
    }
    return {
      id: domain.id,
      title: domain.title,
      share: counts[i]! / total,
      examQuestions: counts[i]!,
      bankQuestions: bank,
      seen,
      firstAnswers: answers,
      firstCorrect: correct,
      accuracy: 0,
      predicted: 0,
      recalled,
      open,
    };
  });
}

/** Mean chance of a right answer in a domain, given θ; a domain with no bank is all unseen. */
function domainChance(d: Pick<DomainPrediction, "recalled" | "open" | "bankQuestions">, theta: number): number {
  return d.bankQuestions === 0 ? theta : (d.recalled + theta * d.open) / d.bankQuestions;
}

export interface PredictOptions {
  /** Questions that count toward the score (a profile's questions minus its unscored ones). */
  scoredQuestions: number;
  /** Share of scored questions needed to pass, 0–1. */
  passMark: number;
  /** When the exam is sat (epoch ms). */
  at: number;
  seed: number;
  /** Monte Carlo draws; more narrows the noise in the interval and pass chance. */
  samples?: number;
  /** Central share of outcomes the interval holds. */
  interval?: number;
}

/** The prediction for one exam moment; `prepared` can serve several (today, the exam day). */
export function predictPrepared(prepared: readonly PreparedDomain[], input: PredictOptions): Prediction {
  const domains = domainStats(prepared, input.scoredQuestions, input.at);
  const { a, b } = overallPosterior(domains);
  const overall = a / (a + b);
  for (const d of domains) {
    const wrong = d.firstAnswers - d.firstCorrect;
    d.accuracy = (PRIOR_STRENGTH * overall + d.firstCorrect) / (PRIOR_STRENGTH + d.firstCorrect + wrong);
    d.predicted = domainChance(d, d.accuracy);
  }
  const answered = domains.reduce((n, d) => n + d.firstAnswers, 0);
  if (answered < MIN_FIRST_ANSWERS) return { status: "not-enough", answered, needed: MIN_FIRST_ANSWERS, domains };

  const scored = domains.reduce((n, d) => n + d.examQuestions, 0);
  const mean = scored === 0 ? 0 : domains.reduce((s, d) => s + d.predicted * d.examQuestions, 0) / scored;

  const random = mulberry32(input.seed);
  const samples = input.samples ?? DEFAULT_SAMPLES;
  const scores = new Float64Array(samples);
  const needed = Math.ceil(input.passMark * scored - 1e-9);
  let passes = 0;
  for (let s = 0; s < samples; s++) {
    const m = beta(a, b, random);
    let right = 0;
    for (const d of domains) {
      if (d.examQuestions === 0) continue;
      const wrong = d.firstAnswers - d.firstCorrect;
      const theta = beta(PRIOR_STRENGTH * m + d.firstCorrect, PRIOR_STRENGTH * (1 - m) + wrong, random);
      right += binomial(d.examQuestions, domainChance(d, theta), random);
    }
    scores[s] = scored === 0 ? 0 : right / scored;
    if (right >= needed) passes++;
  }
  scores.sort();
  const interval = input.interval ?? 0.8;
  return {
    status: "ok",
    answered,
    mean,
    low: quantile(scores, (1 - interval) / 2),
    high: quantile(scores, 1 - (1 - interval) / 2),
    interval,
    passChance: passes / samples,
    domains,
  };
}

export function predict(input: ReadinessInput): Prediction {
  return predictPrepared(prepare(input.domains, input.cards, input.firstAnswers), input);
}

/** The first recorded answer to each question, from the answer log (oldest entry first). */
export function firstAnswersFromLog(log: Readonly<Record<string, readonly (readonly unknown[])[] | undefined>>): Record<string, 0 | 1> {
  const out: Record<string, 0 | 1> = {};
  for (const id in log) {
    const entries = log[id];
    if (!entries) continue;
    for (const entry of entries) {
      const correct = entry[3];
      if (correct === 0 || correct === 1) {
        out[id] = correct;
        break;
      }
    }
  }
  return out;
}
