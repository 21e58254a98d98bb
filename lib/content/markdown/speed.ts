// Two plugins that make each render cheaper without changing its output. A build renders tens of
// thousands of short fragments (every option, rationale and explanation of every question), so a
// fixed cost per render outweighs the cost of the text itself.
import type { Root } from "hast";
import { raw } from "hast-util-raw";
import { combineExtensions } from "micromark-util-combine-extensions";
import type { Extension } from "micromark-util-types";
import type { Processor } from "unified";
import type { VFile } from "vfile";

/**
 * micromark merges every syntax extension (GFM, wikilinks, comments…) into one table on each parse;
 * merged once here, each parse only adds micromark's own constructs to it. `combineExtensions` is
 * the function micromark itself uses, so the table, and the order of constructs in it, is the same.
 * Use after every plugin that adds syntax.
 */
export function remarkCombinedSyntax(this: Processor) {
  const data = this.data() as { micromarkExtensions?: Extension[] };
  const extensions = data.micromarkExtensions ?? [];
  if (extensions.length > 1) data.micromarkExtensions = [combineExtensions(extensions)];
}

/**
 * rehype-raw, run only when the Markdown held raw HTML: re-parsing a tree through parse5 is the
 * dearest step of a short render, and a tree without `raw` nodes comes out of it unchanged.
 */
export function rehypeRawWhenPresent() {
  return (tree: Root, file: VFile): Root => (hasRaw(tree) ? (raw(tree, { file }) as Root) : tree);
}

function hasRaw(node: Root | Root["children"][number]): boolean {
  if (node.type === "raw") return true;
  return "children" in node && node.children.some((child) => hasRaw(child as Root["children"][number]));
}

/**
 * Characters that Markdown (CommonMark, GFM and the Obsidian syntax we read) never turns into
 * markup inside a line of prose, and HTML never escapes: letters and digits of any script, spaces
 * and everyday punctuation. No `*_`[]<>&#|~=\@` and no tabs.
 */
const PROSE_LINE = /^[\p{L}\p{N}\p{M} .,;:?!'"()/%+$°×·…–—‘’“”\-]+$/u;
/** Inside prose, still markup: GFM autolinks (`www.`, `http://`), `%%comments%%`. */
const MARKUP_IN_PROSE = /www\.|https?:\/\/|%%/i;
/** At the start of a line: a list item (`- `, `+ `, `1. `, `1) `), a rule or a heading's underline (`---`). */
const BLOCK_START = /^(?:[-+]|\d{1,9}[.)](?: |$))/;

/**
 * The rendering of a fragment that is one paragraph of plain prose (most options and rationales),
 * without running the Markdown pipeline: `<p>` around the text as written, and its plain text with
 * whitespace squashed, as plainText gives. undefined when the fragment holds anything Markdown could
 * read as markup, or a line break that `breaks` would turn into `<br>`; then render it in full.
 * markdown.test.ts checks that both ways agree.
 */
export function plainParagraph(markdown: string, breaks: boolean): { html: string; text: string } | undefined {
  if (markdown === "" || MARKUP_IN_PROSE.test(markdown)) return undefined;
  const lines = markdown.split("\n");
  if (breaks && lines.length > 1) return undefined;
  for (const line of lines) {
    if (line !== line.trim() || !PROSE_LINE.test(line) || BLOCK_START.test(line)) return undefined;
  }
  return { html: `<p>${markdown}</p>`, text: markdown.replace(/\s+/g, " ") };
}
