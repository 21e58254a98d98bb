// Lighthouse (default mobile emulation and simulated throttling) on headless system Chromium.
// Scores are 0–100; with several runs each category is the median, since performance jitters on a
// shared machine. Audits that cost points are kept so a failed budget says why.
// Lighthouse runs as its own CLI process: loaded through tsx, its in-page functions get esbuild's
// `__name` helper injected and fail in the browser.
import fs from "node:fs";
import path from "node:path";
import type { Result } from "lighthouse";
import { BIN, ROOT, log, median, run } from "./util";

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export interface LighthousePage {
  scores: LighthouseScores;
  /** "category: audit title (score)" for every scored audit below 1 in the median run. */
  failingAudits: string[];
}

const CATEGORIES = { performance: "performance", accessibility: "accessibility", bestPractices: "best-practices", seo: "seo" } as const;

export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];

async function once(url: string, chromePath: string): Promise<{ scores: LighthouseScores; failing: string[] }> {
  const report = path.join(ROOT, "bench/tmp/lighthouse.json");
  fs.mkdirSync(path.dirname(report), { recursive: true });
  await run(
    BIN("lighthouse"),
    [url, "--quiet", "--output=json", `--output-path=${report}`, `--only-categories=${Object.values(CATEGORIES).join(",")}`, `--chrome-flags=${CHROME_FLAGS.join(" ")}`],
    { env: { CHROME_PATH: chromePath } },
  );
  const lhr = JSON.parse(fs.readFileSync(report, "utf8")) as Result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const scores: LighthouseScores = {
    performance: score(CATEGORIES.performance),
    accessibility: score(CATEGORIES.accessibility),
    bestPractices: score(CATEGORIES.bestPractices),
    seo: score(CATEGORIES.seo),
  };
  const failing: string[] = [];
  for (const [key, id] of Object.entries(CATEGORIES)) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      const value = audit.displayValue ? `, ${audit.displayValue}` : "";
      failing.push(`${key}: ${audit.title} (${audit.score.toFixed(2)}${value})`);
    }
  }
  return { scores, failing };
}

export async function runLighthouse(pages: Record<string, string>, options: { chromePath: string; runs: number }): Promise<Record<string, LighthousePage>> {
  const result: Record<string, LighthousePage> = {};
  for (const [name, url] of Object.entries(pages)) {
    const runs: Awaited<ReturnType<typeof once>>[] = [];
    for (let i = 0; i < options.runs; i++) {
      log(`lighthouse ${name} (${url}) run ${i + 1}/${options.runs}…`);
      runs.push(await once(url, options.chromePath));
    }
    const scores = {} as LighthouseScores;
    for (const key of Object.keys(CATEGORIES) as (keyof LighthouseScores)[]) scores[key] = median(runs.map((r) => r.scores[key]));
    // The run whose performance is closest to the median explains the scores best.
    const representative = runs.reduce((best, r) =>
      Math.abs(r.scores.performance - scores.performance) < Math.abs(best.scores.performance - scores.performance) ? r : best,
    );
    result[name] = { scores, failingAudits: representative.failing };
  }
  return result;
}
