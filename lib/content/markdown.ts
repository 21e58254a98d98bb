// Markdown → sanitised HTML, with heading ids and a table of contents. Pure: everything it needs to
// know about the outside world (which topics and images exist) comes in through `MarkdownContext`.
import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { PhrasingContent, Root as MdastRoot } from "mdast";
import { slug as slugify } from "github-slugger";
import { findAndReplace, type RegExpMatchObject } from "mdast-util-find-and-replace";
import { embedSize } from "./images-size";
import type { Schema } from "hast-util-sanitize";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";
import { VFile as VFileClass } from "vfile";
import type { VFile } from "vfile";
import { topicHref, withBasePath } from "./links";
import { noteNameOf } from "./slug";
import type { Heading } from "./types";
import { calloutOptions, remarkCallouts } from "./markdown/callouts";
import { rehypeHighlightCode } from "./markdown/code";
import { remarkObsidianComments } from "./markdown/comments";
import { remarkEditorMarkers } from "./markdown/markers";
import { remarkOutlineHeadings } from "./markdown/headings";
import { highlightOptions, remarkHighlights } from "./markdown/highlights";
import { rehypeSameNoteAnchors } from "./markdown/anchors";
import { remarkVaultBreaks } from "./markdown/breaks";
import { plainParagraph, rehypeRawWhenPresent, remarkCombinedSyntax } from "./markdown/speed";
import { plainTextOfTree } from "./markdown/plain-text";
import { withObsidianSchema } from "./markdown/schema";
import { remarkWikilinks } from "./markdown/wikilinks";
import { rehypeLocalReferences } from "./markdown/local-refs";

export interface MarkdownContext {
  /** Finds the topic a `[[wikilink]]` or `.md` link names (by slug, title, file name or alias); undefined when none does. */
  resolveTopic: (name: string) => { slug: string; title: string } | undefined;
  /**
   * The note a relative link to a `.md` file, written in `noteFile`, names by its path (decoded, no
   * `#`); undefined when no note is there. Tried before the file name, which folders' README.md share.
   */
  resolveNoteFile?: (href: string, noteFile: string) => { slug: string; title: string } | undefined;
  /** The image `src` means when written in `noteFile` (its site URL and size); undefined when there is none. */
  resolveImage: (src: string, noteFile: string) => { url: string; width?: number; height?: number } | undefined;
  /** The file being rendered (absolute path), which relative image paths start from. */
  noteFile?: string;
  /** Reports a problem at a line of the Markdown being rendered (1-based). */
  warn?: (line: number, message: string) => void;
  /** Obsidian line breaks: a single newline is a `<br>` (notes from a vault). */
  breaks?: boolean;
  /**
   * Whether the note `slug` has a heading whose id is `id`; undefined while that is not known yet.
   * A link to a heading another note lacks (`[[Note#Missing]]`, `note.md#missing`) is a warning and
   * links to the note itself.
   */
  hasAnchor?: (slug: string, id: string) => boolean | undefined;
  /** The Markdown is a whole note: a `#link` to a heading it lacks is a warning and stays as text. */
  wholeNote?: boolean;
  /** With `wholeNote`: the id the note's own title would have as a heading (a hand-written table of contents links there). */
  titleAnchor?: string;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
}

/** A rendering and the plain text of the same Markdown (see plainText), from one parse. */
export interface RenderedWithText extends RenderedMarkdown {
  text: string;
}

interface RenderData {
  context: MarkdownContext;
  headings: Heading[];
}

/** The processor is built once; what differs per call travels in the file's data. */
const dataOf = (file: VFile) => file.data as unknown as RenderData;

const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|svg|webp|avif|bmp)$/i;

/** Line of a match inside a text node: the node's first line plus the newlines before the match. */
function lineOf(match: RegExpMatchObject): number | undefined {
  const start = match.stack.at(-1)?.position?.start.line;
  return start === undefined ? undefined : start + (match.input.slice(0, match.index).match(/\n/g)?.length ?? 0);
}

