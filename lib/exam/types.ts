// Shapes of an exam attempt. Plain JSON data (numbers, strings, arrays), because the attempt in
// progress and the history live in local storage and must survive a JSON round trip unchanged.

export type ExamMode = "exam" | "practice";
/** "full" and "quick" are attempts stored before exam profiles existed: they still load. */
export type ExamKind = "profile" | "full" | "quick" | "custom" | "retake";

/** The profile an attempt was drawn from, as it was then (results keep judging by it). */
export interface ProfileRef {
  id: string;
  name: string;
  passMark: number;
  weights?: Record<string, number>;
}

export interface ExamConfig {
  kind: ExamKind;
  /** exam: no feedback until the end, like test day; practice: each answer checked at once. */
  mode: ExamMode;
  /** Topics the questions were drawn from (slugs). */
  topics: string[];
  minutes: number;
  /** For a retake: the attempt whose missed questions this one repeats. */
  retakeOf?: string;
  /** For kind "profile". */
  profile?: ProfileRef;
}

export type AttemptStatus = "running" | "submitted" | "expired";

/** The attempt in progress. It holds ids only: question text is fetched from the bank. */
export interface ExamAttempt {
  id: string;
  config: ExamConfig;
  /** Drives the option order of every question (see optionOrder). */
  seed: number;
  /** In display order. */
  questionIds: string[];
  /** Asked like the rest but left out of the score; the candidate is not told which until the results. */
  unscored?: string[];
  /** Question id → option ids picked, as written in the bank (not display letters), sorted. */
  answers: Record<string, string[]>;
  flagged: string[];
  /** Practice mode: questions whose answer was checked (locked, shown, already recorded). */
  checked: string[];
  /** Index into questionIds of the question on screen. */
  current: number;
  startedAt: number;
  /** Epoch ms when time is up. The clock shows deadline − now; nothing counts down. */
  deadline: number;
  status: AttemptStatus;
  /** Set once status is no longer running; never later than the deadline. */
  finishedAt?: number;
}

/** How one question of a finished attempt went. Multiple response is all-or-nothing. */
export type Outcome = "correct" | "incorrect" | "unanswered";

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
}

/** A finished attempt, as kept in the history. Scored when it finished, so later edits to the bank
 * do not rewrite past results. */
export interface ExamResult
  extends Pick<ExamAttempt, "id" | "config" | "seed" | "questionIds" | "unscored" | "answers" | "flagged" | "startedAt" | "deadline"> {
  finishedAt: number;
  endedBy: "submitted" | "expired";
  /** Only questions that were in the bank when scored; a removed question is not held against anyone.
   * Unscored questions have an outcome too (the results may show them), but count in no total. */
  outcomes: Record<string, Outcome>;
  correct: number;
  total: number;
  byTopic: TopicScore[];
}
