// Builds the site from synthetic content at several multiples of today's and measures what must
// not grow with the banks (exam and review page JS) and what may (build time, a mock's data).
import fs from "node:fs";
import path from "node:path";
import { measureMockData } from "./interaction";
import { htmlFileFor, routeJsGzipBytes } from "./route-js";
import { scaleCounts, synthesizeContent, type ContentCounts } from "./synth";
import { BIN, ROOT, log, round, run, serveStatic } from "./util";

export interface ScaleResult {
  counts: ContentCounts;
  buildSeconds: number;
  examPageJsGzipBytes: number | null;
  reviewPageJsGzipBytes: number | null;
  /** null while there is no exam page to start a mock from. */
  mockDataBytes: number | null;
}

/** `next build` of this project, optionally from another content folder; returns wall-clock seconds. */
export async function buildSite(contentDir?: string): Promise<number> {
  const started = performance.now();
  await run(BIN("next"), ["build"], { env: contentDir ? { STRATUS_CONTENT_DIR: contentDir } : {} });
  return round((performance.now() - started) / 1000);
}

/** The heaviest page under a route prefix (the exam has a start, a session and a results page), or null if none. */
export function routeJs(routes: Record<string, number>, prefix: string): number | null {
  const sizes = Object.entries(routes)
    .filter(([route]) => route === prefix || route.startsWith(`${prefix}/`))
    .map(([, bytes]) => bytes);
  return sizes.length ? Math.max(...sizes) : null;
}

interface ScaleOptions {
  noteChars: number;
  port: number;
  chromePath: string;
}

export async function measureScale(counts: ContentCounts, factors: number[], options: ScaleOptions): Promise<Record<string, ScaleResult>> {
  const result: Record<string, ScaleResult> = {};
  for (const factor of factors) {
    const scaled = scaleCounts(counts, factor);
    const dir = path.join(ROOT, "bench/tmp", `content-${factor}x`);
    log(`scale ${factor}×: ${scaled.topics} notes, ${scaled.questions} questions, ${scaled.flashcards} flashcards → ${path.relative(ROOT, dir)}`);
    synthesizeContent(dir, scaled, { noteChars: options.noteChars, seed: factor });
    const buildSeconds = await buildSite(dir);
    log(`scale ${factor}×: built in ${buildSeconds} s`);
    const out = path.join(ROOT, "out");
    const routes = routeJsGzipBytes(ROOT, out);
    let mockDataBytes: number | null = null;
    if (fs.existsSync(htmlFileFor(out, "/exam/"))) {
      const server = await serveStatic(out, options.port);
      try {
        mockDataBytes = await measureMockData(server.url, options.chromePath);
      } finally {
        await server.stop();
      }
    }
    result[String(factor)] = {
      counts: scaled,
      buildSeconds,
      examPageJsGzipBytes: routeJs(routes, "/exam"),
      reviewPageJsGzipBytes: routeJs(routes, "/review"),
      mockDataBytes,
    };
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
