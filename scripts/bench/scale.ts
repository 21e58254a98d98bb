// Builds the site from synthetic content at several multiples of today's and measures what must
// not grow with the banks (exam and review page JS) and what may (build time, a mock's data).
import fs from "node:fs";
import path from "node:path";
import { mockDataBytes } from "./mock-data";
import { routeJsGzipBytes } from "./route-js";
import { scaleCounts, synthesizeContent, type ContentCounts } from "./synth";
import { BIN, ROOT, log, round, run } from "./util";

export interface ScaleResult {
  counts: ContentCounts;
  buildSeconds: number;
  examPageJsGzipBytes: number | null;
  reviewPageJsGzipBytes: number | null;
  mockDataBytes: number;
}

/** `next build` of this project, optionally from another content folder; returns wall-clock seconds. */
export async function buildSite(contentDir?: string): Promise<number> {
  const started = performance.now();
  await run(BIN("next"), ["build"], { env: contentDir ? { STRATUS_CONTENT_DIR: contentDir } : {} });
  return round((performance.now() - started) / 1000);
}

/** Page JS of a route in the export just built, or null while the route does not exist yet. */
export const routeJs = (routes: Record<string, number>, route: string) => routes[route] ?? routes[`${route}/`] ?? null;

export async function measureScale(counts: ContentCounts, factors: number[], noteChars: number): Promise<Record<string, ScaleResult>> {
  const result: Record<string, ScaleResult> = {};
  for (const factor of factors) {
    const scaled = scaleCounts(counts, factor);
    const dir = path.join(ROOT, "bench/tmp", `content-${factor}x`);
    log(`scale ${factor}×: ${scaled.topics} notes, ${scaled.questions} questions, ${scaled.flashcards} flashcards → ${path.relative(ROOT, dir)}`);
    synthesizeContent(dir, scaled, { noteChars, seed: factor });
    const buildSeconds = await buildSite(dir);
    log(`scale ${factor}×: built in ${buildSeconds} s`);
    const out = path.join(ROOT, "out");
    const routes = routeJsGzipBytes(ROOT, out);
    result[String(factor)] = {
      counts: scaled,
      buildSeconds,
      examPageJsGzipBytes: routeJs(routes, "/exam"),
      reviewPageJsGzipBytes: routeJs(routes, "/review"),
      mockDataBytes: await mockDataBytes(out),
    };
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
