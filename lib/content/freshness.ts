// Freshness checks for `content:check`: notes whose facts were last checked too long ago, and
// questions that still name a Lambda runtime AWS has deprecated. Pure: the build date is an
// argument (an ISO date), never read from the clock here.
import type { ContentIssue } from "./types";

export interface DeprecatedRuntime {
  /** The runtime identifier used in the API, e.g. "nodejs18.x". */
  id: string;
  /** How prose names it, e.g. "Node.js 18". */
  names: readonly string[];
  /** ISO date from which AWS lists the runtime as deprecated. */
  deprecated: string;
}

/**
 * Runtimes the fact sheet (shared/reference/aws-fact-sheet.md, rows 13 and 87) lists as deprecated,
 * with the deprecation dates from the Lambda runtimes pages.
 */
export const DEPRECATED_RUNTIMES: readonly DeprecatedRuntime[] = [
  { id: "go1.x", names: ["Go 1.x"], deprecated: "2024-01-08" },
  { id: "nodejs18.x", names: ["Node.js 18"], deprecated: "2025-09-01" },
  { id: "python3.9", names: ["Python 3.9"], deprecated: "2025-12-15" },
  { id: "nodejs20.x", names: ["Node.js 20"], deprecated: "2026-04-30" },
  { id: "python3.10", names: ["Python 3.10"], deprecated: "2026-10-31" },
  { id: "dotnet8", names: [".NET 8"], deprecated: "2026-11-10" },
];

/** A note's `updated` older than this many months before the build date gets a warning. */
export const MAX_AGE_MONTHS = 12;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(iso: string): Date | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The ISO date `months` calendar months before `iso` (clamped to the month's last day). */
export function monthsBefore(iso: string, months: number): string {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`not an ISO date (YYYY-MM-DD): "${iso}"`);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

export interface NoteDate {
  file: string;
  /** Line of the `updated:` field (1 when unknown). */
  line: number;
  updated: string;
}

/** Warns about each note whose `updated` date is more than `maxAgeMonths` before `buildDate`. */
export function staleNoteIssues(notes: readonly NoteDate[], buildDate: string, maxAgeMonths = MAX_AGE_MONTHS): ContentIssue[] {
  const cutoff = monthsBefore(buildDate, maxAgeMonths);
  return notes
    .filter((note) => parseIsoDate(note.updated) && note.updated < cutoff)
    .map((note) => ({
      file: note.file,
      line: note.line,
      message: `facts last checked ${note.updated}, more than ${maxAgeMonths} months before ${buildDate}: check them against the sources and update the date`,
      severity: "warning" as const,
    }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name matches as a whole token: "Python 3.10" does not match inside "Python 3.100" or "xpython3.10". */
function mentionPattern(runtime: DeprecatedRuntime): RegExp {
  const alternatives = [runtime.id, ...runtime.names].map(escape).join("|");
  return new RegExp(`(?<![\\w.])(?:${alternatives})(?![\\w]|\\.\\d)`, "i");
}

/** The deprecated runtimes (as of `buildDate`) that `text` names, by identifier or prose name. */
export function deprecatedRuntimesIn(text: string, buildDate: string, runtimes = DEPRECATED_RUNTIMES): DeprecatedRuntime[] {
  return runtimes.filter((runtime) => runtime.deprecated <= buildDate && mentionPattern(runtime).test(text));
}

export interface QuestionText {
  id: string;
  file: string;
  line: number;
  stemText: string;
}

/** Warns about each question whose stem names a runtime deprecated on or before `buildDate`. */
export function deprecatedRuntimeIssues(
  questions: readonly QuestionText[],
  buildDate: string,
  runtimes = DEPRECATED_RUNTIMES,
): ContentIssue[] {
  return questions.flatMap((question) =>
    deprecatedRuntimesIn(question.stemText, buildDate, runtimes).map((runtime) => ({
      file: question.file,
      line: question.line,
      message: `question ${question.id} names ${runtime.id}, deprecated since ${runtime.deprecated}: use a supported runtime`,
      severity: "warning" as const,
    })),
  );
}
