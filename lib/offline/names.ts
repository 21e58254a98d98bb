// Names shared by the service worker (service-worker/sw.ts) and the pages that talk to it. Plain
// constants: imported by both bundles, so no browser API and no React here.

/** Runtime cache: every page, RSC payload, data file, image and search chunk, as visited. */
export const SITE_CACHE = "stratus-site";

/** Written by scripts/postbuild beside the site: what "Make available offline" downloads. */
export const OFFLINE_LIST = "/offline.json";

/** The message a waiting service worker takes as "activate now" (sent after the user agrees). */
export const SKIP_WAITING = "SKIP_WAITING";

export interface OfflineList {
  /** Files the service worker precaches on install (the app shell), counted for the bench. */
  precache: { count: number; bytes: number };
  /** Every other file of the site, site-absolute without the base path. */
  files: { url: string; bytes: number }[];
}

/** "1.4 MB", "320 kB": sizes as people read them (decimal units, like file managers and stores). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
