// Parsed content cached on disk, keyed by a digest of every file of the content folder and of the code
// that parses it. `npm run build` parses once (the content check before Next starts) and every Next
// worker process that needs content then reads the result instead of parsing again: at 1,000 notes
// that was most of a build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { BASE_PATH } from "./links";
import { defaultContentDir, loadContent, type ContentSet, type LoadOptions } from "./load";

const CACHE_DIR = path.join(process.cwd(), "node_modules", ".cache", "stratus");
/** Bump when the cached shape changes in a way the digest of lib/content would not show. */
const FORMAT = 1;

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === ".git" ? [] : listFiles(full);
      return [full];
    })
    .sort();
}

/** Digest of the inputs: every file's path and bytes under the content folder, lib/content's code, the lockfile. */
export function contentDigest(contentDir: string, publicDir: string): string {
  // Links and image URLs carry the base path, so a sub-path build never reuses a root build's HTML.
  const hash = crypto.createHash("sha256").update(`stratus-content:${FORMAT}\0${contentDir}\0${publicDir}\0${BASE_PATH}\0`);
  const code = path.join(process.cwd(), "lib", "content");
  const inputs = [...listFiles(contentDir), ...listFiles(code).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")), path.join(process.cwd(), "package-lock.json")];
  for (const file of inputs) {
    hash.update(file).update("\0");
    try {
      hash.update(fs.readFileSync(file));
    } catch {
      hash.update("missing");
    }
    hash.update("\0");
  }
  // Images in public/ are looked up by path only: their names matter, not their bytes.
  for (const file of listFiles(publicDir)) hash.update(file).update("\0");
  return hash.digest("hex").slice(0, 32);
}

/**
 * loadContent, or its result from an earlier process of this build (or an earlier build) with the same
 * inputs. Freshness is judged against `buildDate`, today (UTC) unless given, so the content check and
 * the build's workers share one entry.
 */
export function loadContentCached(given: LoadOptions = {}): ContentSet {
  const options = { ...given, buildDate: given.buildDate ?? new Date().toISOString().slice(0, 10) };
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir());
  const publicDir = path.resolve(options.publicDir ?? path.join(process.cwd(), "public"));
  // Freshness warnings depend on the build date, so it is part of the key.
  const file = path.join(CACHE_DIR, `content-${contentDigest(contentDir, publicDir)}-${options.buildDate}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as ContentSet;
  } catch {
    // No cache yet (or unreadable): parse, then keep the result for the next process.
  }
  const content = loadContent({ ...options, contentDir, publicDir });
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    for (const old of fs.readdirSync(CACHE_DIR)) if (old.startsWith("content-")) fs.rmSync(path.join(CACHE_DIR, old), { force: true });
    // Written beside, then renamed: a process reading at the same moment never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(content));
    fs.renameSync(temporary, file);
  } catch {
    // A read-only node_modules only costs speed.
  }
  return content;
}
