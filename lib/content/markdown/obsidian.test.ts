// Obsidian notes keep their structure: outline, callouts, highlights, comments, wikilinks, line breaks.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown, renderMarkdownWithText, type MarkdownContext } from "../markdown";
import { buildToc, tocIds } from "../toc";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "__fixtures__", name), "utf8");
/** The loader drops the leading `# Title` (the page prints it); do the same here. */
const vaultNote = fixture("Lambda@Edge.md").replace(/^# .*\n/, "");

const TOPICS: Record<string, { slug: string; title: string }> = {
  cloudfront: { slug: "cloudfront", title: "CloudFront" },
  "lambda limits": { slug: "lambda-limits", title: "Lambda limits" },
};

function render(markdown: string, extra: Partial<MarkdownContext> = {}) {
  const warnings: string[] = [];
  const context: MarkdownContext = {
    resolveTopic: (name) => TOPICS[name.toLowerCase()],
    resolveImage: () => undefined,
    warn: (line, message) => warnings.push(`${line}: ${message}`),
    ...extra,
  };
  return { ...renderMarkdown(markdown, context), warnings };
}

describe("headings of an Obsidian note", () => {
  const { html, headings } = render(vaultNote, { breaks: true });

  it("close up to h2, h3 … so sections that start at ##### and extra # sections read as an outline", () => {
    expect(headings.map((h) => [h.depth, h.text])).toEqual([
      [3, "Triggers"],
      [4, "Viewer request"],
      [2, "Second top-level section"],
    ]);
    expect(html).not.toMatch(/<h1/);
  });

  it("all appear in the table of contents", () => {
    expect(tocIds(buildToc(headings))).toEqual(["triggers", "viewer-request", "second-top-level-section"]);
  });

  it("start at h2 when the note's shallowest level is #####", () => {
    const { headings } = render("##### Setup\n\ntext\n\n###### Flags\n\n##### Run\n");
    expect(headings.map((h) => h.depth)).toEqual([2, 3, 2]);
  });

  it("leave a note written with ## and ### as it is", () => {
    const { headings } = render("## A\n\n### B\n\n## C\n");
    expect(headings.map((h) => h.depth)).toEqual([2, 3, 2]);
  });
});

describe("highlights and comments", () => {
  const { html } = render(vaultNote, { breaks: true });

  it("turn ==text== into <mark>, also around other formatting", () => {
    expect(html).toContain("<mark>Node.js or <strong>Python</strong> functions</mark>");
    expect(html).not.toContain("==");
  });

  it("hide %%comments%%, inline and over several lines, but not %% in code", () => {
    expect(html).not.toContain("TODO");
    expect(html).not.toContain("Private notes");
    expect(html).not.toContain("%% ");
    expect(html).toMatch(/LIKE.*%%edge%%/);
  });

  it("keep an unclosed %% as text rather than hiding the rest of the note", () => {
    expect(render("50%% done, and more text").html).toContain("50%% done, and more text");
  });

  it("keep line numbers after a multi-line comment", () => {
    const { warnings } = render("%%\nhidden\n%%\n\n[[Nowhere]]\n");
    expect(warnings).toEqual(["5: unresolved wikilink [[Nowhere]]: no note has that title, file name or alias"]);
  });
});

describe("callouts", () => {
  const { html } = render(vaultNote, { breaks: true });

  it("become a titled note box, with the kind said in words when the title hides it", () => {
    expect(html).toContain('<div class="callout callout-info" role="note">');
    expect(html).toContain('<div class="callout-title"><span class="sr-only">Note: </span>Quotas</div>');
    expect(html).toContain("<strong>5 s</strong>");
  });

  it("that fold become <details>: closed with -, open with +", () => {
    expect(html).toMatch(/<details class="callout callout-warning">\s*<summary class="callout-title"><span class="sr-only">Warning: <\/span>Exam trap<\/summary>/);
    expect(html).toMatch(/<details class="callout callout-abstract" open>\s*<summary class="callout-title">Tldr<\/summary>/);
  });

  it("nest, and an unknown kind looks like a note", () => {
    expect(html).toMatch(/<details class="callout callout-abstract" open>[\s\S]*<div class="callout callout-danger" role="note">[\s\S]*Inner text/);
    expect(html).toMatch(/<div class="callout callout-info" role="note">\s*<div class="callout-title"><span class="sr-only">Custom-thing: <\/span>Odd type<\/div>/);
  });

  it("cannot smuggle attributes: a plain blockquote stays a blockquote", () => {
    expect(render("> just a quote").html).toBe("<blockquote>\n<p>just a quote</p>\n</blockquote>");
  });
});

describe("wikilinks", () => {
  const { html, warnings } = render(vaultNote, { breaks: true });

  it("link to notes by title, with an alias as the text", () => {
    expect(html).toContain('<a href="/topics/cloudfront/">CloudFront</a>');
    expect(html).toContain('<a href="/topics/lambda-limits/">limits</a>');
  });

  it("link to a heading of another note with the id rehype-slug gives that heading", () => {
    const target = render("## Cache behaviours (TTL)\n").headings[0]!;
    expect(html).toContain(`<a href="/topics/cloudfront/#${target.id}">CloudFront › Cache behaviours (TTL)</a>`);
  });

  it("link to a heading of the same note", () => {
    expect(html).toContain('<a href="#triggers">Triggers</a>');
    expect(html).toContain('id="triggers"');
  });

  it("to a missing note stay visible as unresolved text, with a warning at its line", () => {
    expect(html).toContain('<span class="wikilink-unresolved" title="No note named “Not written yet”">Not written yet</span>');
    // The fixture's line 29, less the title line the loader drops.
    expect(warnings).toEqual(["28: unresolved wikilink [[Not written yet]]: no note has that title, file name or alias"]);
  });

  it("embedding a note give a link to it; embedding an image is left to the image handling", () => {
    expect(html).toContain('<span class="note-embed">See: <a href="/topics/cloudfront/">CloudFront</a></span>');
    expect(render("![[diagram.png]]").html).not.toContain("wikilink-unresolved");
  });
});

describe("line breaks", () => {
  it("follow Obsidian for notes from a vault: one link per line stays one per line", () => {
    expect(render("[[CloudFront]]\n[[Lambda limits]]", { breaks: true }).html).toBe(
      '<p><a href="/topics/cloudfront/">CloudFront</a><br>\n<a href="/topics/lambda-limits/">Lambda limits</a></p>',
    );
  });

  it("follow CommonMark otherwise", () => {
    expect(render("one\ntwo").html).toBe("<p>one\ntwo</p>");
  });
});

describe("editor markers", () => {
  it("hide Obsidian block ids at the end of a line and on a line of their own, in the page and its plain text", () => {
    const { html, text } = renderMarkdownWithText("Spot gives a two-minute notice. ^notice\nSecond line ^a-1\n\n- item\n\n^list-id\n\nPrice ^2 stays inside a line.", {
      resolveTopic: () => undefined,
      resolveImage: () => undefined,
    });
    expect(html).toBe("<p>Spot gives a two-minute notice.\nSecond line</p>\n<ul>\n<li>item</li>\n</ul>\n<p>Price ^2 stays inside a line.</p>");
    expect(text).toBe("Spot gives a two-minute notice. Second line\nitem\nPrice ^2 stays inside a line.");
    expect(render("Text ^blk with breaks\nnext ^b2", { breaks: true }).html).toBe("<p>Text ^blk with breaks<br>\nnext</p>");
  });

  it("drop a table-of-contents placeholder ([TOC], [[_TOC_]], ${toc}) without an unresolved-link warning: the page has its own", () => {
    const { html, warnings } = render("[TOC]\n\nText.\n\n[[_TOC_]]\n\n${toc}\n\n[toc] is a word here.");
    expect(html).toBe("<p>Text.</p>\n<p>[toc] is a word here.</p>");
    expect(warnings).toEqual([]);
  });
});

describe("task lists", () => {
  it("keep each item's state as words for screen readers and a class for its marker, without the unlabelled checkbox", () => {
    const { html } = render("- [ ] todo item\n- [x] done **item**\n- plain\n\n1. [X] numbered\n\n- [ ] loose\n\n- [x] loose done\n");
    expect(html).not.toContain("<input");
    expect(html).toContain('<li class="task-open"><span class="sr-only">To do: </span>todo item</li>');
    expect(html).toContain('<li class="task-done"><span class="sr-only">Done: </span>done <strong>item</strong></li>');
    expect(html).toContain("<li>plain</li>");
    expect(html).toContain('<ol>\n<li class="task-done"><span class="sr-only">Done: </span>numbered</li>');
    expect(html).toContain('<li class="task-open">\n<p><span class="sr-only">To do: </span>loose</p>\n</li>');
    expect(html).not.toMatch(/contains-task-list|task-list-item/);
  });
});
