// Plain text from Markdown, taken from the syntax tree (mdast-util-to-string), never by deleting
// characters with regexes: `AWS_IAM` and `x86_64` keep their underscores, `==marks==`, `<https://…>`
// and `[[wikilinks]]` read as their text, and list items stay separate instead of running together.
import type { Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { remarkObsidianComments } from "./comments";
import { remarkEditorMarkers } from "./markers";
import { highlightOptions, remarkHighlights } from "./highlights";
import { remarkCombinedSyntax } from "./speed";
import { remarkWikilinks } from "./wikilinks";

const parser = unified()
  .use(remarkParse)
  .use(remarkObsidianComments)
  .use(remarkGfm)
  .use(remarkEditorMarkers)
  .use(remarkWikilinks)
  .use(remarkHighlights, highlightOptions)
  .use(remarkCombinedSyntax)
  .freeze();

function parse(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

/**
 * `plainText` of a document already parsed by a processor with the same syntax (remark-parse, GFM
 * and the comment filter, as lib/content/markdown.ts has): the tree is transformed, so pass a copy.
 */
export function plainTextOfTree(parsed: Root): string {
  return textOf(parser.runSync(parsed) as Root);
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** One line per paragraph, list item, table row or code line. */
function blockLines(node: RootContent): string[] {
  switch (node.type) {
    case "list":
      return node.children.flatMap((item) => item.children.flatMap(blockLines));
    case "table":
      return node.children.map((row) => row.children.map((cell) => squash(toString(cell))).join(" | "));
    case "blockquote":
      return node.children.flatMap(blockLines);
    case "code":
      return node.value.split("\n");
    case "html":
    case "definition":
    case "thematicBreak":
      return [];
    default:
      return [squash(toString(node))];
  }
}

/**
 * The text a reader sees, for option and stem text (search, comparisons, "You chose …"). Blocks are
 * separated by newlines; inline formatting, link syntax and raw HTML are dropped.
 */
export function plainText(markdown: string): string {
  return textOf(parse(markdown));
}

function textOf(tree: Root): string {
  return tree.children
    .flatMap(blockLines)
    .filter((line) => line.trim() !== "")
    .join("\n");
}

const NOT_PROSE = new Set(["link", "linkReference", "image", "imageReference", "break"]);
const isWikilink = (node: PhrasingContent) =>
  node.type === "emphasis" && String(node.data?.hProperties?.className ?? "").includes("wikilink-unresolved");

/** A paragraph that is only links or images (a list of links one per line) is not prose. */
function isProse(paragraph: Paragraph): boolean {
  return paragraph.children.some((child) => !NOT_PROSE.has(child.type) && !isWikilink(child) && toString(child).trim() !== "");
}

/** The note's first paragraph of prose as one line of text, or "" when it has none. */
export function firstParagraphText(markdown: string): string {
  for (const head of leadingParts(markdown)) {
    const paragraph = parse(head).children.find((node): node is Paragraph => node.type === "paragraph" && isProse(node));
    if (paragraph) return squash(toString(paragraph));
  }
  return "";
}

/** How much of a note is parsed first when looking for its first paragraph, growing fourfold. */
const FIRST_PART = 2_000;

/**
 * The note cut at a blank line after 2,000, 8,000, … characters, then the whole note: the first
 * paragraph is nearly always near the top, and a summary should not cost a parse of the whole note.
 * Block structure is parsed line by line, front to back, so every block that ends before a blank
 * line comes out the same from a part as from the whole; a paragraph at the end of a part ends at
 * that blank line. Two things look ahead and are not cut: reference definitions (`[id]: url`, which
 * turn `[text][id]` earlier into a link) and `%%comments%%`, which can span blank lines.
 */
function* leadingParts(markdown: string): Generator<string> {
  if (!/^ {0,3}\[[^\]\n]+\]:/m.test(markdown) && !markdown.includes("%%")) {
    for (let size = FIRST_PART; size < markdown.length; size *= 4) {
      const blank = /\n[ \t]*\n/g;
      blank.lastIndex = size;
      const cut = blank.exec(markdown);
      if (!cut) break;
      yield markdown.slice(0, cut.index);
    }
  }
  yield markdown;
}

/** Shortens text to at most `max` characters, at a word boundary, with an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  // At most max - 1 characters are kept, then the ellipsis; a single very long word is cut inside.
  const space = text.lastIndexOf(" ", max - 1);
  const words = (space > max / 2 ? text.slice(0, space) : text.slice(0, max - 1)).replace(/[\s,;:.\-–—(]+$/u, "");
  return `${words}…`;
}

export const SUMMARY_LENGTH = 180;

/** A summary for a note that gives none: its first paragraph, cut at a word. */
export function summaryFromBody(markdown: string): string {
  return truncateAtWord(firstParagraphText(markdown), SUMMARY_LENGTH);
}
