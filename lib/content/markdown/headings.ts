// Heading levels as an outline: the page prints the note's title as its one h1, so the note's own
// sections start at h2 and go down one level at a time. Obsidian notes often start their sections at
// `####` or `#####`, or use several `# ` sections; without this they read as a broken outline (and
// the table of contents, which lists h2 and below, showed nothing).
import type { Heading, Root } from "mdast";
import { visit } from "unist-util-visit";

/**
 * Ranks the levels a note uses and maps them onto h2, h3, … in order: `#####`/`######` become
 * h2/h3, `#`/`##`/`###` become h2/h3/h4, and a skipped level (`##` then `####`) closes up. Levels
 * past h6 stay h6. A note already written as `##`/`###` is unchanged.
 */
export function remarkOutlineHeadings() {
  return (tree: Root) => {
    const used = new Set<number>();
    visit(tree, "heading", (node) => {
      used.add(node.depth);
    });
    const ranked = [...used].sort((a, b) => a - b);
    const level = new Map(ranked.map((depth, rank) => [depth, Math.min(6, rank + 2) as Heading["depth"]]));
    visit(tree, "heading", (node) => {
      node.depth = level.get(node.depth) ?? node.depth;
    });
  };
}
