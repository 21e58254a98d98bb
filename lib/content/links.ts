// The one place that knows where a topic page lives. Everything that links to a topic (wikilinks,
// `.md` links, cards, pagers) builds its href here, so a base path can be added in one place.

/** `/topics/<slug>/`, with `#hash` when given (the hash is an element id, without the `#`). */
export function topicHref(slug: string, hash?: string): string {
  return `/topics/${slug}/${hash ? `#${hash}` : ""}`;
}
