// Which questions an attempt asks, in which order, and for how long. Pure: the bank index, the
// seed and the start time come in as arguments.
import type { ExamProfile } from "@/lib/content/types";
import { mulberry32, shuffle } from "./random";
import type { ExamAttempt, ExamConfig, ExamMode } from "./types";

/** The part of the bank index composition needs: ids only, no question text. */
export interface BankTopicIds {
  slug: string;
  /** Needed by profiles with domain weights. */
  domain?: string;
  questionIds: readonly string[];
}

/** The real exam's pace when a custom exam does not set its own: 2 minutes a question. */
import { MAX_MINUTES } from "./limits";

export { MAX_MINUTES, MINUTES_PER_QUESTION } from "./limits";

export type ExamRequest =
  | { kind: "profile"; profile: ExamProfile }
  | { kind: "custom"; topics: string[]; count: number; minutes: number; mode: ExamMode }
  | { kind: "retake"; retakeOf: string; questionIds: string[]; minutes: number; mode: ExamMode };

/**
 * Splits `total` across buckets in proportion to their sizes, by largest remainder (Hamilton):
 * every bucket gets the floor of its exact share, and the seats left over go to the largest
 * fractional parts. Integer arithmetic, so there is no floating-point tie to break by accident.
 * Ties go to the larger bucket, then to the earlier one. Never gives a bucket more than its size.
 */
export function allocate(sizes: readonly number[], total: number): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0);
  if (sum === 0 || total <= 0) return sizes.map(() => 0);
  if (total >= sum) return sizes.slice();
  const shares = sizes.map((size, i) => ({ i, size, floor: Math.floor((total * size) / sum), rest: (total * size) % sum }));
  let left = total - shares.reduce((a, s) => a + s.floor, 0);
  const byRemainder = shares.slice().sort((a, b) => b.rest - a.rest || b.size - a.size || a.i - b.i);
  const out = shares.map((s) => s.floor);
  for (const s of byRemainder) {
    if (left === 0) break;
    if ((out[s.i] ?? 0) < s.size) {
      out[s.i] = (out[s.i] ?? 0) + 1;
      left--;
    }
  }
  return out;
}

/** Draws `count` questions across topics in proportion to their banks, then shuffles the lot. */
export function drawQuestions(topics: readonly BankTopicIds[], count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const quotas = allocate(
    topics.map((t) => t.questionIds.length),
    count,
  );
  const drawn = topics.flatMap((t, i) => shuffle(t.questionIds, random).slice(0, quotas[i] ?? 0));
  return shuffle(drawn, random);
}

/** Keeps the real exam's pace when the banks hold fewer questions than a profile asks for. */
export function scaledMinutes(profile: Pick<ExamProfile, "questions" | "minutes">, count: number): number {
  return Math.max(1, Math.round((profile.minutes * count) / profile.questions));
}

/**
 * Splits `total` by `weights` (largest remainder, through allocate) without giving any bucket more
 * than its capacity: a bucket that cannot take its share takes what it has, and the shortfall is
 * split again by weight among the buckets with room. Buckets of weight 0 get nothing.
 */
export function allocateByWeight(weights: readonly number[], capacities: readonly number[], total: number): number[] {
  const given = weights.map(() => 0);
  // allocate() takes whole numbers and caps a bucket at its size: scale the weights to integers
  // far larger than any exam, so only the capacities cap.
  const SCALE = 1_000_000;
  for (;;) {
    const left = total - given.reduce((a, b) => a + b, 0);
    const open = weights.map((w, i) => i).filter((i) => (weights[i] ?? 0) > 0 && (capacities[i] ?? 0) > (given[i] ?? 0));
    if (left <= 0 || open.length === 0) return given;
    const sum = open.reduce((a, i) => a + (weights[i] ?? 0), 0);
    const shares = allocate(
      open.map((i) => Math.max(1, Math.round(((weights[i] ?? 0) * SCALE) / sum))),
      left,
    );
    let moved = 0;
    open.forEach((i, k) => {
      const take = Math.min(shares[k] ?? 0, (capacities[i] ?? 0) - (given[i] ?? 0));
      given[i] = (given[i] ?? 0) + take;
      moved += take;
    });
    if (moved === 0) return given;
  }
}

