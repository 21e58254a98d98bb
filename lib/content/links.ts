// Every URL that leaves React's <Link> (rendered Markdown, plain <a>, fetch, the service worker,
// search) is built here, so the base path of a sub-path deploy (`STRATUS_BASE_PATH=/stratus`) is
// added in one place. next/link and the router add the base path themselves: never pass these to them.

/** "" at the site root, "/stratus" under a sub-path; set by next.config.js from STRATUS_BASE_PATH. */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

/** A site-absolute path ("/data/index.json") as the browser must request it. */
export function withBasePath(path: string): string {
  return path.startsWith("/") ? `${BASE_PATH}${path}` : path;
}

/** The topic page of `slug`, optionally at a heading id (without the "#"). */
export function topicHref(slug: string, hash?: string): string {
  return withBasePath(`/topics/${slug}/${hash ? `#${hash.replace(/^#/, "")}` : ""}`);
}
