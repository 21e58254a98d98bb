// Every URL that leaves React's <Link> (rendered Markdown, plain <a>, fetch, the service worker,
// search) is built here, so the base path of a sub-path deploy (`STRATUS_BASE_PATH=/stratus`) is
// added in one place. next/link and the router add the base path themselves: never pass these to them.

/**
 * "" at the site root, "/stratus" under a sub-path. Next inlines NEXT_PUBLIC_BASE_PATH (next.config.js
 * sets it from STRATUS_BASE_PATH); scripts outside Next (the content check that fills the content
 * cache) read STRATUS_BASE_PATH, normalised the same way.
 */
export const BASE_PATH =
  process.env.NEXT_PUBLIC_BASE_PATH ?? (process.env.STRATUS_BASE_PATH ?? "").trim().replace(/\/+$/, "").replace(/^(?=[^/])/, "/");

/** A site-absolute path ("/data/index.json") as the browser must request it. */
export function withBasePath(path: string): string {
  return path.startsWith("/") ? `${BASE_PATH}${path}` : path;
}

/** The topic page of `slug`, optionally at a heading id (without the "#"), for next/link (which adds the base path). */
export function topicPath(slug: string, hash?: string): string {
  return `/topics/${slug}/${hash ? `#${hash.replace(/^#/, "")}` : ""}`;
}

/** The same, as a plain URL: for rendered Markdown and plain <a> elements. */
export function topicHref(slug: string, hash?: string): string {
  return withBasePath(topicPath(slug, hash));
}

/**
 * The slug a route receives: Next hands a page the param percent-encoded when it holds non-ASCII
 * letters (`caf%C3%A9`), so pages decode it before looking the topic up. Slugs never hold `%`.
 */
export function slugFromParam(param: string): string {
  try {
    return decodeURIComponent(param).normalize("NFC");
  } catch {
    return param;
  }
}
