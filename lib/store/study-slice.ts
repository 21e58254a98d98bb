// Scheduler cards, the answer log and study settings. Every answer anywhere (exam, practice,
// review) arrives through recordAnswers; nothing else writes cards.
import type { StateCreator } from "zustand";
import { LAST_REVIEW, REPS, type StoredCard } from "@/lib/srs/card";
import { DEFAULT_RETENTION, MAX_RETENTION, MIN_RETENTION } from "@/lib/srs/limits";
import { ratingFor, type AnswerEvent } from "./answer-event";
import { reviewOf, type Review } from "./review-log";
import type { ReviewLog } from "./review-log-store";
import { loadedReviewCard, loadScheduler, type ReviewCard } from "./scheduler-port";
import { entryFor, hasEntryAt, mergeEntries, SOURCE_CODES, type AnswerLog } from "./study-log";
import type { StratusState } from "./index";

export interface StudySettings {
  /** Desired retention: the recall probability at which a card falls due. */
  retention: number;
  newPerDay: number;
  /** When the candidate last changed a setting: the newest change wins across tabs. */
  updatedAt: number;
  /** FSRS parameters fitted to this candidate's log ("Optimise my scheduler"); absent: the defaults. */
  parameters?: number[];
}

export const DEFAULT_SETTINGS: StudySettings = { retention: DEFAULT_RETENTION, newPerDay: 20, updatedAt: 0 };
export const MAX_NEW_PER_DAY = 500;

/** Everything the study slice persists. */
export interface StudyData {
  /** Scheduler state per question or flashcard id. */
  cards: Record<string, StoredCard>;
  log: AnswerLog;
  settings: StudySettings;
  /**
   * When progress was last reset or replaced by an import (0: never). Merging with a copy from an
   * older epoch (another tab that has not seen the reset) keeps only that copy's later answers.
   */
  epoch: number;
}

export interface StudySlice extends StudyData {
  /** Every answer anywhere goes through here. Replays are ignored (same item, same time). */
  recordAnswers: (events: AnswerEvent[]) => void;
  updateSettings: (patch: Partial<Pick<StudySettings, "retention" | "newPerDay">>, now: number) => void;
  /**
   * New scheduler parameters (undefined: back to the defaults), with every card rescheduled from
   * its history in the full log (see rescheduleCards).
   */
  setParameters: (parameters: number[] | undefined, cards: Record<string, StoredCard>, now: number) => void;
}

export const EMPTY_STUDY: StudyData = { cards: {}, log: {}, settings: DEFAULT_SETTINGS, epoch: 0 };

export function clampSettings(settings: StudySettings): StudySettings {
  const retention = Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, Math.round(settings.retention * 100) / 100));
  const newPerDay = Math.min(MAX_NEW_PER_DAY, Math.max(0, Math.round(settings.newPerDay)));
  const clamped: StudySettings = { retention, newPerDay, updatedAt: settings.updatedAt };
  if (settings.parameters) clamped.parameters = settings.parameters;
  return clamped;
}

/** Applies answers to cards and log, oldest first. Pure: returns only what changed. */
export function applyAnswers(data: Pick<StudyData, "cards" | "log" | "settings">, events: readonly AnswerEvent[], fuzz: boolean, reviewCard: ReviewCard) {
  const options = { retention: data.settings.retention, fuzz, parameters: data.settings.parameters };
  const cards = { ...data.cards };
  const log = { ...data.log };
  const reviews: Review[] = [];
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    if (hasEntryAt(log[event.itemId], event.at)) continue;
    const rating = ratingFor(event);
    const before = cards[event.itemId];
    cards[event.itemId] = reviewCard(before, rating, event.at, options);
    log[event.itemId] = mergeEntries(log[event.itemId] ?? [], [entryFor(event, rating)]);
    reviews.push(reviewOf(event.itemId, event.at, rating, SOURCE_CODES[event.source], before));
  }
  return reviews.length > 0 ? { cards, log, reviews } : null;
}

function isLater(a: StoredCard, b: StoredCard): boolean {
  return a[LAST_REVIEW] > b[LAST_REVIEW] || (a[LAST_REVIEW] === b[LAST_REVIEW] && a[REPS] > b[REPS]);
}

/**
 * Two copies of study data (two tabs, or storage and memory) → one, losing no answer: per card the
 * latest review wins, logs are a union. A copy from an older epoch contributes only what happened
 * after the newer copy's reset. Symmetric, so the order of arguments only breaks exact ties.
 */
export function mergeStudyData(a: StudyData, b: StudyData): StudyData {
  const [newer, older] = a.epoch >= b.epoch ? [a, b] : [b, a];
  const cutoff = a.epoch === b.epoch ? -Infinity : newer.epoch;
  const cards = { ...newer.cards };
  for (const id in older.cards) {
    const card = older.cards[id]!;
    if (card[LAST_REVIEW] <= cutoff) continue;
    const mine = cards[id];
    if (!mine || isLater(card, mine)) cards[id] = card;
  }
  const log: AnswerLog = { ...newer.log };
  for (const id in older.log) {
    const entries = cutoff === -Infinity ? older.log[id]! : older.log[id]!.filter((e) => e[0] > cutoff);
    if (entries.length === 0) continue;
    const mine = log[id];
    log[id] = mine ? mergeEntries(mine, entries) : entries;
  }
  const settings = b.settings.updatedAt > a.settings.updatedAt ? b.settings : a.settings;
  return { cards, log, settings, epoch: newer.epoch };
}

export const createStudySlice =
  ({ fuzz, reviewLog, reviewCard: given }: { fuzz: boolean; reviewLog: ReviewLog; reviewCard?: ReviewCard }): StateCreator<StratusState, [], [], StudySlice> =>
  (set, get) => {
    /** Answers given before the scheduler arrived (see scheduler-port.ts), oldest first. */
    let waiting: AnswerEvent[] = [];
    return {
    ...EMPTY_STUDY,
    recordAnswers: (events) => {
      const reviewCard = given ?? loadedReviewCard();
      if (!reviewCard) {
        waiting.push(...events);
        // A failed load keeps them waiting; the next answer tries again.
        void loadScheduler().then(
          () => waiting.length > 0 && get().recordAnswers([]),
          () => undefined,
        );
        return;
      }
      const all = waiting.length > 0 ? [...waiting, ...events] : events;
      waiting = [];
      const applied = applyAnswers(get(), all, fuzz, reviewCard);
      if (!applied) return;
      set({ cards: applied.cards, log: applied.log });
      // The full log (IndexedDB) is written after the cards: a failed write is held and reported there.
      void reviewLog.append(applied.reviews);
    },
    updateSettings: (patch, now) =>
      set((state) => ({ settings: clampSettings({ ...state.settings, ...patch, updatedAt: now }) })),
    setParameters: (parameters, cards, now) =>
      set((state) => {
        const settings: StudySettings = { ...state.settings, updatedAt: now };
        if (parameters) settings.parameters = parameters;
        else delete settings.parameters;
        return { settings, cards: { ...state.cards, ...cards } };
      }),
    };
  };
