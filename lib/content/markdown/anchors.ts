// A note's links to its own headings (`[[#Heading]]`, `[text](#heading)`) must reach one: the
// post-build link checker fails the build on an anchor that names no element. Checked once every
// heading has its id, so the id is the one the page will have. A link that reaches nothing stays
// visible as unresolved text, like a wikilink to a note that does not exist, with a warning; one to
// the note's own title goes to the page heading.
import type { Element, Root } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { contextOf, warnAt } from "./context";

/** Lines of links made by plugins (they have no source position), by fragment, in document order. */
const linkLines = (file: VFile) => ((file.data as { linkLines?: Map<string, (number | undefined)[]> }).linkLines ??= new Map());

/** Notes the line of a `#fragment` link a plugin made (`[[#Heading]]`), for a warning about it. */
export function rememberLinkLine(file: VFile, fragment: string, line: number | undefined): void {
  const lines = linkLines(file);
  lines.set(fragment, [...(lines.get(fragment) ?? []), line]);
}

/** The page's h1 (app/topics/[slug]/page.tsx): where a link to the note's own title goes. */
export const TITLE_ID = "topic-title";

export function rehypeSameNoteAnchors() {
  return (tree: Root, file: VFile) => {
    if (!contextOf(file)?.wholeNote) return;
    const remembered = linkLines(file);
    const ids = new Set<string>();
    visit(tree, "element", (node) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node, index, parent) => {
      const href = node.properties.href;
      if (node.tagName !== "a" || typeof href !== "string" || !href.startsWith("#") || !parent || index === undefined) return;
      let id = href.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // compared as written
      }
      const line = node.position?.start.line ?? remembered.get(id)?.shift();
      // `#` and `#top` scroll to the top of any page.
      if (id === "" || id === "top" || ids.has(id)) return;
      // A hand-written table of contents starts with the note's title (`[VPC](#vpc)`), which the page
      // prints as its heading rather than as a heading of the note.
      if (id === contextOf(file)?.titleAnchor) {
        node.properties.href = `#${TITLE_ID}`;
        return;
      }
      const text = hastToString(node).trim();
      warnAt(file, line, `link "${text}" (${href}): this note has no heading with the id "${id}", so it is shown as text`);
      const unresolved: Element = {
        type: "element",
        tagName: "span",
        properties: { className: ["wikilink-unresolved"], title: `No heading “${text}” in this note` },
        children: node.children,
      };
      parent.children[index] = unresolved;
    });
  };
}