/** Obsidian `[[target#heading|label]]` links and `![[embeds]]` become ordinary links or placeholders. */
function remarkObsidian() {
  return (tree: MdastRoot, file: VFile) => {
    const { context } = dataOf(file);
    findAndReplace(tree, [
      [
        /(!?)\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]/g,
        (_match: string, bang: string, target: string, heading: string | undefined, label: string | undefined, match: RegExpMatchObject) => {
          const name = target.trim();
          if (bang && IMAGE_EXTENSIONS.test(name)) {
            // Resolved with every other image (remarkImages); `|300` is a width, other text is alt.
            const size = label && /^\s*\d+(\s*x\s*\d+)?\s*$/.test(label) ? label : undefined;
            const alt = size ? name.replace(IMAGE_EXTENSIONS, "") : (label?.trim() || name.replace(IMAGE_EXTENSIONS, ""));
            return { type: "image", url: name, alt, data: { embedSize: size, line: lineOf(match) } } as PhrasingContent;
          }
          if (bang) return missingMedia(`Embedded note not available: ${name || heading || ""}`);
          const topic = name ? context.resolveTopic(name) : undefined;
          const text = (label ?? "").trim() || (heading ? `${topic?.title ?? name} › ${heading}` : (topic?.title ?? name));
          if (!topic && name) return { type: "text", value: text } satisfies PhrasingContent;
          const hash = heading ? slugify(heading) : undefined;
          const url = topic ? topicHref(topic.slug, hash) : `#${hash ?? ""}`;
          return { type: "link", url, children: [{ type: "text", value: text }] } satisfies PhrasingContent;
        },
      ],
    ]);
  };
}

function missingMedia(label: string): PhrasingContent {
  // An mdast node with hast data: rendered as a visible, announced placeholder.
  return {
    type: "emphasis",
    data: { hName: "span", hProperties: { className: ["missing-media"], role: "note" } },
    children: [{ type: "text", value: label }],
  };
}

