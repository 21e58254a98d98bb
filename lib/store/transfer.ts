// Importing a progress file: strict, so a file is taken whole or refused with a reason, and
// refusing changes nothing. Loaded only by the settings page (it brings the zod validator).
import * as z from "zod/mini";
import { EXPORT_APP, EXPORT_KIND } from "./export-file";
import { migrate, SCHEMA_VERSION, type PersistedState, sanitize } from "./persisted";
import { isReview, mergeReviews, reviewsFromAnswerLog, type Review } from "./review-log";

export interface ImportSummary {
  cards: number;
  answers: number;
  exams: number;
  exportedAt: number;
}

export type ImportResult = { ok: true; state: PersistedState; reviews: Review[]; summary: ImportSummary } | { ok: false; error: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Past exam attempts in another slice's data, counted without knowing its exact shape. */
export function countExams(state: PersistedState): number {
  if (Array.isArray(state.examHistory)) return state.examHistory.length;
  const exam = state.exam;
  if (!isObject(exam)) return 0;
  for (const key of ["history", "attempts", "results"]) {
    const list = exam[key];
    if (Array.isArray(list)) return list.length;
  }
  return 0;
}

export function parseImport(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: "This file is not valid JSON, so it cannot be a Stratus export. Nothing was changed." };
  }
  if (!isObject(parsed) || parsed.app !== EXPORT_APP || parsed.kind !== EXPORT_KIND) {
    return { ok: false, error: "This file was not exported by Stratus (it may come from another app). Nothing was changed." };
  }
  const { version, exportedAt, state } = parsed;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: "This export has no valid format version. Nothing was changed." };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      error: `This export comes from a newer version of Stratus (format ${version}; this one reads up to ${SCHEMA_VERSION}). Update Stratus, then import it again. Nothing was changed.`,
    };
  }
  if (typeof exportedAt !== "number" || !Number.isFinite(exportedAt) || !isObject(state)) {
    return { ok: false, error: "This export is incomplete (no date or no progress in it). Nothing was changed." };
  }
  const migrated = migrate(state, version);
  const damaged = firstDamage(migrated);
  if (damaged) return { ok: false, error: `This export is damaged: ${damaged}. Nothing was changed.` };
  const clean = sanitize(migrated).state;
  const { reviews: fileReviews } = parsed;
  let reviews: Review[];
  if (fileReviews === undefined) {
    // A file from before the full log: its capped answers are all the history there is.
    reviews = reviewsFromAnswerLog(clean.log, clean.cards);
  } else if (Array.isArray(fileReviews)) {
    const bad = fileReviews.findIndex((r) => !isReview(r));
    if (bad >= 0) return { ok: false, error: `This export is damaged: entry ${bad + 1} of the review log is not valid. Nothing was changed.` };
    // Capped answers have the same ids as their log entries, so the union adds only answers the
    // log never got (given before it existed, or while it could not be saved).
    reviews = mergeReviews(fileReviews as Review[], reviewsFromAnswerLog(clean.log, clean.cards));
  } else {
    return { ok: false, error: "This export is damaged: its review log is not a list. Nothing was changed." };
  }
  return {
    ok: true,
    state: clean,
    reviews,
    summary: { cards: Object.keys(clean.cards).length, answers: reviews.length, exams: countExams(clean), exportedAt },
  };
}

const time = z.number().check(z.nonnegative());
const count = z.int().check(z.nonnegative());
const finite = z.number();
const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** The study data of a current-version export; other slices' keys pass through unchecked. */
const studySchema = z.looseObject({
  cards: z.record(
    z.string(),
    z.tuple([time, finite, finite, finite, count, count, z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]), time, count]),
  ),
  log: z.record(
    z.string(),
    z.array(
      z.tuple([
        time,
        rating,
        z.union([z.literal(0), z.literal(1), z.literal(2)]),
        z.optional(z.union([z.literal(0), z.literal(1)])),
        z.optional(z.string()),
      ]),
    ),
  ),
  settings: z.object({ retention: finite, newPerDay: finite, updatedAt: z.optional(finite), parameters: z.optional(z.array(finite).check(z.length(21))) }),
  epoch: z.optional(time),
});

/** Where a file breaks the format, in words; undefined when it is sound. */
function firstDamage(state: Record<string, unknown>): string | undefined {
  const result = studySchema.safeParse(state);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (!issue) return "its contents are not valid";
  const path = issue.path.map(String);
  if (path[0] === "cards" && path[1]) return `the schedule of card "${path[1]}" is not valid`;
  if (path[0] === "log" && path[1]) return `the answer history of "${path[1]}" is not valid`;
  return `"${path.join(".") || "state"}" is not valid`;
}
