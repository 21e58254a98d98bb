// What the store keeps in local storage, and the rules for reading, migrating and merging it.
// Pure functions (no storage access), so every rule is unit-tested with plain objects.
import { isStoredCard, type StoredCard } from "@/lib/srs/card";
import { isLogEntry, type AnswerLog, type LogEntry } from "./study-log";
import { clampSettings, DEFAULT_SETTINGS, mergeStudyData, type StudyData, type StudySettings } from "./study-slice";

/**
 * Bump on any change to the persisted shape and add a step to MIGRATIONS.
 * 1: the app shell (no study data; the exam slice may already keep `exam`).
 * 2: study data: cards as number tuples, the answer log, settings, epoch.
 * 3: exam profiles: `passMark` is the candidate's own override or null (each exam's profile decides).
 */
export const SCHEMA_VERSION = 3;

/** Version 2 always stored a pass mark, 72 unless changed: only a changed one was the candidate's choice. */
const OLD_DEFAULT_PASS_MARK = 72;

/** The study slice's keys; every other top-level key belongs to another slice (e.g. `exam`). */
export const STUDY_KEYS = ["cards", "log", "settings", "epoch"] as const;

export type PersistedState = StudyData & { [key: string]: unknown };

type Loose = Record<string, unknown>;

/** A list of records with ids (e.g. finished exams): the union, oldest first by `orderBy`. */
export function unionById(orderBy: string) {
  return (a: unknown, b: unknown): unknown => {
    if (!Array.isArray(a) || !Array.isArray(b)) return Array.isArray(b) ? b : a;
    const byId = new Map<unknown, unknown>();
    for (const record of [...a, ...b]) {
      const id = isObject(record) ? record.id : undefined;
      byId.set(id === undefined ? record : id, record);
    }
    const order = (r: unknown) => (isObject(r) && typeof r[orderBy] === "number" ? (r[orderBy] as number) : 0);
    return [...byId.values()].sort((x, y) => order(x) - order(y));
  };
}

/**
 * Other slices' keys that can merge better than "newest write wins", used when two tabs both
 * changed the key and when an import is merged. The exam slice keeps `examHistory` (oldest first).
 */
export const KEY_MERGERS: Record<string, (stored: unknown, mine: unknown) => unknown> = {
  examHistory: unionById("finishedAt"),
};

/** Store keys that live only in memory (none yet); everything else that is not a function is saved. */
export const TRANSIENT_KEYS: ReadonlySet<string> = new Set<string>();

export function persistedPart(state: object): PersistedState {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (typeof value !== "function" && !TRANSIENT_KEYS.has(key)) out[key] = value;
  }
  return out as PersistedState;
}

function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Step n turns a version-n state into version n + 1. Each keeps every key it does not own. */
const MIGRATIONS: Record<number, (state: Loose) => Loose> = {
  // Versions 0 and 1 held no study data: add it, empty; keep whatever else was there.
  0: (state) => state,
  1: (state) => ({ cards: {}, log: {}, settings: { ...DEFAULT_SETTINGS }, epoch: 0, ...state }),
  // Old attempts need nothing: without a profile they are judged by the default pass mark, as before.
  2: (state) => (state.passMark === OLD_DEFAULT_PASS_MARK ? { ...state, passMark: null } : state),
};

export function migrate(state: unknown, fromVersion: number): Loose {
  let current: Loose = isObject(state) ? { ...state } : {};
  for (let v = Math.max(0, fromVersion); v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) current = step(current);
  }
  return current;
}

/**
 * Current-version state → typed state. Entries that fail their check are dropped and counted, so
 * one damaged card never costs the rest; the caller keeps the raw text aside when anything was.
 */
