// Saved data with a full mock just started, for measuring the running-exam page: the page has
// nothing to show without one. Built from the built site's own bank files, as the app would: the
// attempt, and the copy of the question on screen the exam page keeps once it has shown it.
import fs from "node:fs";
import path from "node:path";
import type { BankIndex, TopicBank } from "../../lib/content/types";
import { planExam } from "../../lib/exam/compose";
import { EXAM_SCREEN_KEY, examScreen } from "../../lib/store/exam-screen";
import { STORAGE_KEY } from "../../lib/store/key";
import { SCHEMA_VERSION } from "../../lib/store/persisted";
import { DEFAULT_SETTINGS } from "../../lib/store/study-slice";

export function runningExamSeed(outDir: string): () => Record<string, string> {
  const index = JSON.parse(fs.readFileSync(path.join(outDir, "data/index.json"), "utf8")) as BankIndex;
  const bank = index.topics.map((t) => ({ slug: t.slug, domain: t.domain, questionIds: t.questionIds }));
  const full = index.subject.profiles[0];
  if (!full) throw new Error("bench: the subject has no exam profile");
  return () => {
    const now = Date.now();
    const plan = planExam({ kind: "profile", profile: full }, bank, 20261201, now);
    if (!plan.ok) throw new Error(`bench: cannot plan a full mock from this bank: ${plan.error}`);
    const state = { cards: {}, log: {}, settings: DEFAULT_SETTINGS, epoch: 0, examActive: plan.attempt, examHistory: [], passMark: 72, examSetAside: [] };
    const attempt = plan.attempt;
    const shown = attempt.questionIds[attempt.current];
    const topic = index.topics.find((t) => shown !== undefined && t.questionIds.includes(shown));
    const bankFile = topic && (JSON.parse(fs.readFileSync(path.join(outDir, "data/topics", `${topic.slug}.json`), "utf8")) as TopicBank);
    const question = bankFile?.questions.find((q) => q.id === shown);
    if (!topic || !question) throw new Error(`bench: the mock's first question ${shown} is in no topic file`);
    return {
      [STORAGE_KEY]: JSON.stringify({ state, version: SCHEMA_VERSION }),
      [EXAM_SCREEN_KEY]: JSON.stringify(examScreen(attempt.id, question, topic.title)),
    };
  };
}
