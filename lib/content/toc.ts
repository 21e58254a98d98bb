// A topic page's table of contents, and which of its sections the reader is in. Pure and free of
// server-only imports: the client table of contents uses currentSection while scrolling.
import type { Heading } from "./types";

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/**
 * Every section heading (h2–h6), nested under the heading above it of a lower level. The Markdown
 * renderer has already closed up the levels a note uses (h2, h3, … with no gaps), so the outline
 * follows the note; a heading deeper than the one before it that skips a level still nests under it.
 */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  const open: { depth: number; entry: TocEntry }[] = [];
  for (const heading of headings) {
    if (heading.depth < 2) continue;
    const entry: TocEntry = { id: heading.id, text: heading.text, children: [] };
    while (open.length > 0 && open.at(-1)!.depth >= heading.depth) open.pop();
    // A `###` before any `##` still appears, at the top level, rather than vanishing.
    (open.at(-1)?.entry.children ?? entries).push(entry);
    open.push({ depth: heading.depth, entry });
  }
  return entries;
}

export function tocIds(entries: readonly TocEntry[]): string[] {
  return entries.flatMap((e) => [e.id, ...tocIds(e.children)]);
}

export interface HeadingPosition {
  id: string;
  /** Distance from the top of the viewport, in px (getBoundingClientRect().top). */
  top: number;
}

/**
 * The section being read: the last heading (in document order) that has scrolled above `offset`.
 * At the very bottom of the page the last sections may never get that high, so with `viewportHeight`
 * given the last heading visible on screen wins instead.
 */
export function currentSection(
  positions: readonly HeadingPosition[],
  offset: number,
  viewportHeight?: number,
): string | undefined {
  const limit = viewportHeight ?? offset;
  let current: string | undefined;
  for (const { id, top } of positions) {
    if (top <= limit) current = id;
  }
  return current;
}
