// Markdown → sanitised HTML, with heading ids and a table of contents. Pure: everything it needs to
// know about the outside world (which topics and images exist) comes in through `MarkdownContext`.
import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { PhrasingContent, Root as MdastRoot } from "mdast";
import { slug as slugify } from "github-slugger";
import { findAndReplace } from "mdast-util-find-and-replace";
import type { Schema } from "hast-util-sanitize";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit, SKIP } from "unist-util-visit";
import type { VFile } from "vfile";
import { topicHref, withBasePath } from "./links";
import type { Heading } from "./types";

export interface MarkdownContext {
  /** Finds the topic a `[[wikilink]]` names (by slug or title); undefined when none does. */
  resolveTopic: (name: string) => { slug: string; title: string } | undefined;
  /** Whether a site-absolute image path such as `/diagrams/x.svg` exists in public/. */
  imageExists: (src: string) => boolean;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
}

interface RenderData {
  context: MarkdownContext;
  headings: Heading[];
}

/** The processor is built once; what differs per call travels in the file's data. */
const dataOf = (file: VFile) => file.data as unknown as RenderData;

const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

/** Obsidian `[[target#heading|label]]` links and `![[embeds]]` become ordinary links or placeholders. */
function remarkObsidian() {
  return (tree: MdastRoot, file: VFile) => {
    const { context } = dataOf(file);
    findAndReplace(tree, [
      [
        /(!?)\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]/g,
        (_match: string, bang: string, target: string, heading?: string, label?: string) => {
          const name = target.trim();
          if (bang) {
            const what = IMAGE_EXTENSIONS.test(name) ? "Image" : "Embedded note";
            return missingMedia(`${what} not available: ${name || heading || ""}`);
          }
          const topic = name ? context.resolveTopic(name) : undefined;
          const text = (label ?? "").trim() || (heading ? `${topic?.title ?? name} › ${heading}` : (topic?.title ?? name));
          if (!topic && name) return { type: "text", value: text } satisfies PhrasingContent;
          const hash = heading ? slugify(heading) : "";
          const url = topic ? topicHref(topic.slug, hash) : hash && `#${hash}`;
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
    visit(tree, "link", (node) => {
      const match = /^(?!\w+:)(?:[^#]*\/)?([^/#]+)\.md(#.*)?$/.exec(node.url);
      const topic = match ? context.resolveTopic(decodeURIComponent(match[1]!)) : undefined;
      if (topic) node.url = topicHref(topic.slug, match![2]);
    });
  };
}

/** Images that point at nothing become a placeholder that keeps the alt text, not a broken icon. */
function remarkMissingImages() {
  return (tree: MdastRoot, file: VFile) => {
    const { context } = dataOf(file);
    visit(tree, "image", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const src = node.url;
      const external = /^https?:\/\//i.test(src);
      if (external) return;
      if (src.startsWith("/") && context.imageExists(src)) {
        node.url = withBasePath(src);
        return;
      }
      parent.children.splice(index, 1, missingMedia(`Image not available: ${node.alt || src}`));
      return SKIP;
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

/** Task-list items lose their checkbox when sanitised; drop the classes that style them as tasks. */
function rehypePlainTaskLists() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node) => {
      const className = node.properties.className;
      if (!Array.isArray(className) || !className.some((c) => c === "task-list-item" || c === "contains-task-list")) return;
      const rest = className.filter((c) => c !== "task-list-item" && c !== "contains-task-list");
      node.properties.className = rest.length > 0 ? rest : undefined;
      const first = node.children[0];
      if (first?.type === "text") first.value = first.value.trimStart();
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
  .use(remarkGfm)
  .use(remarkObsidian)
  .use(remarkNoteLinks)
  .use(remarkMissingImages)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypePlainTaskLists)
  .use(rehypeSlug)
  .use(rehypeCollectHeadings)
  .use(rehypeScrollableTables)
  .use(rehypeFocusableCode)
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string, context: MarkdownContext): RenderedMarkdown {
  const data: RenderData = { context, headings: [] };
  const file = processor.processSync({ value: markdown, data: data as unknown as VFile["data"] });
  return { html: String(file), headings: data.headings };
}

/** Short fragments (an option, a stem) render without the wrapping paragraph. */
export function renderInline(markdown: string, context: MarkdownContext): string {
  const { html } = renderMarkdown(markdown, context);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html.trim());
  return single && !single[1]!.includes("<p>") ? single[1]! : html;
}

/** GitHub's heading slug: the rule rehype-slug applies, so links and ids agree. */
export { slugify };
