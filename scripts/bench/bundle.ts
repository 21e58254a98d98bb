// Bundle analysis: which source files and packages make up each route's JavaScript. The bench
// builds the site a second time with browser source maps (STRATUS_BROWSER_SOURCE_MAPS=1, into
// bench/tmp; never served or measured for size) and reads each chunk's map here. Each generated character is credited to the source its mapping points at, and a chunk's
// gzip bytes are shared out in proportion (as source-map-explorer does): an estimate, but one
// that adds up exactly to the measured route JS.
import fs from "node:fs";
import path from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";
import { gzipBytes, htmlFileFor, scriptsInHtml } from "./route-js";

export interface Contributor {
  name: string;
  gzipBytes: number;
}

export interface RouteBundle {
  /** The page measured for this route (the heaviest one of a dynamic route). */
  page: string;
  gzipBytes: number;
  chunks: { file: string; gzipBytes: number }[];
  /** Largest first. */
  contributors: Contributor[];
}

/** Code with no mapping: the chunk's wrapper, Turbopack's module table, helpers it injects. */
export const UNMAPPED = "(unmapped: chunk wrappers, Turbopack glue)";
/** A chunk with no .map file next to it. */
export const NO_MAP = "(no source map)";

/** Packages that make up the framework floor (an empty Next.js page loads them too). */
const FRAMEWORK = new Set(["next", "react", "react-dom", "scheduler", "@swc/helpers", "turbopack runtime"]);
export const isFramework = (name: string) => FRAMEWORK.has(name);

/**
 * A source-map source → something a reader can act on: the npm package for anything under
 * node_modules, the project-relative path for our own files.
 */
export function sourceName(source: string): string {
  const clean = decodeURIComponent(source.replace(/[?#].*$/, ""));
  const modules = clean.lastIndexOf("/node_modules/");
  if (modules >= 0) {
    const parts = clean.slice(modules + "/node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (/\[turbopack\]|turbopack:\/\/\/\[turbopack\]/.test(clean)) return "turbopack runtime";
  const project = clean.indexOf("[project]/");
  if (project >= 0) return clean.slice(project + "[project]/".length);
  return clean.replace(/^(turbopack|webpack|file):\/+/, "");
}

/** Characters of generated code per source name (plus UNMAPPED), from a chunk and its map. */
export function attributeChunk(code: string, map: RawSourceMap | null): Map<string, number> {
  const shares = new Map<string, number>();
  const add = (name: string, n: number) => n > 0 && shares.set(name, (shares.get(name) ?? 0) + n);
  if (!map) {
    add(NO_MAP, code.length);
    return shares;
  }
  const lines = code.split("\n");
  const consumer = new SourceMapConsumer(map);
  // Mappings in generated order: each owns the code up to the next mapping (or the line's end).
  let line = 1;
  let column = 0;
  let owner = UNMAPPED;
  const advanceTo = (toLine: number, toColumn: number) => {
    while (line < toLine) {
      add(owner, (lines[line - 1]?.length ?? 0) - column + 1); // + the newline
      line++;
      column = 0;
    }
    add(owner, toColumn - column);
    column = toColumn;
  };
  consumer.eachMapping(
    (m) => {
      if (m.generatedLine < line || (m.generatedLine === line && m.generatedColumn < column)) return;
      advanceTo(m.generatedLine, m.generatedColumn);
      owner = m.source ? sourceName(m.source) : UNMAPPED;
    },
    null,
    SourceMapConsumer.GENERATED_ORDER,
  );
  advanceTo(lines.length, lines[lines.length - 1]?.length ?? 0);
  return shares;
}

// Turbopack puts a blank line before it; a build without maps ends the chunk at "]);".
const SOURCE_MAP_COMMENT = /\n*\/\/[#@] sourceMappingURL=([^\n]*?)\s*$/;

/** The map a chunk names in its comment (Turbopack hashes maps apart from their chunks), else `<chunk>.map`. */
function readMap(file: string, text: string): RawSourceMap | null {
  const named = SOURCE_MAP_COMMENT.exec(text)?.[1];
  const mapFile = named && !/^(data:|[a-z]+:\/\/)/.test(named) ? path.join(path.dirname(file), decodeURIComponent(named)) : `${file}.map`;
  if (!fs.existsSync(mapFile)) return null;
  try {
    return JSON.parse(fs.readFileSync(mapFile, "utf8")) as RawSourceMap;
  } catch {
    return null;
  }
}

/** A chunk's gzip bytes shared out over its sources. Cached per file: routes share chunks. */
function chunkContributors(file: string, cache: Map<string, { gzipBytes: number; shares: Contributor[] }>) {
  const cached = cache.get(file);
  if (cached) return cached;
  const text = fs.readFileSync(file, "utf8");
  const code = text.replace(SOURCE_MAP_COMMENT, "");
  const bytes = gzipBytes(Buffer.from(code));
  const chars = attributeChunk(code, readMap(file, text));
  const total = [...chars.values()].reduce((a, b) => a + b, 0) || 1;
  const result = { gzipBytes: bytes, shares: [...chars].map(([name, n]) => ({ name, gzipBytes: (bytes * n) / total })) };
  cache.set(file, result);
  return result;
}

/** One exported HTML page: its chunks and what they are made of. */
export function analysePage(outDir: string, htmlFile: string, cache = new Map<string, { gzipBytes: number; shares: Contributor[] }>()): Omit<RouteBundle, "page"> {
  const chunks: RouteBundle["chunks"] = [];
  const totals = new Map<string, number>();
  for (const src of scriptsInHtml(fs.readFileSync(htmlFile, "utf8"))) {
    const file = path.join(outDir, decodeURIComponent(src.split(/[?#]/)[0]!));
    const { gzipBytes: bytes, shares } = chunkContributors(file, cache);
    chunks.push({ file: path.basename(file), gzipBytes: bytes });
    for (const s of shares) totals.set(s.name, (totals.get(s.name) ?? 0) + s.gzipBytes);
  }
  return {
    gzipBytes: chunks.reduce((a, c) => a + c.gzipBytes, 0),
    chunks: chunks.sort((a, b) => b.gzipBytes - a.gzipBytes),
    contributors: [...totals].map(([name, bytes]) => ({ name, gzipBytes: Math.round(bytes) })).sort((a, b) => b.gzipBytes - a.gzipBytes),
  };
}

/** Every route of the export (the same pages routeJsGzipBytes measures), analysed. */
export function analyseRoutes(outDir: string, pages: Record<string, string>): Record<string, RouteBundle> {
  const cache = new Map<string, { gzipBytes: number; shares: Contributor[] }>();
  return Object.fromEntries(
    Object.entries(pages).map(([route, page]) => [route, { page, ...analysePage(outDir, htmlFileFor(outDir, page), cache) }]),
  );
}
