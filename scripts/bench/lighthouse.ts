// Lighthouse (default mobile emulation and simulated throttling) on headless system Chromium.
// Scores are 0–100; with several runs each category is the median, since performance jitters on a
// shared machine. Audits that cost points are kept so a failed budget says why.
// Lighthouse runs as its own CLI process: loaded through tsx, its in-page functions get esbuild's
// `__name` helper injected and fail in the browser.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import type { Result } from "lighthouse";
import { BIN, ROOT, log, median, run } from "./util";

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** A page to measure: a URL, or a URL that needs saved data first (the running exam). */
export interface LighthouseTarget {
  url: string;
  /** local-storage entries written on the page's origin before the run, fresh for every run. */
  seed?: () => Record<string, string>;
  /**
   * The page asks not to be indexed (a running exam): Lighthouse's "blocked from indexing" audit is
   * then left out of its SEO score, which is recomputed from the other audits' weights.
   */
  noindex?: boolean;
}

export interface LighthousePage {
  scores: LighthouseScores;
  /** Largest Contentful Paint, median of the runs (simulated mobile throttling). */
  lcpMs: number;
  /** Total Blocking Time, median of the runs (simulated mobile throttling). */
  tbtMs: number;
  /** "category: audit title (score)" for every scored audit below 1 in the median run. */
  failingAudits: string[];
}

const CATEGORIES = { performance: "performance", accessibility: "accessibility", bestPractices: "best-practices", seo: "seo" } as const;

export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage"];

const NOINDEX_AUDIT = "is-crawlable";

/**
 * Writes the seed into a fresh Chrome's local storage for the target's origin, then empties the
 * HTTP cache the seeding page filled, so the measured load is still a cold one.
 */
async function seededChrome(target: LighthouseTarget, chromePath: string): Promise<chromeLauncher.LaunchedChrome> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(new URL("/", target.url).href);
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, target.seed!());
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await page.close();
    await browser.close();
    return chrome;
  } catch (error) {
    chrome.kill();
    throw error;
  }
}

/** Every run's full Lighthouse report is kept here (`<page>-<run>.json`), for its LCP breakdown and trace-based audits. */
export const LIGHTHOUSE_REPORTS = path.join(ROOT, "bench/tmp/lighthouse");

async function once(
  target: LighthouseTarget,
  chromePath: string,
  report: string,
): Promise<{ scores: LighthouseScores; lcpMs: number; tbtMs: number; failing: string[] }> {
  const { url } = target;
  fs.mkdirSync(path.dirname(report), { recursive: true });
  const args = [url, "--quiet", "--output=json", `--output-path=${report}`, `--only-categories=${Object.values(CATEGORIES).join(",")}`];
  if (target.seed) {
    // Lighthouse normally clears storage first; here the saved exam is the point of the run.
    const chrome = await seededChrome(target, chromePath);
    try {
      await run(BIN("lighthouse"), [...args, `--port=${chrome.port}`, "--disable-storage-reset"], { env: { CHROME_PATH: chromePath } });
    } finally {
      chrome.kill();
    }
  } else {
    await run(BIN("lighthouse"), [...args, `--chrome-flags=${CHROME_FLAGS.join(" ")}`], { env: { CHROME_PATH: chromePath } });
  }
  const lhr = JSON.parse(fs.readFileSync(report, "utf8")) as Result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  if (target.noindex) {
    const seo = lhr.categories[CATEGORIES.seo];
    if (seo) {
      const refs = seo.auditRefs.filter((ref) => ref.id !== NOINDEX_AUDIT && ref.weight > 0 && lhr.audits[ref.id]?.score !== null);
      const weight = refs.reduce((sum, ref) => sum + ref.weight, 0);
      seo.score = weight === 0 ? null : refs.reduce((sum, ref) => sum + ref.weight * (lhr.audits[ref.id]!.score ?? 0), 0) / weight;
      seo.auditRefs = seo.auditRefs.filter((ref) => ref.id !== NOINDEX_AUDIT);
    }
  }
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
  const lcpMs = Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN);
  const tbtMs = Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN);
  return { scores, lcpMs, tbtMs, failing };
}

export async function runLighthouse(
  pages: Record<string, string | LighthouseTarget>,
  options: { chromePath: string; runs: number },
): Promise<Record<string, LighthousePage>> {
  const result: Record<string, LighthousePage> = {};
  for (const [name, page] of Object.entries(pages)) {
    const target = typeof page === "string" ? { url: page } : page;
    const runs: Awaited<ReturnType<typeof once>>[] = [];
    for (let i = 0; i < options.runs; i++) {
      log(`lighthouse ${name} (${target.url}) run ${i + 1}/${options.runs}…`);
      runs.push(await once(target, options.chromePath, path.join(LIGHTHOUSE_REPORTS, `${name}-${i + 1}.json`)));
    }
    const scores = {} as LighthouseScores;
    for (const key of Object.keys(CATEGORIES) as (keyof LighthouseScores)[]) scores[key] = median(runs.map((r) => r.scores[key]));
    // The run whose performance is closest to the median explains the scores best.
    const representative = runs.reduce((best, r) =>
      Math.abs(r.scores.performance - scores.performance) < Math.abs(best.scores.performance - scores.performance) ? r : best,
    );
    result[name] = {
      scores,
      lcpMs: median(runs.map((r) => r.lcpMs)),
      tbtMs: median(runs.map((r) => r.tbtMs)),
      failingAudits: representative.failing,
    };
  }
  return result;
}
