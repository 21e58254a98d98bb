// Which questions an attempt asks, in which order, and for how long. Pure: the bank index, the
// seed and the start time come in as arguments.
import { mulberry32, shuffle } from "./random";
import type { ExamAttempt, ExamConfig, ExamMode } from "./types";

/** The part of the bank index composition needs: ids only, no question text. */
export interface BankTopicIds {
  slug: string;
  questionIds: readonly string[];
}

/** The real exam's pace: 65 questions in 130 minutes. */
export const FULL_MOCK = { count: 65, minutes: 130 } as const;
export const QUICK_CHECK = { count: 10, minutes: 20 } as const;
export const MINUTES_PER_QUESTION = FULL_MOCK.minutes / FULL_MOCK.count;
export const MAX_MINUTES = 600;

export type ExamRequest =
  | { kind: "full" }
  | { kind: "quick" }
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

/** Keeps the real exam's pace when the banks hold fewer questions than a preset asks for. */
export function scaledMinutes(preset: { count: number; minutes: number }, count: number): number {
  return Math.max(1, Math.round((preset.minutes * count) / preset.count));
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

  if (request.kind === "full" || request.kind === "quick") {
    const preset = request.kind === "full" ? FULL_MOCK : QUICK_CHECK;
    questionIds = drawQuestions(available, preset.count, seed);
    config = {
      kind: request.kind,
      mode: "exam",
      topics: available.map((t) => t.slug),
      minutes: questionIds.length === preset.count ? preset.minutes : scaledMinutes(preset, questionIds.length),
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
