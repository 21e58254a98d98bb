// Builds the site from synthetic content at several multiples of today's and measures what must
// not grow with the banks (exam and review page JS) and what may (build time, a mock's data).
import fs from "node:fs";
import path from "node:path";
import { measureMockData } from "./interaction";
import { htmlFileFor, routeJsGzipBytes } from "./route-js";
import { scaleCounts, synthesizeContent, type ContentCounts } from "./synth";
import { synthesizeVault } from "./synth-vault";
import { BIN, ROOT, log, round, run, serveStatic } from "./util";

export interface ScaleResult {
  counts: ContentCounts;
  buildSeconds: number;
  examPageJsGzipBytes: number | null;
  reviewPageJsGzipBytes: number | null;
  /** null while there is no exam page to start a mock from. */
  mockDataBytes: number | null;
}

/**
 * `npm run build` of this project (content check, `next build`, link check), optionally from another
 * content folder into another output folder (inside the project, as Next requires); returns
 * wall-clock seconds. Scale builds never write to out/, so an interrupted bench leaves no synthetic
 * pages where `npm start` serves from.
 */
export async function buildSite(contentDir?: string, outDir?: string): Promise<number> {
  const env: Record<string, string> = {
    ...(contentDir ? { STRATUS_CONTENT_DIR: contentDir } : {}),
    ...(outDir ? { STRATUS_OUT_DIR: path.relative(ROOT, outDir) } : {}),
  };
  const started = performance.now();
  await run(BIN("tsx"), ["scripts/content-check.ts", "--build"], { env });
  await run(BIN("next"), ["build"], { env });
  await run(BIN("tsx"), ["scripts/check-links.ts", outDir ?? path.join(ROOT, "out")], { env });
  return round((performance.now() - started) / 1000);
}

export interface VaultResult {
  notes: number;
  images: number;
  buildSeconds: number;
}

/** Builds the site from a synthetic Obsidian vault of `notes` notes (images, code, callouts, wikilinks). */
export async function measureVault(notes: number): Promise<VaultResult> {
  const dir = path.join(ROOT, "bench/tmp", `vault-${notes}`);
  const out = path.join(ROOT, "bench/tmp", `out-vault-${notes}`);
  const images = Math.floor(notes / 5);
  log(`vault: ${notes} notes, ${images} images → ${path.relative(ROOT, dir)}`);
  synthesizeVault(dir, { notes, images });
  try {
    const buildSeconds = await buildSite(dir, out);
    log(`vault: built in ${buildSeconds} s`);
    return { notes, images, buildSeconds };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
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
    const out = path.join(ROOT, "bench/tmp", `out-${factor}x`);
    const buildSeconds = await buildSite(dir, out);
    log(`scale ${factor}×: built in ${buildSeconds} s`);
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
    fs.rmSync(out, { recursive: true, force: true });
  }
  return result;
}
