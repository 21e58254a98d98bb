// A topic page's table of contents, and which of its sections the reader is in. Pure and free of
// server-only imports: the client table of contents uses currentSection while scrolling.
import type { Heading } from "./types";

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** `##` headings at the top level with their `###` headings nested; deeper levels are left out. */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth !== 2 && heading.depth !== 3) continue;
    const entry: TocEntry = { id: heading.id, text: heading.text, children: [] };
    const parent = entries.at(-1);
    // A `###` before any `##` still appears, at the top level, rather than vanishing.
    if (heading.depth === 3 && parent) parent.children.push(entry);
    else entries.push(entry);
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
