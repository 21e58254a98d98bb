import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, formatIssues, loadContent, summarise } from "./load";

const fixture = (name: string) => path.join(__dirname, "__fixtures__", name);
const load = (name: string) =>
  loadContent({ contentDir: fixture(name), publicDir: fixture(name), displayRoot: name });

describe("a valid bank", () => {
  const content = load("valid");

  it("has no issues", () => {
    expect(content.issues).toEqual([]);
  });

  it("parses a single-answer question with rationales and a multi-paragraph explanation", () => {
    const question = content.questions.find((q) => q.id === "c-single")!;
    expect(question).toMatchObject({ topic: "topic-c", kind: "single", choose: 1, difficulty: "easy" });
    expect(question.source).toEqual({ topic: "topic-c", anchor: "caching", label: "Caching" });
    expect(question.stemHtml).toContain("<strong>default</strong>");
    expect(question.options.map((o) => [o.id, o.text, o.correct])).toEqual([
      ["a", "0 seconds", false],
      ["b", "300 seconds", true],
      ["c", "3,600 seconds", false],
      ["d", "60 seconds", false],
    ]);
    expect(question.options[1]!.rationaleHtml).toBe("Right: five minutes.");
    expect(question.explanationHtml).toContain("Second paragraph");
  });

  it("reads Choose two as multiple response, and a source naming the note file", () => {
    const question = content.questions.find((q) => q.id === "c-multi")!;
    expect(question).toMatchObject({ kind: "multiple", choose: 2, difficulty: "hard" });
    expect(question.source?.anchor).toBe("throttling");
    expect(question.options.filter((o) => o.correct).map((o) => o.id)).toEqual(["a", "c"]);
  });

  it("parses single-line and multi-line flashcards, each under the Source above it", () => {
    expect(content.flashcards.map((f) => [f.id, f.source?.anchor])).toEqual([
      ["c-fc-ttl", "caching"],
      ["c-fc-max-ttl", "caching"],
      ["c-fc-429", "throttling"],
    ]);
    const multi = content.flashcards[1]!;
    expect(multi.frontHtml).toContain("Maximum cache TTL");
    expect(multi.backHtml).toContain("3,600 seconds");
    expect(multi.backHtml).not.toContain("id:");
  });

  it("summarises counts per topic and in total", () => {
    expect(summarise(content)).toEqual({
      topics: [{ slug: "topic-c", title: "Topic C", questions: 2, multipleResponse: 1, scenario: 0, flashcards: 3 }],
      totals: { topics: 1, questions: 2, multipleResponse: 1, scenario: 0, flashcards: 3 },
    });
  });
});

describe("content errors name file:line", () => {
  const content = load("broken");
  const messages = content.issues.map(formatIssue);
  const bank = "broken/notes/topic-a.questions.md";

  it.each([
    [`${bank}:16: duplicate id "a-ok" (first used at ${bank}:3)`],
    [`${bank}:27: question a-no-correct has no correct option`],
    [`${bank}:38: single-answer question a-two-correct marks 2 correct options`],
    [`${bank}:51: question a-one-option has 1 option; it needs 2 to 6`],
    [`${bank}:61: question a-seven-options has 7 options; it needs 2 to 6`],
    [`${bank}:79: source heading "#no-such-heading" does not exist in broken/notes/topic-a.md`],
    [`${bank}:88: question a-no-explanation has no explanation`],
    [`${bank}:97: question a-dup-stem has the same stem as ${bank}:3`],
    [`${bank}:108: question a-choose-mismatch says "Choose 2" but marks 3 correct options`],
    [`${bank}:122: question a-no-meta has no "Source:" link`],
    [`${bank}:122: question a-no-meta has no "Difficulty:"`],
    [`${bank}:131: unrecognised block "## Questoin a-typo"`],
    [`${bank}:139: flashcard has no id`],
    [`${bank}:143: not a flashcard`],
    ["broken/notes/topic-a.md:7: unknown front-matter field \"sorces\""],
    ["broken/notes/topic-b.md:3: unknown domain \"not-a-domain\" (known domains: foundations, lambda, networking-data, apis-edge)"],
    ["broken/notes/topic-b.md:4: front-matter field \"order\""],
    ["broken/notes/topic-b.md:1: missing front-matter field \"updated\""],
  ])("%s", (expected) => {
    expect(messages.some((m) => m.startsWith(expected))).toBe(true);
  });

  it("reports every problem as an error and keeps the questions that are fine", () => {
    expect(content.issues.every((i) => i.severity === "error")).toBe(true);
    expect(content.questions.map((q) => q.id)).toEqual(["a-ok"]);
    expect(content.flashcards.map((f) => f.id)).toEqual(["a-fc-good"]);
  });
});

describe("the longest-option give-away", () => {
  it("warns when the correct option is the longest in more than half of a topic's questions", () => {
    const content = load("valid");
    expect(content.issues).toEqual([]);
    const longest = loadContent({ contentDir: fixture("longest"), publicDir: fixture("longest"), displayRoot: "longest" });
    expect(longest.issues.map(formatIssue)).toEqual([
      "longest/topic-d.questions.md:1: warning: the correct option is the longest one in 3 of 4 questions: vary option lengths so length does not give the answer away",
    ]);
  });
});

