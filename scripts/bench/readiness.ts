// How honest is the readiness panel? Simulated learners study a synthetic bank for 60 days with
// varied habits; memory follows FSRS's own forgetting curve with each learner's true stability
// (the app's estimate scaled by a hidden factor), first answers follow hidden per-question chances.
// On the exam date each learner sits one simulated mock; the model's prediction, made from what the
// app would know (cards and first answers only), is scored against it.
import { default_w, forgetting_curve } from "ts-fsrs";
import { mulberry32, shuffle } from "../../lib/exam/random";
import { topAdvice } from "../../lib/readiness/advice";
import { examShares, predict, predictPrepared, prepare, type ReadinessDomain, type ReadinessInput } from "../../lib/readiness/model";
import { studyPlan } from "../../lib/readiness/plan";
import { normal } from "../../lib/readiness/sample";
import { DAY_MS, DUE, LAST_REVIEW, STABILITY, STATE, type StoredCard } from "../../lib/srs/card";
import { reviewCard } from "../../lib/srs/scheduler";
import { median, round } from "./util";

const START = Date.UTC(2026, 8, 1, 8);
const DAYS = 60;
const EXAM_QUESTIONS = 65;
const PASS_MARK = 0.72;
/** SAA-C03-like blueprint, four domains. */
const WEIGHTS = [30, 26, 24, 20];
const PER_DOMAIN = 150;

