// What a review session shows next, from the bank index, the study data and the clock. Pure, so
// the page only renders the plan and dispatches answers.
import type { StoredCard } from "@/lib/srs/card";
import { DUE } from "@/lib/srs/card";
import { aheadQueue, buildQueue, nextInQueue } from "@/lib/srs/queue";
import { todayCounts, type AnswerLog } from "@/lib/store/study-log";

// The catalog and the session mode have modules of their own so pages (and the review page's first
// JavaScript) that only need those do not ship the planner; re-exported here for its callers.
export { catalogOf, type BankCatalog, type ItemRef } from "./catalog";
import type { BankCatalog } from "./catalog";

export { modeFromSearch, type SessionMode } from "./session-mode";
import type { SessionMode } from "./session-mode";

export interface StudyView {
  cards: Readonly<Record<string, StoredCard>>;
  log: AnswerLog;
  settings: { newPerDay: number };
}

export interface SessionPlan {
  next?: string;
  /** Due now (most overdue first in the queue). */
  due: number;
  /** New cards still to show today. */
  fresh: number;
  /** Cards in a learning step, back within minutes. */
  soon: number;
  /** Never-studied cards in scope, beyond today's limit too. */
  newAvailable: number;
  /** Review answers given today, across sessions. */
  reviewedToday: number;
  /** Topic mode: cards that could be practised ahead (not due, or new beyond the limit). */
  ahead: number;
  /** Ids mode: items still to answer in this session. */
  remaining: number;
  /** Ids mode: requested ids that are not in the bank (removed or renamed). */
  unknown: number;
  /** When nothing is left: when the next card in scope falls due. */
  nextDue?: number;
}

/**
 * `answered`: ids answered in this session. Ids mode shows each once; ahead mode does not bring a
 * card back just because practising it moved its due date.
 */
export function planSession(
  mode: SessionMode,
  catalog: BankCatalog,
  study: StudyView,
  now: number,
  todayStart: number,
  answered: ReadonlySet<string>,
): SessionPlan {
  const today = todayCounts(study.log, todayStart);
  const base = { due: 0, fresh: 0, soon: 0, newAvailable: 0, reviewedToday: today.reviewed, ahead: 0, remaining: 0, unknown: 0 };
  if (mode.kind === "ids") {
    const known = mode.ids.filter((id) => catalog.byId.has(id));
    const left = known.filter((id) => !answered.has(id));
    return { ...base, next: left[0], remaining: left.length, unknown: mode.ids.length - known.length };
  }
  // New cards come in the mixed order; due cards are sorted by due date, so the order is theirs too.
  const scope = mode.kind === "topic" ? (catalog.topics.find((t) => t.slug === mode.topic)?.newOrder ?? []) : catalog.newOrder;
  const newLimit = Math.max(0, study.settings.newPerDay - today.introduced);
  const queue = buildQueue(scope, study.cards, { now, newLimit });
  const plan: SessionPlan = {
    ...base,
    next: nextInQueue(queue),
    due: queue.due.length,
    fresh: queue.fresh.length,
    soon: queue.soon.length,
    newAvailable: queue.newAvailable,
  };
  if (mode.kind === "topic") {
    const queued = new Set([...queue.due, ...queue.fresh, ...queue.soon]);
    const ahead = aheadQueue(scope, study.cards, now).filter((id) => !queued.has(id) && !answered.has(id));
    plan.ahead = ahead.length;
    if (!plan.next && mode.ahead) plan.next = ahead[0];
  }
  if (!plan.next) plan.nextDue = earliestDue(scope, study.cards, now);
  return plan;
}

function earliestDue(ids: readonly string[], cards: StudyView["cards"], now: number): number | undefined {
  let earliest: number | undefined;
  for (const id of ids) {
    const due = cards[id]?.[DUE];
    if (due !== undefined && due > now && (earliest === undefined || due < earliest)) earliest = due;
  }
  return earliest;
}
