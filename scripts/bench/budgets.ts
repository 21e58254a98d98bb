// The budgets of issue 6, checked against a report. Pure, so the rules are unit-tested.
import type { ImportedBenchResult } from "./imported";
import type { LighthouseScores } from "./lighthouse";
import type { OptimiserBench } from "./optimiser";
import type { BuildPhases } from "./scale";

export interface BenchReport {
  lighthouse: Record<string, LighthouseScores>;
  /** Largest Contentful Paint per Lighthouse page, median ms. */
  lcpMs?: Record<string, number>;
  /** Total Blocking Time per Lighthouse page, median ms (absent in reports from before issue 16). */
  tbtMs?: Record<string, number>;
  routeJsGzipBytes: Record<string, number>;
  /** null when the floor was not built (--skip=floor). */
  frameworkFloorGzipBytes: number | null;
  scale: Record<
    string,
    {
      /** `npm run build`, postbuild included, in seconds. */
      buildSeconds: number;
      /** The same by step (absent in reports from before they were timed apart). */
      phases?: BuildPhases;
      examPageJsGzipBytes: number | null;
      reviewPageJsGzipBytes: number | null;
      mockDataBytes: number | null;
    }
  >;
  /** The build of a synthetic Obsidian vault (1,000 notes with images and code); null when skipped. */
  vault?: { notes: number; images: number; buildSeconds: number; phases?: BuildPhases } | null;
  queueMs: Record<string, number | null>;
  bytesPerCard: number | null;
  answerToPaintMs: { median: number; max: number } | null;
  /** Issue 16: Next → the next question painted over a full mock at CPU_SLOWDOWN× CPU throttling; null when not run. */
  nextToPaintMs?: { median: number; max: number; cpuSlowdown: number } | null;
  /** How well readiness predicted simulated learners' mock scores (scripts/bench/readiness.ts). */
  readiness?: { maePoints: number; coverage80: number; brier: number; panelMs10000: number } | null;
  /** Issue 14: "Optimise my scheduler" over ~20,000 reviews (absent in reports from before it). */
  optimiser?: OptimiserBench | null;
  /** A 1,000-question imported bank added to today's content (issue 10.7); null when not run. */
  imported?: (Omit<ImportedBenchResult, "interaction"> & { answerToPaintMs: { median: number; max: number } }) | null;
}

export interface BudgetResult {
  id: string;
  budget: string;
  actual: string;
  /** null when the measurement is missing (e.g. a page that does not exist yet): not a pass. */
  pass: boolean | null;
}

/** Issue 16: every route within 20 KiB (gzip) of an empty Next.js page. */
export const ROUTE_JS_ALLOWANCE = 20 * 1024;
export const QUEUE_MS_LIMIT = 100;
export const STORAGE_BYTES_LIMIT = 2_500_000;
export const ANSWER_TO_PAINT_MS_LIMIT = 50;
/** Issue 16: Next → next question painted on a mid-range phone (4× CPU throttling). */
export const CPU_SLOWDOWN = 4;
export const NEXT_TO_PAINT_MEDIAN_MS_LIMIT = 45;
export const NEXT_TO_PAINT_MAX_MS_LIMIT = 85;
export const VAULT_BUILD_SECONDS_LIMIT = 90;
/**
 * Issue 16: every measured page paints its largest content within 1.5 s and blocks the main thread
 * for at most 70 ms in total (Lighthouse mobile, simulated throttling), the running exam included.
 */
