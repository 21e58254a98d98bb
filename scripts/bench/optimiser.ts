// "Optimise my scheduler" in headless Chromium over a synthetic log of about 20,000 reviews:
// wall time from the click to the result table, and the longest main-thread task meanwhile
// (PerformanceObserver "longtask"). Run against the exported site twice: with COOP/COEP
// (cross-origin isolated: fsrs-browser's thread pool) and as a plain static host (one thread).
// Also the IndexedDB space 1,000 log entries take, from navigator.storage.estimate().
import { chromium, type Page } from "@playwright/test";
import { simulateLog } from "../../lib/srs/optimiser/simulate";
import { round } from "./util";

export interface OptimiserRun {
  isolated: boolean;
  reviews: number;
  /** Click → result table shown: reading the log, loading the WebAssembly, training, judging. */
  totalMs: number;
  longestTaskMs: number;
}

export interface OptimiserBench {
  runs: OptimiserRun[];
  bytesPer1000Entries: number;
}

const START = Date.UTC(2025, 0, 6, 9);

/** About 20,000 reviews: 1,200 cards over a year, with the forgetful learner of the tests. */
export function benchLog() {
  return simulateLog({ cards: 1_200, days: 365, start: START, seed: "bench-optimiser" }).reviews;
}

const LONG_TASKS = `
window.__longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
}).observe({ type: "longtask", buffered: false });
`;

/** Writes entries straight into the log's object store, as the app would have over time. */
async function seedLog(page: Page, reviews: unknown[]): Promise<void> {
  await page.evaluate(async (entries) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("stratus-reviews");
      open.onupgradeneeded = () => open.result.createObjectStore("reviews");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction("reviews", "readwrite");
      const store = tx.objectStore("reviews");
      for (const e of entries as [string, number][]) store.put(e, `${e[1]}|${e[0]}`);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, reviews);
}

async function usage(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

export async function measureOptimiser(urls: { isolated: string; plain: string }, chromePath: string): Promise<OptimiserBench> {
  const reviews = benchLog();
  const browser = await chromium.launch({ executablePath: chromePath, args: ["--disable-gpu", "--no-first-run"] });
  const runs: OptimiserRun[] = [];
  let bytesPer1000Entries = 0;
  try {
    for (const [isolated, base] of [[true, urls.isolated], [false, urls.plain]] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(LONG_TASKS);
      await page.goto(`${base}/settings/`);
      const before = await usage(page);
      await seedLog(page, reviews);
      if (isolated) bytesPer1000Entries = Math.round(((await usage(page)) - before) / (reviews.length / 1000));
      await page.reload();
      const panel = page.getByRole("region", { name: "Optimise my scheduler" });
      await panel.getByRole("button", { name: "Optimise my scheduler" }).waitFor();
      if ((await page.evaluate(() => window.crossOriginIsolated)) !== isolated) throw new Error(`${base} is ${isolated ? "not " : ""}cross-origin isolated`);
      await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
      const started = Date.now();
      await panel.getByRole("button", { name: "Optimise my scheduler" }).click();
      await panel.getByRole("table").waitFor({ timeout: 300_000 });
      const totalMs = Date.now() - started;
      const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
      runs.push({ isolated, reviews: reviews.length, totalMs, longestTaskMs: round(longestTaskMs) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { runs, bytesPer1000Entries };
}
