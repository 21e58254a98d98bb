// Obsidian `%%comments%%` (inline or over several lines) are the author's, not the reader's: they
// are removed before the Markdown is parsed, except inside code, where `%%` is ordinary text
// (`LIKE '%%'`, Python's `%%`). Newlines inside a comment are kept so later line numbers stay right.
import type { Root } from "mdast";
import type { Processor } from "unified";
import { visit } from "unist-util-visit";

type Parse = (document: string, file: unknown) => Root;

/** Source ranges ([start, end) offsets) of code blocks and inline code, where `%%` is literal. */
function codeRanges(tree: Root): [number, number][] {
  const ranges: [number, number][] = [];
  visit(tree, (node) => {
    if ((node.type === "code" || node.type === "inlineCode") && node.position) {
      ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    }
  });
  return ranges;
}

/**
 * The document with every `%%…%%` pair outside code emptied (newlines kept). An opening `%%` with no
 * closing one is left as written, rather than hiding the rest of the note.
 */
export function stripComments(document: string, code: readonly [number, number][]): string {
  const inCode = (offset: number) => code.some(([start, end]) => offset >= start && offset < end);
  const marks: number[] = [];
  for (let at = document.indexOf("%%"); at >= 0; at = document.indexOf("%%", at + 2)) {
    if (!inCode(at)) marks.push(at);
  }
  if (marks.length < 2) return document;
  let result = "";
  let copied = 0;
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const start = marks[i]!;
    const end = marks[i + 1]! + 2;
    result += document.slice(copied, start) + document.slice(start, end).replace(/[^\n]/g, "");
    copied = end;
  }
  return result + document.slice(copied);
}

/** Must come after remark-parse: it wraps the parser so comments never reach the syntax tree. */
export function remarkObsidianComments(this: Processor) {
  const parse = this.parser as Parse | undefined;
  if (!parse) throw new Error("remarkObsidianComments must be used after remark-parse");
  this.parser = ((document: string, file: unknown) => {
    if (!document.includes("%%")) return parse(document, file);
    return parse(stripComments(document, codeRanges(parse(document, file))), file);
  }) as typeof this.parser;
}
