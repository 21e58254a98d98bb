import { describe, expect, it } from "vitest";
import { renderMarkdown, type MarkdownContext } from "./markdown";

const context: MarkdownContext = { resolveTopic: () => undefined, resolveImage: (src) => ({ url: src }) };

describe("code blocks", () => {
  it("can be focused, so a keyboard can scroll a long line", () => {
    expect(renderMarkdown("```text\na very long line\n```", context).html).toMatch(/<pre class="shiki[^"]*"[^>]* tabindex="0"><code>/);
  });
});

describe("tables", () => {
  it("wrap each table in a focusable region named after its columns", () => {
    const { html } = renderMarkdown("| Phase | Limit |\n| --- | --- |\n| Init | 10 s |", context);
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Scrollable table: Phase, Limit"><table>');
  });

  it("give tables with the same columns distinct names", () => {
    const table = "| A | B |\n| --- | --- |\n| 1 | 2 |\n\n";
    const { html } = renderMarkdown(table + table, context);
    expect(html).toContain('aria-label="Scrollable table: A, B"');
    expect(html).toContain('aria-label="Scrollable table: A, B (2)"');
  });

  it("turn an empty header cell (a comparison table's corner) into a data cell", () => {
    const { html } = renderMarkdown("| | EC2 | Lambda |\n| --- | --- | --- |\n| Unit | Server | Function |", context);
    expect(html).toContain("<thead>\n<tr>\n<td></td>\n<th>EC2</th>");
    expect(html).not.toMatch(/<th>\s*<\/th>/);
  });
});
