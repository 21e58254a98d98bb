// What the progress page draws: mastery per topic, a calendar of study days, exam scores. Pure.
import type { StoredCard } from "@/lib/srs/card";
import { STATE } from "@/lib/srs/card";
import { retrievability } from "@/lib/srs/recall";
import type { BankCatalog } from "./session";

export interface Mastery {
  total: number;
  studied: number;
  /** Expected share of the cards recalled now: mean recall probability, never-studied cards as 0. */
  share: number;
}

export function masteryOf(ids: readonly string[], cards: Readonly<Record<string, StoredCard | undefined>>, now: number): Mastery {
  let sum = 0;
  let studied = 0;
  for (const id of ids) {
    const card = cards[id];
    if (!card || card[STATE] === 0) continue;
    studied++;
    sum += retrievability(card, now);
  }
  return { total: ids.length, studied, share: ids.length === 0 ? 0 : sum / ids.length };
}

export function topicMastery(catalog: BankCatalog, cards: Readonly<Record<string, StoredCard | undefined>>, now: number) {
  return catalog.topics.map((t) => ({ slug: t.slug, title: t.title, ...masteryOf(t.ids, cards, now) }));
}

export interface DomainMastery {
  id: string;
  title: string;
  mastery: Mastery;
  topics: ReturnType<typeof topicMastery>;
}

/** Mastery per topic grouped by the subject's domains, in its order, each with its own total. */
export function domainMastery(catalog: BankCatalog, cards: Readonly<Record<string, StoredCard | undefined>>, now: number): DomainMastery[] {
  const rows = topicMastery(catalog, cards, now);
  const known = new Set(catalog.domains.map((d) => d.id));
  const groups = [...catalog.domains, ...(catalog.topics.some((t) => !known.has(t.domain ?? "")) ? [{ id: "", title: "Other topics" }] : [])];
  return groups
    .map((domain) => {
      const topics = catalog.topics.filter((t) => (known.has(t.domain ?? "") ? t.domain === domain.id : domain.id === ""));
      const slugs = new Set(topics.map((t) => t.slug));
      return {
        id: domain.id,
        title: domain.title,
        mastery: masteryOf(topics.flatMap((t) => t.ids), cards, now),
        topics: rows.filter((r) => slugs.has(r.slug)),
      };
    })
    .filter((g) => g.topics.length > 0);
}

export interface StudyCalendar {
  /** Whole weeks, Monday first, ending with the week of `today`; days after today are left out. */
  days: { day: number; count: number }[];
  /** Day number of the Monday the grid starts on. */
  firstDay: number;
  studiedDays: number;
  /** Consecutive days with answers up to today (or up to yesterday, if today has none yet). */
  streak: number;
  longest: number;
}

/** `perDay`: answers per local day number (lib/srs/days); day 0, 1970-01-01, was a Thursday. */
export function studyCalendar(perDay: ReadonlyMap<number, number>, today: number, weeks: number): StudyCalendar {
  const weekday = (today + 3) % 7; // Monday 0
  const firstDay = today - weekday - (weeks - 1) * 7;
  const days = [];
  let studiedDays = 0;
  let longest = 0;
  let run = 0;
  for (let day = firstDay; day <= today; day++) {
    const count = perDay.get(day) ?? 0;
    days.push({ day, count });
    if (count > 0) {
      studiedDays++;
      run++;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  let streak = 0;
  for (let day = (perDay.get(today) ?? 0) > 0 ? today : today - 1; (perDay.get(day) ?? 0) > 0; day--) streak++;
  return { days, firstDay, studiedDays, streak, longest: Math.max(longest, streak) };
}

export interface ExamScore {
  id: string;
  at: number;
  /** 0–100. */
  percent: number;
  kind: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * Scores of finished exams, oldest first, read from the exam slice's history without trusting its
 * shape: a record without a finish time and a positive total is skipped.
 */
export function examScores(history: unknown): ExamScore[] {
  if (!Array.isArray(history)) return [];
  const scores: ExamScore[] = [];
  for (const r of history) {
    if (!isRecord(r) || typeof r.finishedAt !== "number" || typeof r.correct !== "number" || typeof r.total !== "number" || r.total <= 0) continue;
    const kind = isRecord(r.config) && typeof r.config.kind === "string" ? r.config.kind : "exam";
    scores.push({ id: String(r.id ?? r.finishedAt), at: r.finishedAt, percent: (100 * r.correct) / r.total, kind });
  }
  return scores.sort((a, b) => a.at - b.at);
}
