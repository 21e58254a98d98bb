// Reading exam data back from local storage, which may be old, hand-edited or from another app.
// Each record is checked whole: a bad one is reported and left out, never half-trusted.
import type { ExamAttempt, ExamConfig, ExamResult, Outcome, TopicScore } from "./types";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isStrArr = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

function isAnswers(v: unknown): v is Record<string, string[]> {
  return isObj(v) && Object.values(v).every(isStrArr);
}

const isPassMark = (v: unknown): v is number => isNum(v) && Number.isInteger(v) && v >= 1 && v <= 100;

function isProfileRef(v: unknown): boolean {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.name) &&
    isPassMark(v.passMark) &&
    (v.weights === undefined || (isObj(v.weights) && Object.values(v.weights).every(isNum)))
  );
}

function isConfig(v: unknown): v is ExamConfig {
  return (
    isObj(v) &&
    (v.kind === "profile" || v.kind === "full" || v.kind === "quick" || v.kind === "custom" || v.kind === "retake") &&
    (v.profile === undefined || isProfileRef(v.profile)) &&
    (v.kind !== "profile" || v.profile !== undefined) &&
    (v.mode === "exam" || v.mode === "practice") &&
    isStrArr(v.topics) &&
    isNum(v.minutes) &&
    (v.retakeOf === undefined || isStr(v.retakeOf))
  );
}

/** The fields an attempt and a finished result share (ExamResult picks them from ExamAttempt). */
function hasAttemptCore(v: unknown): v is Record<string, unknown> & Pick<ExamAttempt, "questionIds"> {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isConfig(v.config) &&
    isNum(v.seed) &&
    isStrArr(v.questionIds) &&
    (v.unscored === undefined || isStrArr(v.unscored)) &&
    isAnswers(v.answers) &&
    isStrArr(v.flagged) &&
    isNum(v.startedAt) &&
    isNum(v.deadline)
  );
}

export function isExamAttempt(v: unknown): v is ExamAttempt {
  return (
    hasAttemptCore(v) &&
    v.questionIds.length > 0 &&
    isStrArr(v.checked) &&
    isNum(v.current) &&
    Number.isInteger(v.current) &&
    v.current >= 0 &&
    v.current < v.questionIds.length &&
    (v.status === "running" || v.status === "submitted" || v.status === "expired") &&
    (v.finishedAt === undefined || isNum(v.finishedAt))
  );
}

const OUTCOMES: readonly unknown[] = ["correct", "incorrect", "unanswered"] satisfies Outcome[];

function isTopicScore(v: unknown): v is TopicScore {
  return isObj(v) && isStr(v.topic) && isNum(v.correct) && isNum(v.total);
}

export function isExamResult(v: unknown): v is ExamResult {
  return (
    hasAttemptCore(v) &&
    isNum(v.finishedAt) &&
    (v.endedBy === "submitted" || v.endedBy === "expired") &&
    isObj(v.outcomes) &&
    Object.values(v.outcomes).every((o) => OUTCOMES.includes(o)) &&
    isNum(v.correct) &&
    isNum(v.total) &&
    Array.isArray(v.byTopic) &&
    v.byTopic.every(isTopicScore)
  );
}

export interface RestoredExamData {
  active: ExamAttempt | null;
  history: ExamResult[];
  /** The candidate's own pass mark; null: each exam's profile decides. undefined: nothing stored. */
  passMark: number | null | undefined;
  /** What was left out, for the storage layer to keep aside and report. */
  rejected: { what: string; value: unknown }[];
}

/** Picks the exam's part out of a persisted object of unknown shape. */
export function restoreExamData(persisted: unknown): RestoredExamData {
  const out: RestoredExamData = { active: null, history: [], passMark: undefined, rejected: [] };
  if (!isObj(persisted)) return out;
  const { examActive, examHistory, passMark } = persisted;
  if (examActive !== undefined && examActive !== null) {
    if (isExamAttempt(examActive)) out.active = examActive;
    else out.rejected.push({ what: "exam in progress", value: examActive });
  }
  if (examHistory !== undefined) {
    if (Array.isArray(examHistory)) {
      for (const r of examHistory) {
        if (isExamResult(r)) out.history.push(r);
        else out.rejected.push({ what: "past exam", value: r });
      }
    } else out.rejected.push({ what: "exam history", value: examHistory });
  }
  if (passMark !== undefined) {
    if (passMark === null || isPassMark(passMark)) out.passMark = passMark;
    else out.rejected.push({ what: "pass mark", value: passMark });
  }
  return out;
}