interface Learner {
  newPerDay: number;
  studyChance: number;
  retention: number;
  /** True stability = the app's stability × this. */
  memory: number;
  /** Chance of a right first answer, per question id. */
  firstChance: Map<string, number>;
  /** Days with a full mock, which also introduces the questions it shows. */
  mockEvery: number;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

function syntheticDomains(): ReadinessDomain[] {
  return WEIGHTS.map((weight, d) => ({
    id: `d${d}`,
    title: `Domain ${d + 1}`,
    weight,
    topics: [0, 1, 2].map((t) => ({
      slug: `d${d}-t${t}`,
      title: `Topic ${t + 1}`,
      questionIds: Array.from({ length: PER_DOMAIN / 3 }, (_, i) => `d${d}-t${t}-q${i}`),
    })),
  }));
}

function makeLearner(domains: ReadinessDomain[], random: () => number): Learner {
  const level = 0.3 + 0.45 * random();
  const firstChance = new Map<string, number>();
  for (const domain of domains) {
    const domainLevel = logit(level) + 0.5 * normal(random);
    for (const topic of domain.topics) for (const id of topic.questionIds) firstChance.set(id, logistic(domainLevel + 0.9 * normal(random)));
  }
  return {
    newPerDay: [3, 5, 8, 12, 20][Math.floor(random() * 5)]!,
    studyChance: 0.2 + 0.8 * random(),
    retention: [0.85, 0.9, 0.95][Math.floor(random() * 3)]!,
    memory: Math.exp(0.3 * normal(random)),
    firstChance,
    mockEvery: [0, 0, 10, 20][Math.floor(random() * 4)]!,
  };
}

/** The chance this learner answers a question right at `at`, with the true (hidden) memory. */
function trueChance(learner: Learner, id: string, card: StoredCard | undefined, at: number): number {
  const p = learner.firstChance.get(id)!;
  if (!card || card[STATE] === 0) return p;
  const recall = forgetting_curve(default_w, Math.max(0, at - card[LAST_REVIEW]) / DAY_MS, card[STABILITY] * learner.memory);
  return recall + (1 - recall) * p;
}

interface Run {
  cards: Record<string, StoredCard>;
  firstAnswers: Record<string, 0 | 1>;
}

function answer(run: Run, learner: Learner, id: string, at: number, random: () => number) {
  const right = random() < trueChance(learner, id, run.cards[id], at);
  if (run.firstAnswers[id] === undefined) run.firstAnswers[id] = right ? 1 : 0;
  run.cards[id] = reviewCard(run.cards[id], right ? 3 : 1, at, { retention: learner.retention, fuzz: true });
}

function drawExam(domains: ReadinessDomain[], random: () => number): string[] {
  const counts = examShares(domains, EXAM_QUESTIONS);
  return domains.flatMap((d, i) => shuffle(d.topics.flatMap((t) => t.questionIds), random).slice(0, counts[i]));
}

function simulate(learner: Learner, domains: ReadinessDomain[], order: string[], random: () => number): Run {
  const run: Run = { cards: {}, firstAnswers: {} };
  let nextNew = 0;
  for (let day = 0; day < DAYS; day++) {
    if (random() >= learner.studyChance) continue;
    let at = START + day * DAY_MS;
    if (learner.mockEvery > 0 && day > 0 && day % learner.mockEvery === 0) {
      for (const id of drawExam(domains, random)) answer(run, learner, id, (at += 60_000), random);
    }
    for (let i = 0; i < learner.newPerDay && nextNew < order.length; i++) {
      const id = order[nextNew++]!;
      if (!run.cards[id]) answer(run, learner, id, (at += 30_000), random);
    }
    // Everything due now, again until nothing is (learning steps come back within minutes), as
    // the review page's queue offers it (due, then learning cards due within 20 minutes).
    for (let pass = 0; pass < 8; pass++) {
      const due = Object.keys(run.cards).filter((id) => run.cards[id]![DUE] <= at + 20 * 60_000);
      if (due.length === 0) break;
      for (const id of due) answer(run, learner, id, (at = Math.max(at + 30_000, run.cards[id]![DUE])), random);
    }
  }
  return run;
}

export interface ReadinessBench {
  learners: number;
  /** Mean absolute error of the predicted mock score on the exam date, in points (goal ≤ 5). */
  maePoints: number;
  /** Share of simulated scores inside the predicted 80% interval (goal 0.75–0.85). */
  coverage80: number;
  /** Brier score of the pass chance (0 is perfect; always saying 50% scores 0.25). */
  brier: number;
  /** Brier score of always predicting the sample's pass rate, for comparison. */
  brierBaseline: number;
  passRate: number;
  notEnough: number;
  /** Median time to compute the panel (prediction, advice, plan) for 10,000 cards, ms. */
  panelMs10000: number;
}

export function measureReadiness(learners = 200, seed = 20261201): ReadinessBench {
  const random = mulberry32(seed);
  const domains = syntheticDomains();
  const allIds = domains.flatMap((d) => d.topics.flatMap((t) => t.questionIds));
  let absError = 0;
  let covered = 0;
  let brier = 0;
  let scored = 0;
  let notEnough = 0;
  const outcomes: { chance: number; passed: number }[] = [];
  for (let l = 0; l < learners; l++) {
    const learner = makeLearner(domains, random);
    const run = simulate(learner, domains, shuffle(allIds, random), random);
    const at = START + DAYS * DAY_MS + 2 * 3_600_000;
    const input: ReadinessInput = {
      domains,
      cards: run.cards,
      firstAnswers: run.firstAnswers,
      scoredQuestions: EXAM_QUESTIONS,
      passMark: PASS_MARK,
      at,
      seed: l + 1,
    };
    const prediction = predict(input);
    if (prediction.status !== "ok") {
      notEnough++;
      continue;
    }
    const exam = drawExam(domains, random);
    let right = 0;
    for (const id of exam) if (random() < trueChance(learner, id, run.cards[id], at)) right++;
    const score = right / exam.length;
    const passed = score >= PASS_MARK ? 1 : 0;
    absError += Math.abs(prediction.mean - score);
    if (score >= prediction.low - 1e-9 && score <= prediction.high + 1e-9) covered++;
    brier += (prediction.passChance - passed) ** 2;
    outcomes.push({ chance: prediction.passChance, passed });
    scored++;
  }
  const passRate = outcomes.reduce((n, o) => n + o.passed, 0) / Math.max(1, scored);
  const brierBaseline = outcomes.reduce((s, o) => s + (passRate - o.passed) ** 2, 0) / Math.max(1, scored);
  return {
    learners: scored,
    maePoints: round((100 * absError) / Math.max(1, scored), 2),
    coverage80: round(covered / Math.max(1, scored), 3),
    brier: round(brier / Math.max(1, scored), 3),
    brierBaseline: round(brierBaseline, 3),
    passRate: round(passRate, 3),
    notEnough,
    panelMs10000: timePanel(10_000),
  };
}

/** The panel's whole computation for a bank of `count` questions, most of them studied. */
export function timePanel(count: number, runs = 9): number {
  const random = mulberry32(99);
  const perDomain = Math.ceil(count / WEIGHTS.length);
  const domains: ReadinessDomain[] = WEIGHTS.map((weight, d) => ({
    id: `d${d}`,
    title: `Domain ${d}`,
    weight,
    topics: Array.from({ length: 10 }, (_, t) => ({
      slug: `d${d}-t${t}`,
      title: `Topic ${t}`,
      questionIds: Array.from({ length: Math.ceil(perDomain / 10) }, (_, i) => `d${d}-t${t}-q${i}`),
    })),
  }));
  const now = START + 40 * DAY_MS;
  const cards: Record<string, StoredCard> = {};
  const firstAnswers: Record<string, 0 | 1> = {};
  const ids = domains.flatMap((d) => d.topics.flatMap((t) => t.questionIds));
  ids.forEach((id, i) => {
    if (i % 4 === 0) return;
    const last = now - Math.floor(random() * 30) * DAY_MS;
    const stability = 1 + random() * 60;
    cards[id] = [last + stability * DAY_MS, stability, 5, Math.round(stability), 3, 0, 2, last, 0];
    firstAnswers[id] = random() < 0.6 ? 1 : 0;
  });
  const times: number[] = [];
  for (let r = 0; r < runs + 2; r++) {
    const started = performance.now();
    // What the panel computes: both predictions (today, the exam day), the advice and the plan.
    const prepared = prepare(domains, cards, firstAnswers);
    const options = { scoredQuestions: 65, passMark: PASS_MARK, seed: r };
    predictPrepared(prepared, { ...options, at: now });
    const prediction = predictPrepared(prepared, { ...options, at: now + 30 * DAY_MS });
    topAdvice(prepared, prediction.domains, now + 30 * DAY_MS, 0.9);
    studyPlan({ itemIds: ids, cards, now, examAt: now + 30 * DAY_MS, offsetMinutes: 0, retention: 0.9, newPerDaySetting: 20 });
    if (r >= 2) times.push(performance.now() - started);
  }
  return round(median(times), 1);
}

// `npx tsx scripts/bench/readiness.ts`: this piece alone.
if (process.argv[1]?.endsWith("readiness.ts")) {
  console.log(JSON.stringify(measureReadiness(Number(process.argv[2] ?? 200))));
}
