// Markers editors leave in notes that mean nothing on a page, removed from the syntax tree:
// - Obsidian block ids: `text ^a1b2` at the end of a line, or `^a1b2` on a line of its own after a
//   list, table or quote. `[[Note#^a1b2]]` links to them; Stratus opens that note.
// - A table-of-contents placeholder on a line of its own: `[TOC]` (Typora, Markdown extensions),
//   `[[_TOC_]]` (GitLab), `${toc}`. Every note page has a table of contents of its own.
import type { Paragraph, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";

const BLOCK_ID = /^\^[A-Za-z0-9-]+$/;
/** A block id ending a line: after a space, before the line break or the end of the paragraph. */
const BLOCK_ID_AT_LINE_END = /[ \t]+\^[A-Za-z0-9-]+(?=\r?\n|$)/g;
// Read as text: `[[_TOC_]]` parses with `_TOC_` as emphasis, whose text is `TOC`.
const TOC_PLACEHOLDER = /^(?:\[toc\]|\[\[_?toc_?\]\]|\$\{toc\})$/i;

const onlyText = (paragraph: Paragraph) => paragraph.children.every((child) => child.type === "text");

/** Any of the markers could be in a text that has one of these; most fragments (options, stems) have none. */
const MAY_HOLD_MARKER = /\^|toc/i;

export function remarkEditorMarkers() {
  return (tree: Root, file?: VFile) => {
    if (typeof file?.value === "string" && !MAY_HOLD_MARKER.test(file.value)) return;
    visit(tree, "paragraph", (paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const text = toString(paragraph).trim();
      if ((onlyText(paragraph) && BLOCK_ID.test(text)) || TOC_PLACEHOLDER.test(text)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      paragraph.children.forEach((child, i) => {
        if (child.type !== "text") return;
        const last = i === paragraph.children.length - 1;
        // Mid-paragraph, only ids that end a line of the text node; the paragraph's last text also at its end.
        child.value = child.value.replace(BLOCK_ID_AT_LINE_END, (id, offset: number, value: string) =>
          last || offset + id.length < value.length ? "" : id,
        );
      });
      return undefined;
    });
  };
}
