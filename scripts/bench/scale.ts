// Builds the site from synthetic content at several multiples of today's and measures what must
// not grow with the banks (exam and review page JS) and what may (build time, a mock's data).
import fs from "node:fs";
import path from "node:path";
import { measureMockData } from "./interaction";
import { htmlFileFor, routeJsGzipBytes } from "./route-js";
import { scaleCounts, synthesizeContent, type ContentCounts } from "./synth";
import { synthesizeVault } from "./synth-vault";
import { BIN, ROOT, log, round, run, serveStatic } from "./util";

/** Seconds of each step of `npm run build`, in order. */
export interface BuildPhases {
  /** The content check (`scripts/content-check.ts --build`): parses every note and bank, fills the content cache. */
  content: number;
  /** `next build`: compiles the app and exports every page and data file. */
  next: number;
  /** The link check of the exported site (`scripts/check-links.mts`). */
  links: number;
  /** npm's postbuild: the search index, the service worker and the offline list. */
  postbuild: number;
}

export interface BuildTimes {
  /** Wall-clock seconds of the whole `npm run build`, postbuild included. */
  seconds: number;
  phases: BuildPhases;
}

export interface ScaleResult {
  counts: ContentCounts;
  buildSeconds: number;
  phases: BuildPhases;
  examPageJsGzipBytes: number | null;
  reviewPageJsGzipBytes: number | null;
  /** null while there is no exam page to start a mock from. */
  mockDataBytes: number | null;
}

/**
 * `npm run build` of this project, step by step as package.json runs it (content check, `next
 * build`, link check, then npm's postbuild), optionally from another content folder into another
 * output folder (inside the project, as Next requires); returns wall-clock seconds, in total and
 * per step. Scale builds never write to out/, so an interrupted bench leaves no synthetic pages
 * where `npm start` serves from.
 */
export async function buildSite(contentDir?: string, outDir?: string): Promise<BuildTimes> {
  const env: Record<string, string> = {
    ...(contentDir ? { STRATUS_CONTENT_DIR: contentDir } : {}),
    ...(outDir ? { STRATUS_OUT_DIR: path.relative(ROOT, outDir) } : {}),
  };
  const timed = async (command: string, args: string[]) => {
    const started = performance.now();
    await run(command, args, { env });
    return round((performance.now() - started) / 1000);
  };
  const phases: BuildPhases = {
    content: await timed(process.execPath, [...CONTENT_CHECK_NODE_FLAGS, "--import", "tsx", "scripts/content-check.ts", "--build"]),
    next: await timed(BIN("next"), ["build"]),
    links: await timed(BIN("tsx"), ["scripts/check-links.mts", outDir ?? path.join(ROOT, "out")]),
    postbuild: await timed(BIN("tsx"), ["scripts/postbuild/index.mts"]),
  };
  return { seconds: round(phases.content + phases.next + phases.links + phases.postbuild), phases };
}

/**
 * The node flags of package.json's content check (`node --max-semi-space-size=… --import tsx`): a
 * larger young generation, since parsing makes many short-lived objects. Read from package.json so
 * the bench times what `npm run build` runs.
 */
const CONTENT_CHECK_NODE_FLAGS: string[] = (() => {
  const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const command = /node ((?:--[\w-]+=\S+ )*)--import tsx scripts\/content-check\.ts/.exec(scripts.build ?? "");
  return command?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
})();

export interface VaultResult {
  notes: number;
  images: number;
  buildSeconds: number;
  phases: BuildPhases;
}

/** Builds the site from a synthetic Obsidian vault of `notes` notes (images, code, callouts, wikilinks). */
export async function measureVault(notes: number): Promise<VaultResult> {
  const dir = path.join(ROOT, "bench/tmp", `vault-${notes}`);
  const out = path.join(ROOT, "bench/tmp", `out-vault-${notes}`);
  const images = Math.floor(notes / 5);
  log(`vault: ${notes} notes, ${images} images → ${path.relative(ROOT, dir)}`);
  synthesizeVault(dir, { notes, images });
  try {
    const build = await buildSite(dir, out);
    log(`vault: built in ${build.seconds} s (${describePhases(build.phases)})`);
    return { notes, images, buildSeconds: build.seconds, phases: build.phases };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
}

export const describePhases = (p: BuildPhases) =>
  `content check ${p.content} s, next build ${p.next} s, link check ${p.links} s, postbuild ${p.postbuild} s`;

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
    const build = await buildSite(dir, out);
    log(`scale ${factor}×: built in ${build.seconds} s (${describePhases(build.phases)})`);
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
      buildSeconds: build.seconds,
      phases: build.phases,
      examPageJsGzipBytes: routeJs(routes, "/exam"),
      reviewPageJsGzipBytes: routeJs(routes, "/review"),
      mockDataBytes,
    };
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
  return result;
}
