// Code blocks are highlighted at build time in both themes, labelled, and stay safe.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown, type MarkdownContext } from "../markdown";
import { languageLabel } from "./code";

const context: MarkdownContext = { resolveTopic: () => undefined, resolveImage: () => undefined };
const note = fs.readFileSync(path.join(__dirname, "__fixtures__", "github-notes.md"), "utf8").replace(/^---[\s\S]*?---\n/, "");
const blocks = (html: string) => html.split('<div class="code-block">').slice(1);

describe("code blocks", () => {
  const html = renderMarkdown(note, context).html;

  it("are highlighted with a light colour inline and a dark one as a CSS variable", () => {
    const python = blocks(html)[0]!;
    expect(python).toContain('class="shiki shiki-themes github-light-default github-dark-default"');
    expect(python).toMatch(/<span style="color:#CF222E;--shiki-dark:#FF7B72">import<\/span>/);
    expect(python).toMatch(/--shiki-dark-bg:#0d1117/);
  });

  it("come out the same the first time a language is used as later (a Shiki first-use bug is worked around)", () => {
    const code = "```go\nfunc main() { fmt.Println(\"hi\") }\n```";
    const first = renderMarkdown(code, context).html;
    expect(renderMarkdown(code, context).html).toBe(first);
    expect(new Set(first.match(/color:#[0-9A-F]{6};/g)).size).toBeGreaterThan(2);
  });

  it("name their language; an unknown one is plain text under its own name; none, no name", () => {
    const labels = blocks(html).map((b) => /<span class="code-lang">([^<]*)<\/span>/.exec(b)?.[1]);
    expect(labels).toEqual(["Python", "Shell", "JSON", "YAML", "HashiCorp HCL", "mermaid", undefined]);
    const mermaid = blocks(html)[5]!;
    expect(mermaid).toContain("<span>graph TD; A-->B</span>");
  });

  it("find a grammar for upper-case fences and common aliases", () => {
    expect(languageLabel("py")).toBe("Python");
    expect(languageLabel("sh")).toBe("Shell");
    expect(languageLabel("tf")).toBe("Terraform");
    expect(renderMarkdown("```Python\nx = 1\n```", context).html).toContain("--shiki-dark:#79C0FF");
  });

  it("are focusable, so a keyboard can scroll a long line", () => {
    for (const block of blocks(html)) expect(block).toMatch(/<pre [^>]*tabindex="0"[^>]*>/);
    expect(html).not.toMatch(/tabindex="0"[^>]*tabindex=/);
  });

  it("stay escaped: markup in code is text, and raw HTML cannot bring its own styles or scripts", () => {
    const out = renderMarkdown('```xml\n<script>alert(1)</script>\n```\n\n<span style="color:red" onclick="x()">raw</span>', context).html;
    expect(out).not.toContain("<script>");
    expect(out).toContain("&#x3C;</span>");
    expect(out).toContain("<span>raw</span>");
  });
});

describe("inline code", () => {
  it("keeps its text as written and no backticks", () => {
    expect(renderMarkdown("Set `AWS_IAM` on `x86_64`.", context).html).toBe("<p>Set <code>AWS_IAM</code> on <code>x86_64</code>.</p>");
  });
});