/** How a profile's exam will be drawn from the banks as they are: the same for every seed. */
export interface ProfilePlan {
  /** Questions asked, scored and unscored. */
  count: number;
  minutes: number;
  unscored: number;
  /** Per weighted domain, in the profile's order; absent for a profile without weights. */
  byDomain?: { domain: string; weight: number; share: number; available: number; drawn: number }[];
  /** What differs from the profile, in words for the start page. */
  notes: string[];
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A topic's bank size: all a plan needs (the start page has no question ids). */
export interface BankTopicSize {
  domain?: string;
  count: number;
}

const sizesOf = (bank: readonly BankTopicIds[]): BankTopicSize[] => bank.map((t) => ({ domain: t.domain, count: t.questionIds.length }));

/** Plans a profile's exam: how many questions from each domain, the time, the unscored count. */
export function planProfile(
  profile: ExamProfile,
  sizes: readonly BankTopicSize[],
  domainTitle: (id: string) => string = (id) => id,
): ProfilePlan {
  const bank = sizes;
  const size = bank.reduce((n, t) => n + t.count, 0);
  const notes: string[] = [];
  let byDomain: ProfilePlan["byDomain"];
  let count: number;
  if (profile.weights) {
    const domains = Object.keys(profile.weights);
    const weights = domains.map((d) => profile.weights?.[d] ?? 0);
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const available = domains.map((d) => bank.filter((t) => t.domain === d).reduce((n, t) => n + t.count, 0));
    const shares = allocate(
      weights.map((w) => Math.max(1, Math.round((w * 1_000_000) / totalWeight))),
      profile.questions,
    );
    const drawn = allocateByWeight(weights, available, profile.questions);
    byDomain = domains.map((domain, i) => ({ domain, weight: (weights[i] ?? 0) / totalWeight, share: shares[i] ?? 0, available: available[i] ?? 0, drawn: drawn[i] ?? 0 }));
    count = drawn.reduce((a, b) => a + b, 0);
    const short = byDomain.filter((d) => d.available < d.share);
    for (const d of short) {
      const has = d.available === 0 ? "has no questions yet" : `has only ${plural(d.available, "question")}`;
      notes.push(`${domainTitle(d.domain)} ${has}, short of its ${d.share} (${Math.round(d.weight * 100)}%).`);
    }
    if (short.length > 0) {
      const shortfall = short.reduce((n, d) => n + d.share - d.available, 0);
      const filled = count - (profile.questions - shortfall);
      if (filled > 0) {
        notes.push(`${filled === shortfall ? "The" : `${filled} of the`} ${plural(shortfall, "missing question")} ${filled === 1 ? "comes" : "come"} from the other domains, by weight.`);
      }
    }
    const unweighted = [...new Set(bank.filter((t) => t.count > 0 && t.domain !== undefined && !domains.includes(t.domain)).map((t) => t.domain as string))];
    if (unweighted.length > 0) notes.push(`Not asked (no weight in this profile): ${unweighted.map(domainTitle).join(", ")}.`);
  } else {
    count = Math.min(profile.questions, size);
  }
  const minutes = count === profile.questions ? profile.minutes : scaledMinutes(profile, count);
  if (count < profile.questions && count > 0) {
    notes.push(`The banks can give ${count} of the ${profile.questions} questions, so it asks ${count} at the exam's pace (${plural(minutes, "minute")}).`);
  }
  const unscored = count === profile.questions ? (profile.unscored ?? 0) : Math.round(((profile.unscored ?? 0) * count) / profile.questions);
  return { count, minutes, unscored, ...(byDomain ? { byDomain } : {}), notes };
}

/** Every profile's plan, in the profiles' order, with domains named by their titles (for the start page). */
export function planProfiles(profiles: readonly ExamProfile[], sizes: readonly BankTopicSize[], domains: readonly { id: string; title: string }[]): ProfilePlan[] {
  const title = (id: string) => domains.find((d) => d.id === id)?.title ?? id;
  return profiles.map((profile) => planProfile(profile, sizes, title));
}

/** Draws a profile's questions: per domain by weight, then within a domain across its topics. */
export function drawProfile(profile: ExamProfile, bank: readonly BankTopicIds[], seed: number): { questionIds: string[]; unscored: string[] } {
  const plan = planProfile(profile, sizesOf(bank));
  let questionIds: string[];
  const random = mulberry32(seed);
  if (!plan.byDomain) {
    questionIds = drawQuestions(bank, plan.count, seed);
  } else {
    const drawn = plan.byDomain.flatMap((d) => {
      const topics = bank.filter((t) => t.domain === d.domain);
      const quotas = allocate(
        topics.map((t) => t.questionIds.length),
        d.drawn,
      );
      return topics.flatMap((t, i) => shuffle(t.questionIds, random).slice(0, quotas[i] ?? 0));
    });
    questionIds = shuffle(drawn, random);
  }
  // Unscored questions are drawn like the rest, then picked at random among them.
  const unscored = shuffle(questionIds, mulberry32(seed ^ 0x5bd1e995)).slice(0, plan.unscored);
  return { questionIds, unscored };
}

export type PlanResult = { ok: true; attempt: ExamAttempt } | { ok: false; error: string };

function attemptId(now: number, seed: number): string {
  return `${now.toString(36)}-${(seed >>> 0).toString(36)}`;
}

/** Turns what the candidate asked for into a new attempt, or says clearly why it cannot start. */
export function planExam(request: ExamRequest, bank: readonly BankTopicIds[], seed: number, now: number): PlanResult {
  const available = bank.filter((t) => t.questionIds.length > 0);
  let config: ExamConfig;
  let questionIds: string[];
  let unscored: string[] = [];

  if (request.kind === "profile") {
    const { profile } = request;
    ({ questionIds, unscored } = drawProfile(profile, available, seed));
    const asked = new Set(questionIds);
    config = {
      kind: "profile",
      mode: "exam",
      topics: available.filter((t) => t.questionIds.some((id) => asked.has(id))).map((t) => t.slug),
      minutes: planProfile(profile, sizesOf(available)).minutes,
      profile: {
        id: profile.id,
        name: profile.name,
        passMark: profile.passMark,
        ...(profile.weights ? { weights: { ...profile.weights } } : {}),
      },
    };
  } else if (request.kind === "custom") {
    const wanted = new Set(request.topics);
    const chosen = available.filter((t) => wanted.has(t.slug));
    if (chosen.length === 0) return { ok: false, error: "Choose at least one topic that has questions." };
    const error = checkCountAndMinutes(request.count, request.minutes);
    if (error) return { ok: false, error };
    questionIds = drawQuestions(chosen, request.count, seed);
    config = { kind: "custom", mode: request.mode, topics: chosen.map((t) => t.slug), minutes: request.minutes };
  } else {
    // Questions removed from the bank since the original attempt cannot be asked again.
    const known = new Map<string, string>();
    for (const t of available) for (const id of t.questionIds) known.set(id, t.slug);
    const ids = [...new Set(request.questionIds)].filter((id) => known.has(id));
    if (ids.length === 0) return { ok: false, error: "There are no missed questions left to retake." };
    const error = checkCountAndMinutes(ids.length, request.minutes);
    if (error) return { ok: false, error };
    questionIds = shuffle(ids, mulberry32(seed));
    const topics = [...new Set(ids.map((id) => known.get(id) as string))];
    config = { kind: "retake", mode: request.mode, topics, minutes: request.minutes, retakeOf: request.retakeOf };
  }

  if (questionIds.length === 0) return { ok: false, error: "The question banks are empty." };
  return {
    ok: true,
    attempt: {
      id: attemptId(now, seed),
      config,
      seed: seed >>> 0,
      questionIds,
      ...(unscored.length > 0 ? { unscored } : {}),
      answers: {},
      flagged: [],
      checked: [],
      current: 0,
      startedAt: now,
      deadline: now + config.minutes * 60_000,
      status: "running",
    },
  };
}

function checkCountAndMinutes(count: number, minutes: number): string | undefined {
  if (!Number.isInteger(count) || count < 1) return "The number of questions must be a whole number of at least 1.";
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MINUTES)
    return `The time must be a whole number of minutes from 1 to ${MAX_MINUTES}.`;
  return undefined;
}
