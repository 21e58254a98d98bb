// JavaScript a page loads, measured from the exported files: every chunk its HTML names (script
// tags, preloads, and the chunk lists Turbopack and the RSC payload carry inline), gzipped.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/**
 * Chunk paths (relative to the site root, e.g. "/_next/static/chunks/a1.js") a modern browser
 * loads for this HTML. `nomodule` scripts are polyfills that modern browsers skip, so they are left out.
 */
export function scriptsInHtml(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+\.js)"/i.exec(tag)?.[1];
    if (src) found.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\bas="script"/i.test(tag) && !/\brel="modulepreload"/i.test(tag)) continue;
    const href = /\bhref="([^"]+\.js)"/i.exec(tag)?.[1];
    if (href) found.add(href);
  }
  // Inline bootstrap and flight data name the client-component chunks hydration will fetch.
  for (const script of html.match(/<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
    for (const match of script.matchAll(/(?:\/_next\/)?static\/chunks\/[\w\-./]+?\.js/g)) {
      const chunk = match[0].startsWith("/_next/") ? match[0] : `/_next/${match[0]}`;
      found.add(chunk);
    }
  }
  return [...found].filter((src) => src.startsWith("/_next/")).sort();
}

export const gzipBytes = (buffer: Buffer) => zlib.gzipSync(buffer, { level: 9 }).length;

/** Total gzip bytes of the scripts an exported HTML file loads, read from the export folder. */
export function pageJsGzipBytes(outDir: string, htmlFile: string): number {
  const html = fs.readFileSync(htmlFile, "utf8");
  return scriptsInHtml(html).reduce((sum, src) => {
    const file = path.join(outDir, decodeURIComponent(src.split(/[?#]/)[0]!));
    if (!fs.existsSync(file)) throw new Error(`${path.relative(outDir, htmlFile)} loads ${src}, which is not in ${outDir}`);
    return sum + gzipBytes(fs.readFileSync(file));
  }, 0);
}

export function htmlFileFor(outDir: string, route: string): string {
  return route === "/" ? path.join(outDir, "index.html") : path.join(outDir, route.replace(/^\/|\/$/g, ""), "index.html");
}

interface PrerenderManifest {
  routes: Record<string, { srcRoute: string | null; dataRoute: string | null }>;
}

/**
 * Per route pattern (e.g. "/topics/[slug]"), its heaviest page and that page's JS gzip bytes. Pages
 * come from Next's prerender manifest, so new routes are measured without editing the benchmark.
 */
export function heaviestPages(projectDir: string, outDir: string, distDir = ".next"): Record<string, { page: string; bytes: number }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectDir, distDir, "prerender-manifest.json"), "utf8")) as PrerenderManifest;
  const result: Record<string, { page: string; bytes: number }> = {};
  for (const [route, info] of Object.entries(manifest.routes)) {
    // Route handlers (JSON data) have no data route; internal pages start with "/_".
    if (info.dataRoute === null || route.startsWith("/_")) continue;
    const html = htmlFileFor(outDir, route);
    if (!fs.existsSync(html)) continue;
    const pattern = info.srcRoute ?? route;
    const bytes = pageJsGzipBytes(outDir, html);
    if (!result[pattern] || bytes > result[pattern].bytes) result[pattern] = { page: route, bytes };
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}

/** JS gzip bytes per route pattern, the largest of its pages. */
export function routeJsGzipBytes(projectDir: string, outDir: string, distDir = ".next"): Record<string, number> {
  return Object.fromEntries(Object.entries(heaviestPages(projectDir, outDir, distDir)).map(([pattern, { bytes }]) => [pattern, bytes]));
}
