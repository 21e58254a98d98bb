// The speed-ups of the render pipeline must not change what it renders: checked against the plain
// pipeline on every note and bank of the project's content and of the fixture vault.
import fs from "node:fs";
import path from "node:path";
import type { Root } from "hast";
import { raw } from "hast-util-raw";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import type { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { renderInline, renderInlineWithText, renderMarkdown, renderMarkdownWithText, type MarkdownContext } from "../markdown";
import { plainText } from "./plain-text";
import { rehypeRawWhenPresent, remarkCombinedSyntax } from "./speed";
import { remarkWikilinks } from "./wikilinks";

const ROOT = path.resolve(__dirname, "../../..");

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith(".md") ? [full] : [];
  });
}

const corpus = [
  ...markdownFiles(path.join(ROOT, "content")),
  ...markdownFiles(path.join(ROOT, "e2e/fixtures/notes")),
  ...markdownFiles(path.join(__dirname, "__fixtures__")),
].map((file) => [path.relative(ROOT, file), fs.readFileSync(file, "utf8")] as const);

const RAW_HTML = 'Text with <kbd>Ctrl</kbd> and <abbr title="x">raw</abbr> HTML.\n\n<details><summary>More</summary>\n\nHidden **text**\n\n</details>';

function pipeline(speed: boolean) {
  const alwaysRaw = () => (tree: Root, file: VFile) => raw(tree, { file }) as Root;
  const base = unified().use(remarkParse).use(remarkGfm).use(remarkWikilinks);
  const withSyntax = speed ? base.use(remarkCombinedSyntax) : base;
  return withSyntax
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(speed ? rehypeRawWhenPresent : alwaysRaw)
    .use(rehypeStringify)
    .freeze();
}

describe("the render speed-ups", () => {
  const [slow, fast] = [pipeline(false), pipeline(true)];

  it("found the content to compare", () => {
    expect(corpus.length).toBeGreaterThan(20);
  });

  it.each(corpus)("render %s exactly as the plain pipeline does", (_file, markdown) => {
    expect(String(fast.processSync(markdown))).toBe(String(slow.processSync(markdown)));
  });

  it("still re-parse raw HTML, so it is sanitised and nested as the browser would", () => {
    const html = String(fast.processSync(RAW_HTML));
    expect(html).toBe(String(slow.processSync(RAW_HTML)));
    expect(html).toContain("<details><summary>More</summary>");
  });
});

describe("renderMarkdownWithText", () => {
  const context: MarkdownContext = { resolveTopic: () => undefined, resolveImage: () => undefined, warn: () => {} };

  it.each(corpus)("gives %s the HTML of renderMarkdown and the text of plainText, from one parse", (_file, markdown) => {
    const both = renderMarkdownWithText(markdown, context);
    const alone = renderMarkdown(markdown, context);
    expect(both.html).toBe(alone.html);
    expect(both.headings).toEqual(alone.headings);
    expect(both.text).toBe(plainText(markdown));
  });

  it("does the same for inline fragments, keeping underscores and dropping %%comments%%", () => {
    const option = "Attach `AWS_IAM` auth on x86_64 ==now== %%not this%% and [[Missing note]]";
    const both = renderInlineWithText(option, context);
    expect(both.html).toBe(renderInline(option, context));
    expect(both.text).toBe(plainText(option));
    expect(both.text).toContain("AWS_IAM auth on x86_64 now");
    expect(both.text).not.toContain("not this");
  });
});
