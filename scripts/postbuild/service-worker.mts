// Builds out/sw.js: bundles service-worker/sw.ts (esbuild), then @serwist/build's injectManifest
// writes the precache list (the app shell) into it. Precache URLs are relative to sw.js, so the same
// worker works at the site root and under STRATUS_BASE_PATH.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getManifest, injectManifest, type GetManifestOptions } from "@serwist/build";
import { build } from "esbuild";

/** The app shell: every chunk and style, the pages that are the same for every topic, the question
 * bank (a new exam or a review may need any of it) and what search needs to start. */
export const PRECACHE_PATTERNS = [
  "_next/static/**/*",
  "index.html",
  "404.html",
  // Next's RSC payloads (index.txt, __next.*.txt segments) make client-side navigation work offline.
  "*.txt",
  "{topics,exam,exam/session,exam/results,review,missed,progress,settings}/{index.html,*.txt}",
  "data/**/*.json",
  "manifest.webmanifest",
  "icon.svg",
  "icons/*",
  "pagefind/pagefind.js",
  "pagefind/pagefind-worker.js",
  "pagefind/pagefind-entry.json",
  "pagefind/wasm.*",
  "pagefind/*.pf_meta",
];

export interface PrecacheResult {
  count: number;
  bytes: number;
  /** Site-absolute URLs without the base path ("/", "/exam/", "/_next/static/…"). */
  files: string[];
}

export async function buildServiceWorker(projectDir: string, outDir: string): Promise<PrecacheResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-sw-"));
  try {
    const bundled = path.join(tmp, "sw.js");
    await build({
      entryPoints: [path.join(projectDir, "service-worker", "sw.ts")],
      bundle: true,
      format: "iife",
      target: "es2020",
      minify: true,
      outfile: bundled,
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "warning",
    });
    const options: GetManifestOptions = {
      globDirectory: outDir,
      globPatterns: PRECACHE_PATTERNS,
      // Hashed file names are their own revision.
      dontCacheBustURLsMatching: /^_next\/static\//,
      maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
      // Pages are precached at the URL a navigation asks for (exam/results/, not …/index.html):
      // hosts with "clean URLs" answer index.html with a redirect, which a navigation cannot use.
      manifestTransforms: [
        async (entries) => ({
          manifest: entries.map((entry) => ({ ...entry, url: entry.url === "index.html" ? "./" : entry.url.replace(/\/index\.html$/, "/") })),
          warnings: [],
        }),
      ],
    };
    const { manifestEntries } = await getManifest(options);
    const { count, size, warnings } = await injectManifest({ ...options, swSrc: bundled, swDest: path.join(outDir, "sw.js") });
    if (warnings.length) throw new Error(`service worker: ${warnings.join("; ")}`);
    const files = (manifestEntries ?? []).map((entry) => `/${entry.url.replace(/^\.\//, "")}`);
    return { count, bytes: size, files };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
