// The candidate's exam: which profile and which day. Stored with the rest of the progress (a plain
// object of strings and numbers), so it is exported, imported and merged across tabs with it.

export interface ExamPlan {
  /** The exam day, "YYYY-MM-DD" in the candidate's calendar. */
  date: string;
  /** The exam profile's id. */
  profile: string;
  /** When it was last changed (epoch ms). */
  updatedAt: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-03-14" → [2027, 3, 14] if it names a real day. */
function parseDay(date: string): [number, number, number] | null {
  const match = ISO_DAY.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d ? [y, m, d] : null;
}

export function isExamPlan(value: unknown): value is ExamPlan {
  if (typeof value !== "object" || value === null) return false;
  const plan = value as Record<string, unknown>;
  return (
    typeof plan.date === "string" &&
    parseDay(plan.date) !== null &&
    typeof plan.profile === "string" &&
    plan.profile.length > 0 &&
    typeof plan.updatedAt === "number" &&
    Number.isFinite(plan.updatedAt)
  );
}

/** Exams usually start in the morning: predictions are made for 09:00 on the exam day, local time. */
export const EXAM_HOUR = 9;

/** Epoch ms of 09:00 local time on `date`; `offsetMinutes` as Date#getTimezoneOffset gives it. */
export function examTime(date: string, offsetMinutes: number): number {
  const day = parseDay(date);
  if (!day) throw new RangeError(`not a calendar day: "${date}"`);
  return Date.UTC(day[0], day[1] - 1, day[2], EXAM_HOUR) + offsetMinutes * 60_000;
}

/** "YYYY-MM-DD" of the local day containing `ms`. */
export function localIsoDay(ms: number, offsetMinutes: number): string {
  return new Date(ms - offsetMinutes * 60_000).toISOString().slice(0, 10);
}