describe("messy notes still become sensible pages", () => {
  const content = load("messy");
  const topic = (slug: string) => content.topics.find((t) => t.slug === slug)!;

  it("takes the title from the first heading, else the file name, and warns", () => {
    expect(topic("no-front-matter").title).toBe("Scratch notes on Lambda");
    expect(topic("untitled_scratch-file").title).toBe("Untitled scratch file");
    expect(content.issues.map(formatIssue)).toEqual([
      "messy/deep/nested/untitled_scratch-file.md:1: warning: note has no front matter; title taken from its file name",
      "messy/no-front-matter.md:1: warning: note has no front matter; title taken from its first heading",
      "messy/no-front-matter.md:4: warning: unresolved wikilink [[a-note-that-does-not-exist]]: no note has that title, file name or alias",
      'messy/no-front-matter.md:6: warning: image "architecture-diagram.png" not found (looked beside the note, in the attachment folder and by file name)',
      'messy/no-front-matter.md:8: warning: image "/images/missing.png" not found (looked beside the note, in the attachment folder and by file name)',
    ]);
  });

  it("finds notes in nested folders", () => {
    expect(content.topics.map((t) => t.slug).sort()).toEqual(["lambda-basics", "no-front-matter", "untitled_scratch-file"]);
  });

  it("turns wikilinks into links, and unknown ones into plain text", () => {
    const html = topic("no-front-matter").html;
    expect(html).toContain('<a href="/topics/lambda-basics/">Lambda basics</a>');
    expect(html).toContain('<a href="/topics/lambda-basics/#cold-starts">cold starts</a>');
    expect(html).toContain("a-note-that-does-not-exist");
    expect(html).not.toContain("[[");
  });

  it("replaces embeds and missing images with a visible placeholder, keeping images that exist", () => {
    const html = topic("no-front-matter").html;
    expect(html).toContain('<span class="missing-media" role="note">Image not available: architecture-diagram</span>');
    expect(html).toContain('<span class="missing-media" role="note">Image not available: A diagram that was never exported</span>');
    expect(html).toContain('<img src="/present.svg" alt="Present diagram" loading="lazy" decoding="async" width="10" height="10">');
  });

  it("sanitises raw HTML: no scripts, event handlers or javascript: URLs", () => {
    const html = topic("no-front-matter").html;
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain("<details><summary>More</summary>");
  });

  it("shows task lists without unlabelled checkboxes, each item saying its state", () => {
    const html = topic("no-front-matter").html;
    expect(html).not.toContain("<input");
    expect(html).toContain('<li class="task-open"><span class="sr-only">To do: </span>a task list item</li>');
  });

  it("keeps Chinese text and gives Chinese headings usable ids", () => {
    const { html, headings } = topic("no-front-matter");
    expect(headings).toContainEqual({ depth: 2, text: "冷启动 cold start", id: "冷启动-cold-start" });
    expect(html).toContain("Lambda 冷启动时间取决于运行时。");
    expect(topic("lambda-basics").html).toContain(`href="/topics/no-front-matter/#${encodeURIComponent("冷启动")}-cold-start"`);
  });

  it("wraps tables in a focusable scrolling region and drops the leading title heading", () => {
    const { html } = topic("no-front-matter");
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Scrollable table: a, b"><table>');
    expect(html).not.toContain("<h1");
  });
});

describe("freshness warnings with a build date", () => {
  const at = (buildDate: string) =>
    loadContent({ contentDir: fixture("valid"), publicDir: fixture("valid"), displayRoot: "valid", buildDate });

  it("adds none while the note was checked within 12 months", () => {
    expect(at("2027-11-21").issues).toEqual([]);
  });

  it("warns at the note's updated line once it is more than 12 months old", () => {
    expect(at("2027-11-22").issues.map(formatIssue)).toEqual([
      "valid/topic-c.md:6: warning: facts last checked 2026-11-21, more than 12 months before 2027-11-22: check them against the sources and update the date",
    ]);
  });

  it("adds no freshness check without a build date", () => {
    expect(load("valid").issues).toEqual([]);
  });
});

describe("warnings a person can read", () => {
  const warning = (file: string, message: string) => ({ file, line: 1, message, severity: "warning" as const });
  it("keeps every error and rare warning, and folds a warning repeated across many files into three and a count", () => {
    const issues = [
      ...Array.from({ length: 6 }, (_, i) => warning(`vault/n${i}.md`, "note has no front matter; title taken from its first heading")),
      warning("vault/a.md", 'unresolved wikilink [[X]]: no note has that title, file name or alias'),
      { file: "bank.questions.md", line: 4, message: "no correct option", severity: "error" as const },
    ];
    expect(formatIssues(issues)).toEqual([
      "vault/n0.md:1: warning: note has no front matter; title taken from its first heading",
      "vault/n1.md:1: warning: note has no front matter; title taken from its first heading",
      "vault/n2.md:1: warning: note has no front matter; title taken from its first heading",
      "… and 3 more files: warning: note has no front matter; title taken from its first heading (`npm run content:check -- --all` lists every one)",
      "vault/a.md:1: warning: unresolved wikilink [[X]]: no note has that title, file name or alias",
      "bank.questions.md:4: no correct option",
    ]);
    expect(formatIssues(issues.slice(2))).toHaveLength(6);
  });
});
