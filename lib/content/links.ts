// Every link to a topic page is built here, so wikilinks, `.md` links, cards and pagers agree (and a
// base path, when the site is served from a sub-folder, has one place to go).

/** `/topics/<slug>/`, with `#hash` (without its `#`) when given. Slugs may hold any letter (CJK, accents). */
export function topicHref(slug: string, hash?: string): string {
  return `/topics/${slug}/${hash ? `#${hash}` : ""}`;
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
