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
import { renderInline, renderInlineWithText, renderMarkdown, renderMarkdownWithText, renderWithTextInFull, type MarkdownContext } from "../markdown";
import { plainText } from "./plain-text";
import { plainParagraph, rehypeRawWhenPresent, remarkCombinedSyntax } from "./speed";
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

describe("plain prose skips the pipeline", () => {
  const context: MarkdownContext = { resolveTopic: () => undefined, resolveImage: () => undefined, warn: () => {} };
  // Words and punctuation of real options, and every piece that is markup somewhere.
  const pieces = [
    "EC2", "Lambda", "instances", "中文笔记", "café", "x86", "64", "2", "10.", "1)", "3-year", "Savings", "don't", "ü", "Ω", "١٢",
    " ", " ", " ", "  ", ".", ",", ";", ":", "?", "!", "'", '"', "(", ")", "/", "%", "+", "$", "°", "×", "·", "…", "–", "—", "‘", "’", "“", "”", "-",
    "\n", "\n- ", "\n+ ", "\n1. ", "\n2) ", "- ", "+ ", " \n", "\n\n", "\t", "www.", "WWW.", "http://", "https://", "mailto:", "%%", "==", "*", "_", "`",
    "[", "]", "<", ">", "&", "#", "|", "~", "=", "\\", "@", "![", "[[", "::", "---", "===", "{{c1::", "^",
  ];
  const random = (seed: number) => () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

  it("renders exactly what the pipeline renders, with the same plain text", () => {
    const next = random(7);
    let plain = 0;
    for (let i = 0; i < 4_000; i++) {
      const length = 1 + Math.floor(next() * 12);
      const markdown = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]!).join("");
      for (const breaks of [false, true]) {
        const fast = plainParagraph(markdown, breaks);
        if (!fast) continue;
        plain += 1;
        const full = renderWithTextInFull(markdown, { ...context, breaks });
        expect({ markdown, html: fast.html, text: fast.text }).toEqual({ markdown, html: full.html, text: full.text });
        expect(renderMarkdown(markdown, { ...context, breaks }).html).toBe(full.html);
      }
    }
    // Enough of the random fragments took the short way for the comparison to mean something.
    expect(plain).toBeGreaterThan(400);
  });

  it("takes most options and rationales of real banks", () => {
    const fragments = corpus
      .filter(([file]) => file.endsWith(".questions.md"))
      .flatMap(([, text]) => [...text.matchAll(/^- \[[ x]\] (.+)$|^ {2}- (.+)$/gm)].map((m) => (m[1] ?? m[2])!));
    const plain = fragments.filter((f) => plainParagraph(f, false));
    expect(fragments.length).toBeGreaterThan(500);
    expect(plain.length / fragments.length).toBeGreaterThan(0.5);
    for (const fragment of plain) expect(renderInline(fragment, context)).toBe(renderWithTextInFull(fragment, context).html.slice(3, -4));
  });

  it("leaves anything that could be markup to the pipeline", () => {
    for (const markup of ["see www.example.com", "a %%note%% b", "- a list", "1. first", "two\nlines", "x * y", "a_b_c", "C# code", "q&a"]) {
      expect(plainParagraph(markup, true), markup).toBeUndefined();
    }
  });
});
