// out/offline.json: what "Make available offline" downloads (every file the service worker does
// not precache) and its size, so Settings can show the size before anything is fetched.
import fs from "node:fs";
import path from "node:path";
import type { OfflineList } from "../../lib/offline/names";
import type { PrecacheResult } from "./service-worker.mjs";

/** Files the browser never requests as such (the worker, this list, Next's build notes). */
const SKIP = /^(sw\.js|offline\.json|_next\/|.*\.map$|pagefind\/pagefind-.*ui)/;

function walk(dir: string, root: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, root, found);
    else found.push(path.relative(root, full).split(path.sep).join("/"));
  }
  return found;
}

/** The URL a file is requested at: pages as their directory (`/topics/ec2/`), as navigations ask. */
export function urlFor(file: string): string {
  if (file === "index.html") return "/";
  return `/${file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file}`;
}

export function buildOfflineList(outDir: string, precache: PrecacheResult): OfflineList {
  const precached = new Set(precache.files);
  const files = walk(outDir, outDir)
    .filter((file) => !SKIP.test(file) && !precached.has(urlFor(file)))
    .sort()
    .map((file) => ({ url: urlFor(file), bytes: fs.statSync(path.join(outDir, file)).size }));
  const list: OfflineList = { precache: { count: precache.count, bytes: precache.bytes }, files };
  fs.writeFileSync(path.join(outDir, "offline.json"), JSON.stringify(list));
  return list;
}