export const LCP_MS_LIMIT = 1500;
export const TBT_MS_LIMIT = 70;
/** `npm run build` of 100× today's content (issue 16: build time grows linearly). */
export const SCALE_BUILD_FACTOR = 100;
export const SCALE_BUILD_SECONDS_LIMIT = 120;
export const READINESS_MAE_LIMIT = 5;
export const READINESS_COVERAGE = [0.75, 0.85] as const;
export const READINESS_PANEL_MS_LIMIT = 50;
export const OPTIMISE_MS_LIMIT = 10_000;
export const LONG_TASK_MS_LIMIT = 50;
export const IMPORT_MS_LIMIT = 2000;
const LIGHTHOUSE_MIN: LighthouseScores = { performance: 95, accessibility: 100, bestPractices: 100, seo: 95 };

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function checkBudgets(report: BenchReport, expectedPages: string[]): BudgetResult[] {
  const results: BudgetResult[] = [];
  for (const page of expectedPages) {
    const scores = report.lighthouse[page];
    for (const [category, min] of Object.entries(LIGHTHOUSE_MIN) as [keyof LighthouseScores, number][]) {
      const actual = scores?.[category];
      results.push({
        id: `lighthouse.${page}.${category}`,
        budget: `Lighthouse ${page} ${category} ${min === 100 ? "= 100" : `≥ ${min}`}`,
        actual: actual === undefined ? "not measured" : String(actual),
        pass: actual === undefined ? null : actual >= min,
      });
    }
    const lcp = report.lcpMs?.[page];
    const lcpMeasured = lcp !== undefined && Number.isFinite(lcp);
    results.push({
      id: `lighthouse.${page}.lcp`,
      budget: `Lighthouse ${page} LCP ≤ ${(LCP_MS_LIMIT / 1000).toFixed(1)} s`,
      actual: lcpMeasured ? `${(lcp / 1000).toFixed(2)} s` : "not measured",
      pass: lcpMeasured ? lcp <= LCP_MS_LIMIT : null,
    });
    const tbt = report.tbtMs?.[page];
    const tbtMeasured = tbt !== undefined && Number.isFinite(tbt);
    results.push({
      id: `lighthouse.${page}.tbt`,
      budget: `Lighthouse ${page} TBT ≤ ${TBT_MS_LIMIT} ms`,
      actual: tbtMeasured ? `${tbt} ms` : "not measured",
      pass: tbtMeasured ? tbt <= TBT_MS_LIMIT : null,
    });
  }

  const floor = report.frameworkFloorGzipBytes;
  for (const [route, bytes] of Object.entries(report.routeJsGzipBytes)) {
    results.push({
      id: `routeJs.${route}`,
      budget: `${route} JS ≤ floor + ${ROUTE_JS_ALLOWANCE / 1024} KiB${floor === null ? "" : ` (${kib(floor + ROUTE_JS_ALLOWANCE)})`}`,
      actual: floor === null ? `${kib(bytes)} (floor not measured)` : `${kib(bytes)} (floor + ${kib(bytes - floor)})`,
      pass: floor === null ? null : bytes <= floor + ROUTE_JS_ALLOWANCE,
    });
  }

  if (report.vault !== undefined) {
    results.push({
      id: "vault.buildSeconds",
      budget: `build of a ${report.vault?.notes ?? 1000}-note vault ≤ ${VAULT_BUILD_SECONDS_LIMIT} s`,
      actual: report.vault ? `${report.vault.buildSeconds} s` : "not measured",
      pass: report.vault ? report.vault.buildSeconds <= VAULT_BUILD_SECONDS_LIMIT : null,
    });
  }

  const scaled = report.scale[String(SCALE_BUILD_FACTOR)];
  results.push({
    id: `scale.buildSeconds.${SCALE_BUILD_FACTOR}`,
    budget: `build at ${SCALE_BUILD_FACTOR}× today's content ≤ ${SCALE_BUILD_SECONDS_LIMIT} s`,
    actual: scaled ? `${scaled.buildSeconds} s` : "not measured",
    pass: scaled ? scaled.buildSeconds <= SCALE_BUILD_SECONDS_LIMIT : null,
  });

  const factors = Object.keys(report.scale).map(Number).sort((a, b) => a - b);
  const [smallest, largest] = [factors[0], factors[factors.length - 1]];
  for (const [key, label] of [["examPageJsGzipBytes", "exam"], ["reviewPageJsGzipBytes", "review"]] as const) {
    const low = smallest === undefined ? null : report.scale[String(smallest)]?.[key];
    const high = largest === undefined ? null : report.scale[String(largest)]?.[key];
    const measured = low !== null && low !== undefined && high !== null && high !== undefined && smallest !== largest;
    results.push({
      id: `scale.${label}PageJs`,
      budget: measured ? `${label} page JS at ${largest}× = at ${smallest}×` : `${label} page JS the same at every content scale`,
      actual: measured ? `${kib(low)} → ${kib(high)}` : "not measured",
      pass: measured ? low === high : null,
    });
  }

  const queue = report.queueMs["100000"];
  results.push({
    id: "queueMs.100000",
    budget: `review queue from 100,000 cards < ${QUEUE_MS_LIMIT} ms`,
    actual: queue === null || queue === undefined ? "not measured" : `${queue} ms`,
    pass: queue === null || queue === undefined ? null : queue < QUEUE_MS_LIMIT,
  });

  const storage = report.bytesPerCard === null ? null : report.bytesPerCard * 10_000;
  results.push({
    id: "storage.10000",
    budget: `10,000 reviewed cards < 2.5 MB of local storage`,
    actual: storage === null ? "not measured" : `${(storage / 1_000_000).toFixed(2)} MB`,
    pass: storage === null ? null : storage < STORAGE_BYTES_LIMIT,
  });

  const paint = report.answerToPaintMs?.median;
  results.push({
    id: "answerToPaint.median",
    budget: `answer-to-paint median < ${ANSWER_TO_PAINT_MS_LIMIT} ms`,
    actual: paint === undefined ? "not measured" : `${paint} ms`,
    pass: paint === undefined ? null : paint < ANSWER_TO_PAINT_MS_LIMIT,
  });

  if (report.nextToPaintMs !== undefined) {
    const next = report.nextToPaintMs;
    const at = `at ${next?.cpuSlowdown ?? CPU_SLOWDOWN}× CPU throttling`;
    const throttled = next !== null && next.cpuSlowdown === CPU_SLOWDOWN;
    results.push(
      {
        id: "nextToPaint.median",
        budget: `Next → next question painted, median ≤ ${NEXT_TO_PAINT_MEDIAN_MS_LIMIT} ms at ${CPU_SLOWDOWN}× CPU throttling`,
        actual: next ? `${next.median} ms ${at}` : "not measured",
        pass: next ? throttled && next.median <= NEXT_TO_PAINT_MEDIAN_MS_LIMIT : null,
      },
      {
        id: "nextToPaint.max",
        budget: `Next → next question painted, worst ≤ ${NEXT_TO_PAINT_MAX_MS_LIMIT} ms at ${CPU_SLOWDOWN}× CPU throttling`,
        actual: next ? `${next.max} ms ${at}` : "not measured",
        pass: next ? throttled && next.max <= NEXT_TO_PAINT_MAX_MS_LIMIT : null,
      },
    );
  }

  const readiness = report.readiness ?? null;
  results.push(
    {
      id: "readiness.mae",
      budget: `readiness: mean absolute error of the predicted mock score ≤ ${READINESS_MAE_LIMIT} points`,
      actual: readiness ? `${readiness.maePoints} points` : "not measured",
      pass: readiness ? readiness.maePoints <= READINESS_MAE_LIMIT : null,
    },
    {
      id: "readiness.coverage80",
      budget: `readiness: ${READINESS_COVERAGE[0] * 100}–${READINESS_COVERAGE[1] * 100}% of scores inside the 80% interval`,
      actual: readiness ? `${Math.round(readiness.coverage80 * 1000) / 10}%` : "not measured",
      pass: readiness ? readiness.coverage80 >= READINESS_COVERAGE[0] && readiness.coverage80 <= READINESS_COVERAGE[1] : null,
    },
    {
      id: "readiness.panelMs",
      budget: `readiness panel computed for 10,000 cards ≤ ${READINESS_PANEL_MS_LIMIT} ms`,
      actual: readiness ? `${readiness.panelMs10000} ms` : "not measured",
      pass: readiness ? readiness.panelMs10000 <= READINESS_PANEL_MS_LIMIT : null,
    },
  );
  if (report.optimiser !== undefined) {
    for (const isolated of [true, false]) {
      const run = report.optimiser?.runs.find((r) => r.isolated === isolated);
      const how = isolated ? "cross-origin isolated" : "plain host, one thread";
      results.push({
        id: `optimiser.${isolated ? "isolated" : "plain"}.ms`,
        budget: `optimise ~20,000 reviews ≤ ${OPTIMISE_MS_LIMIT / 1000} s (${how})`,
        actual: run ? `${(run.totalMs / 1000).toFixed(1)} s for ${run.reviews.toLocaleString("en-GB")} reviews` : "not measured",
        pass: run ? run.totalMs <= OPTIMISE_MS_LIMIT : null,
      });
      results.push({
        id: `optimiser.${isolated ? "isolated" : "plain"}.longTask`,
        budget: `main thread never blocks > ${LONG_TASK_MS_LIMIT} ms while optimising (${how})`,
        actual: run ? `longest task ${run.longestTaskMs} ms` : "not measured",
        pass: run ? run.longestTaskMs <= LONG_TASK_MS_LIMIT : null,
      });
    }
    const bytes = report.optimiser?.bytesPer1000Entries;
    results.push({
      id: "optimiser.storagePer1000",
      budget: "review log: IndexedDB space per 1,000 entries (reported)",
      actual: bytes === undefined ? "not measured" : `${(bytes / 1024).toFixed(1)} KiB`,
      pass: bytes === undefined ? null : true,
    });
  }
  const imported = report.imported;
  if (imported) {
    results.push({
      id: "imported.importMs",
      budget: `importing ${imported.questions} questions ≤ ${IMPORT_MS_LIMIT} ms`,
      actual: `${imported.importMs} ms`,
      pass: imported.importMs <= IMPORT_MS_LIMIT,
    });
    for (const [key, label, route] of [["examPageJsGzipBytes", "exam", "/exam"], ["reviewPageJsGzipBytes", "review", "/review"]] as const) {
      const today = Math.max(...Object.entries(report.routeJsGzipBytes).filter(([r]) => r === route || r.startsWith(`${route}/`)).map(([, b]) => b));
      const withBank = imported[key];
      const measured = withBank !== null && Number.isFinite(today);
      results.push({
        id: `imported.${label}PageJs`,
        budget: `${label} page JS with a ${imported.questions}-question imported bank = without`,
        actual: measured ? `${kib(today)} → ${kib(withBank)}` : "not measured",
        pass: measured ? withBank === today : null,
      });
    }
    results.push({
      id: "imported.answerToPaint.median",
      budget: `answer-to-paint median with the imported bank < ${ANSWER_TO_PAINT_MS_LIMIT} ms`,
      actual: `${imported.answerToPaintMs.median} ms (mock fetched ${imported.mockFiles.length} of ${imported.topicFiles + 1} data files, ${kib(imported.mockDataBytes)})`,
      pass: imported.answerToPaintMs.median < ANSWER_TO_PAINT_MS_LIMIT,
    });
  }
  return results;
}
