// Saved data with a full mock just started, for measuring the running-exam page: the page has
// nothing to show without one. Built from the built site's own bank index, as the app would.
import fs from "node:fs";
import path from "node:path";
import type { BankIndex } from "../../lib/content/types";
import { planExam } from "../../lib/exam/compose";
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
    return { [STORAGE_KEY]: JSON.stringify({ state, version: SCHEMA_VERSION }) };
  };
}