export function sanitize(state: Loose): { state: PersistedState; dropped: number } {
  let dropped = 0;
  const cards: Record<string, StoredCard> = {};
  if (isObject(state.cards)) {
    for (const [id, card] of Object.entries(state.cards)) {
      if (isStoredCard(card)) cards[id] = card;
      else dropped++;
    }
  } else if (state.cards !== undefined) dropped++;
  const log: AnswerLog = {};
  if (isObject(state.log)) {
    for (const [id, entries] of Object.entries(state.log)) {
      if (!Array.isArray(entries)) {
        dropped++;
        continue;
      }
      const valid = entries.filter((e): e is LogEntry => isLogEntry(e));
      dropped += entries.length - valid.length;
      if (valid.length > 0) log[id] = valid.sort((a, b) => a[0] - b[0]);
    }
  } else if (state.log !== undefined) dropped++;
  let settings: StudySettings = { ...DEFAULT_SETTINGS };
  const s = state.settings;
  if (isObject(s) && typeof s.retention === "number" && typeof s.newPerDay === "number" && Number.isFinite(s.retention) && Number.isFinite(s.newPerDay)) {
    settings = clampSettings({ retention: s.retention, newPerDay: s.newPerDay, updatedAt: typeof s.updatedAt === "number" ? s.updatedAt : 0 });
  } else if (s !== undefined) dropped++;
  const epoch = typeof state.epoch === "number" && Number.isFinite(state.epoch) ? state.epoch : 0;
  return { state: { ...state, cards, log, settings, epoch }, dropped };
}

export type ReadResult =
  | { ok: true; state: PersistedState; version: number; dropped: number }
  | { ok: false; reason: string };

/** Raw local-storage text → state, or why it cannot be read. Never throws. */
export function readPersisted(raw: string): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "The saved data is not valid JSON." };
  }
  if (!isObject(parsed) || !isObject(parsed.state) || typeof parsed.version !== "number" || !Number.isInteger(parsed.version)) {
    return { ok: false, reason: "The saved data is not in Stratus's format." };
  }
  if (parsed.version > SCHEMA_VERSION) {
    return { ok: false, reason: `The saved data comes from a newer version of Stratus (format ${parsed.version}; this one reads up to ${SCHEMA_VERSION}).` };
  }
  try {
    const { state, dropped } = sanitize(migrate(parsed.state, parsed.version));
    return { ok: true, state, version: parsed.version, dropped };
  } catch (error) {
    return { ok: false, reason: `The saved data could not be migrated: ${String(error)}` };
  }
}

export function studyPart(state: PersistedState): StudyData {
  return { cards: state.cards, log: state.log, settings: state.settings, epoch: state.epoch };
}

const isStudyKey = (key: string) => (STUDY_KEYS as readonly string[]).includes(key);

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Two copies of the saved state → one. `stored` is what local storage holds now (maybe written by
 * another tab), `mine` what this tab holds, `base` what this tab last read or wrote (null: nothing
 * yet). Study data is merged answer by answer. Any other slice's key keeps this tab's value only if
 * this tab changed it since `base`; otherwise the stored value wins (another tab's newer write), and
 * a key the stored copy lacks goes back to its initial value.
 */
export function mergeStates(stored: PersistedState, mine: PersistedState, base: PersistedState | null, initial: Record<string, unknown>): PersistedState {
  const merged: PersistedState = { ...mine, ...mergeStudyData(studyPart(stored), studyPart(mine)) };
  for (const key of new Set([...Object.keys(stored), ...Object.keys(mine)])) {
    if (isStudyKey(key)) continue;
    const changedHere = base !== null && !same(mine[key], base[key]);
    if (changedHere) {
      // Both tabs may have added to a list (two exams finished at once): keep both.
      const mergeKey = KEY_MERGERS[key];
      if (mergeKey && key in stored) merged[key] = mergeKey(stored[key], mine[key]);
      continue;
    }
    if (key in stored) merged[key] = stored[key];
    else if (key in initial) merged[key] = initial[key];
    else delete merged[key];
  }
  return merged;
}


/**
 * "Merge" on import: every answer from both, per card the latest review; this browser's settings;
 * another slice's key is merged by its KEY_MERGERS entry, else kept unless this browser has none.
 */
export function mergeImported(current: PersistedState, imported: PersistedState): PersistedState {
  const study = mergeStudyData(studyPart(current), { ...studyPart(imported), epoch: current.epoch });
  const merged: PersistedState = { ...current, ...study, settings: current.settings };
  for (const key of Object.keys(imported)) {
    if (isStudyKey(key)) continue;
    const mergeKey = KEY_MERGERS[key];
    if (mergeKey) merged[key] = mergeKey(current[key], imported[key]);
    else if (current[key] === undefined || current[key] === null) merged[key] = imported[key];
  }
  return merged;
}
