// The budgets of issue 6, checked against a report. Pure, so the rules are unit-tested.
import type { LighthouseScores } from "./lighthouse";

export interface BenchReport {
  lighthouse: Record<string, LighthouseScores>;
  routeJsGzipBytes: Record<string, number>;
  /** null when the floor was not built (--skip=floor). */
  frameworkFloorGzipBytes: number | null;
  scale: Record<string, { buildSeconds: number; examPageJsGzipBytes: number | null; reviewPageJsGzipBytes: number | null; mockDataBytes: number | null }>;
  queueMs: Record<string, number | null>;
  bytesPerCard: number | null;
  answerToPaintMs: { median: number; max: number } | null;
  /** A 1,000-question imported bank added to today's content (issue 10.7); null when not run. */
  imported?: {
    questions: number;
    importMs: number;
    buildSeconds: number;
    examPageJsGzipBytes: number | null;
    reviewPageJsGzipBytes: number | null;
    mockFiles: string[];
    mockDataBytes: number;
    topicFiles: number;
    answerToPaintMs: { median: number; max: number };
  } | null;
}

export interface BudgetResult {
  id: string;
  budget: string;
  actual: string;
  /** null when the measurement is missing (e.g. a page that does not exist yet): not a pass. */
  pass: boolean | null;
}

export const ROUTE_JS_ALLOWANCE = 40 * 1024;
export const QUEUE_MS_LIMIT = 100;
export const STORAGE_BYTES_LIMIT = 2_500_000;
export const ANSWER_TO_PAINT_MS_LIMIT = 50;
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
  }

  const floor = report.frameworkFloorGzipBytes;
  for (const [route, bytes] of Object.entries(report.routeJsGzipBytes)) {
    results.push({
      id: `routeJs.${route}`,
      budget: `${route} JS ≤ floor + 40 KiB${floor === null ? "" : ` (${kib(floor + ROUTE_JS_ALLOWANCE)})`}`,
      actual: floor === null ? `${kib(bytes)} (floor not measured)` : `${kib(bytes)} (floor + ${kib(bytes - floor)})`,
      pass: floor === null ? null : bytes <= floor + ROUTE_JS_ALLOWANCE,
    });
  }

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