/** Links between notes written as files (`lambda-limits.md#timeout`) point at the topic pages. */
function remarkNoteLinks() {
  return (tree: MdastRoot, file: VFile) => {
    const { context } = dataOf(file);
    visit(tree, "link", (node, index, parent) => {
      const match = /^(?!\w+:)((?:[^#]*\/)?[^/#]+\.md)(#.*)?$/i.exec(node.url);
      if (!match) return;
      let filePath = match[1]!;
      try {
        filePath = decodeURIComponent(filePath);
      } catch {
        // keep the path as written
      }
      // The name the note goes by: `vpc/README.md` names the folder's note, "vpc".
      const name = noteNameOf(filePath);
      const byPath = context.noteFile ? context.resolveNoteFile?.(filePath, context.noteFile) : undefined;
      const topic = byPath ?? context.resolveTopic(name);
      if (topic) {
        const hash = match[2]?.slice(1);
        let id = hash ?? "";
        try {
          id = decodeURIComponent(id);
        } catch {
          // compared as written
        }
        if (id && context.hasAnchor?.(topic.slug, id) === false) {
          context.warn?.(node.position?.start.line ?? 1, `link to "${node.url}": "${topic.title}" has no heading with the id "${id}", so it links to the top of that note`);
          node.url = topicHref(topic.slug);
          return;
        }
        node.url = topicHref(topic.slug, hash);
        return;
      }
      // A note that is not in the content folder: keep the words, drop a link that would lead nowhere.
      if (!parent || index === undefined) return;
      context.warn?.(node.position?.start.line ?? 1, `link to "${node.url}": no note named "${name}"`);
      parent.children.splice(index, 1, ...node.children);
      return index;
    });
  };
}

/**
 * Local images (relative paths, `![[embeds]]`, site paths) get their site URL and size, so the page
 * does not shift as they load; remote https images keep their URL. An image that points at nothing
 * becomes a visible placeholder that keeps the alt text, and a warning at its line.
 */
function remarkImages() {
  return (tree: MdastRoot, file: VFile) => {
    const { context } = dataOf(file);
    visit(tree, "image", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const src = node.url;
      const lazy = { loading: "lazy", decoding: "async" };
      if (/^https?:\/\//i.test(src)) {
        node.data = { ...node.data, hProperties: { ...lazy } };
        return;
      }
      const found = /^[a-z][a-z0-9+.-]*:/i.test(src) ? undefined : context.resolveImage(src, context.noteFile ?? "");
      if (!found) {
        const line = node.position?.start.line ?? (node.data as { line?: number } | undefined)?.line ?? 1;
        context.warn?.(line, `image "${src}" not found (looked beside the note, in the attachment folder and by file name)`);
        parent.children.splice(index, 1, missingMedia(`Image not available: ${node.alt || src}`));
        return SKIP;
      }
      const size = embedSize((node.data as { embedSize?: string } | undefined)?.embedSize, found);
      node.url = withBasePath(found.url);
      node.alt = node.alt || src.split("/").at(-1)!.replace(IMAGE_EXTENSIONS, "");
      node.data = { ...node.data, hProperties: { ...lazy, ...(size.width ? { width: size.width } : {}), ...(size.height ? { height: size.height } : {}) } };
    });
  };
}

const schema: Schema = {
  ...defaultSchema,
  // Ids are added after sanitising (rehype-slug), so no user-content- prefix is needed.
  clobberPrefix: "",
  clobber: [],
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "input"),
  attributes: {
    ...defaultSchema.attributes,
    span: [...(defaultSchema.attributes?.span ?? []), ["className", "missing-media"], ["role", "note"]],
    code: [...(defaultSchema.attributes?.code ?? []), ["className", /^language-./]],
    img: [...(defaultSchema.attributes?.img ?? []), "alt", ["loading", "lazy"], ["decoding", "async"]],
  },
};

/** "Scrollable table: Phase, When it happens, What runs": names the region after its columns. */
function tableLabel(table: Element, seen: Map<string, number>): string {
  let firstRow: Element | undefined;
  visit(table, "element", (node) => {
    if (node.tagName !== "tr") return;
    firstRow = node;
    return false;
  });
  const columns = (firstRow?.children ?? [])
    .filter((cell): cell is Element => cell.type === "element")
    .map((cell) => hastToString(cell).trim())
    .filter(Boolean)
    .join(", ");
  const base = columns ? `Scrollable table: ${columns.length > 80 ? `${columns.slice(0, 79)}…` : columns}` : "Scrollable table";
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base} (${count})`;
}

/**
 * Wide tables scroll inside a focusable region instead of widening the page on a phone.
 * Each region gets its own name (landmarks with the same name can't be told apart), and an empty
 * header cell, the corner of a comparison table, becomes a data cell: a header that labels nothing.
 */
function rehypeScrollableTables() {
  return (tree: HastRoot) => {
    const labels = new Map<string, number>();
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return;
      visit(node, "element", (cell) => {
        if (cell.tagName === "th" && hastToString(cell).trim() === "") cell.tagName = "td";
      });
      const wrapper: Element = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: tableLabel(node, labels) },
        children: [node],
      };
      parent.children.splice(index, 1, wrapper as ElementContent);
      return SKIP;
    });
  };
}

/** Code blocks scroll sideways too; tabindex lets keyboard users scroll them (WCAG 2.1.1). */
function rehypeFocusableCode() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "pre") node.properties.tabIndex = 0;
    });
  };
}

/**
 * Task-list items (`- [x] Read chapter 3`) keep their state without a checkbox: a disabled box has
 * no label and cannot be used (an accessibility failure), so the item says "Done:" or "To do:" to
 * screen readers and shows a ticked or empty box as its list marker (class task-done / task-open).
 * Runs before the sanitiser, which removes the inputs.
 */
function rehypeTaskState() {
  return (tree: HastRoot, file: VFile) => {
    if (typeof file.value === "string" && !/\[[ xX]\]/.test(file.value)) return; // no task item in the source
    visit(tree, "element", (node) => {
      const className = node.properties.className;
      if (!Array.isArray(className) || !className.some((c) => c === "task-list-item" || c === "contains-task-list")) return;
      const rest = className.filter((c) => c !== "task-list-item" && c !== "contains-task-list");
      // The box sits first in the item, or first in its paragraph when items are separated by blank lines.
      const holder = node.children.find((c): c is Element => c.type === "element" && c.tagName === "p") ?? node;
      const box = holder.children.findIndex((c) => c.type === "element" && c.tagName === "input");
      if (node.tagName === "li" && box >= 0) {
        const done = Boolean((holder.children[box] as Element).properties.checked);
        rest.push(done ? "task-done" : "task-open");
        holder.children.splice(box, 1, { type: "element", tagName: "span", properties: { className: ["sr-only"] }, children: [{ type: "text", value: done ? "Done: " : "To do: " }] });
        const after = holder.children[box + 1];
        if (after?.type === "text") after.value = after.value.trimStart();
      }
      node.properties.className = rest.length > 0 ? rest : undefined;
    });
  };
}

function rehypeCollectHeadings() {
  return (tree: HastRoot, file: VFile) => {
    const { headings } = dataOf(file);
    visit(tree, "element", (node) => {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (!depth || typeof node.properties.id !== "string") return;
      headings.push({ depth: Number(depth), text: hastToString(node).trim(), id: node.properties.id });
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkObsidianComments)
  .use(remarkGfm)
  .use(remarkEditorMarkers)
  .use(remarkWikilinks)
  .use(remarkCallouts, calloutOptions)
  .use(remarkHighlights, highlightOptions)
  .use(remarkOutlineHeadings)
  .use(remarkVaultBreaks)
  .use(remarkObsidian)
  .use(remarkNoteLinks)
  .use(remarkImages)
  .use(remarkCombinedSyntax)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRawWhenPresent)
  .use(rehypeTaskState)
  .use(rehypeSanitize, withObsidianSchema(schema))
  .use(rehypeHighlightCode)
  .use(rehypeSlug)
  .use(rehypeLocalReferences)
  .use(rehypeCollectHeadings)
  .use(rehypeSameNoteAnchors)
  .use(rehypeScrollableTables)
  .use(rehypeFocusableCode)
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string, context: MarkdownContext): RenderedMarkdown {
  const plain = plainParagraph(markdown, !!context.breaks);
  if (plain) return { html: plain.html, headings: [] };
  const data: RenderData = { context, headings: [] };
  const file = processor.processSync({ value: markdown, data: data as unknown as VFile["data"] });
  return { html: String(file), headings: data.headings };
}

/**
 * renderMarkdown and plainText of the same Markdown: parsing is the dearer half of a render, and
 * both read the same syntax tree (plain-text.ts parses with the same syntax extensions).
 */
export function renderMarkdownWithText(markdown: string, context: MarkdownContext): RenderedWithText {
  const plain = plainParagraph(markdown, !!context.breaks);
  return plain ? { ...plain, headings: [] } : renderWithTextInFull(markdown, context);
}

/** renderMarkdownWithText through the whole pipeline, plain prose or not (speed.test.ts compares them). */
export function renderWithTextInFull(markdown: string, context: MarkdownContext): RenderedWithText {
  const data: RenderData = { context, headings: [] };
  const file = new VFileClass({ value: markdown, data: data as unknown as VFile["data"] });
  const tree = processor.parse(file);
  const text = plainTextOfTree(structuredClone(tree));
  const html = processor.stringify(processor.runSync(tree, file), file);
  return { html, headings: data.headings, text };
}

/** Short fragments (an option, a stem) render without the wrapping paragraph. */
export function renderInline(markdown: string, context: MarkdownContext): string {
  return unwrapParagraph(renderMarkdown(markdown, context).html);
}

/** renderInline, with the fragment's plain text from the same parse. */
export function renderInlineWithText(markdown: string, context: MarkdownContext): { html: string; text: string } {
  const { html, text } = renderMarkdownWithText(markdown, context);
  return { html: unwrapParagraph(html), text };
}

function unwrapParagraph(html: string): string {
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html.trim());
  return single && !single[1]!.includes("<p>") ? single[1]! : html;
}

/** GitHub's heading slug: the rule rehype-slug applies, so links and ids agree. */
export { slugify };
