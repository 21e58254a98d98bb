import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, loadContent } from "./load";

const fixture = (name: string) => path.join(__dirname, "__fixtures__", name);
const load = (name: string) => loadContent({ contentDir: fixture(name), publicDir: fixture(name), displayRoot: name });

describe("a bank with no note, marked imported", () => {
  const content = load("standalone");

  it("has no errors, and one warning per kind of missing field", () => {
    expect(content.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(content.issues.map(formatIssue)).toEqual([
      'standalone/saa-sample.questions.md:8: warning: imported bank: 2 questions have no "Source:" link, so no "Study this" link (first at line 8)',
      'standalone/saa-sample.questions.md:8: warning: imported bank: 2 questions have no "Difficulty:" (medium is assumed) (first at line 8)',
      "standalone/saa-sample.questions.md:8: warning: imported bank: 1 question has no explanation",
    ]);
  });

  it("becomes a topic with no note, titled and placed by its front matter", () => {
    const topic = content.topics.find((t) => t.slug === "saa-sample")!;
    expect(topic).toMatchObject({ title: "SAA sample (imported)", domain: "networking-data", hasNote: false, html: "", headings: [] });
    expect(topic.sources).toEqual(["https://example.com/saa-bank"]);
    expect(content.topics.find((t) => t.slug === "cards")!.hasNote).toBe(true);
  });

  it("keeps its questions without source or explanation, marked imported", () => {
    const one = content.questions.find((q) => q.id === "q-standalone-one")!;
    expect(one).toMatchObject({ topic: "saa-sample", imported: true, difficulty: "medium", explanationHtml: "" });
    expect(one.source).toBeUndefined();
    const two = content.questions.find((q) => q.id === "q-standalone-two")!;
    expect(two).toMatchObject({ kind: "multiple", choose: 2 });
    expect(two.explanationHtml).toContain("Lambda and Fargate");
    const card = content.flashcards.find((f) => f.id === "q-standalone-fc")!;
    expect(card.source).toBeUndefined();
  });

  it("takes the title from the file name and the domain from the folder when front matter says nothing", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-standalone-"));
    fs.mkdirSync(path.join(dir, "apis-edge"));
    fs.writeFileSync(path.join(dir, "stratus.yml"), "domains:\n  - { id: lambda, title: Lambda }\n  - { id: apis-edge, title: APIs and the edge }\n");
    fs.writeFileSync(
      path.join(dir, "apis-edge", "my_dump-2024.questions.md"),
      "---\nimported: true\n---\n\n## Question q-x\n\nWhich?\n\n- [x] A\n- [ ] B\n",
    );
    const topic = loadContent({ contentDir: dir, publicDir: dir }).topics[0]!;
    expect(topic).toMatchObject({ slug: "my_dump-2024", title: "My dump 2024", domain: "apis-edge", hasNote: false });
    // A folder that is not a configured domain becomes one of its own, named after the folder.
    fs.mkdirSync(path.join(dir, "Practice Exams"));
    fs.renameSync(path.join(dir, "apis-edge", "my_dump-2024.questions.md"), path.join(dir, "Practice Exams", "my_dump-2024.questions.md"));
    const moved = loadContent({ contentDir: dir, publicDir: dir });
    expect(moved.topics[0]!.domain).toBe("practice-exams");
    expect(moved.subject.domains.map((d) => [d.id, d.title, d.configured])).toContainEqual(["practice-exams", "Practice Exams", false]);
  });
});

describe("flashcards: the Obsidian Spaced Repetition syntax", () => {
  const content = load("standalone");
  const card = (id: string) => content.flashcards.find((f) => f.id === id);

  it("makes two cards of front:::back and of a ?? card, the second under a derived id", () => {
    expect(card("cards-timeout")).toMatchObject({ frontHtml: "<p>Maximum Lambda timeout</p>", backHtml: "<p>15 minutes</p>" });
    expect(card("cards-timeout-reverse")).toMatchObject({ frontHtml: "<p>15 minutes</p>", backHtml: "<p>Maximum Lambda timeout</p>" });
    expect(card("cards-memory-reverse")).toBeUndefined();
    expect(card("cards-fargate")!.frontHtml).toContain("Which service runs containers");
    expect(card("cards-fargate-reverse")).toMatchObject({ frontHtml: "<p>AWS Fargate</p>" });
  });

  it("makes one card per ==cloze==, with a blank on the front and the answer on the back", () => {
    expect(card("cards-timeouts-c1")).toMatchObject({
      frontHtml: "<p>Lambda's default timeout is <strong>[…]</strong> and its maximum is 900 seconds.</p>",
      backHtml: "<p>Lambda's default timeout is <strong>3 seconds</strong> and its maximum is 900 seconds.</p>",
    });
    expect(card("cards-timeouts-c2")!.frontHtml).toContain("is 3 seconds and its maximum is <strong>[…]</strong>");
  });

  it("makes one card per Anki cloze number, hiding every deletion of that number and showing hints", () => {
    expect(card("cards-messaging-c1")!.frontHtml).toBe(
      "<p><strong>[…]</strong> queues messages; SNS fans them out; <strong>[…]</strong> keeps order.</p>",
    );
    expect(card("cards-messaging-c2")!.frontHtml).toBe("<p>SQS queues messages; <strong>[a service]</strong> fans them out; FIFO keeps order.</p>");
    expect(card("cards-messaging-c2")!.backHtml).toContain("<strong>SNS</strong>");
    expect(content.flashcards.filter((f) => f.topic === "cards")).toHaveLength(9);
  });
});

describe("nothing is dropped silently", () => {
  const content = load("foreign");
  const messages = content.issues.map(formatIssue);

  it("gives one error for a bank in the ### + task list layout, naming the format, the count and the fix", () => {
    const pasted = messages.filter((m) => m.startsWith("foreign/pasted"));
    expect(pasted).toEqual([
      'foreign/pasted.questions.md:1: this bank holds 2 questions written as "### question" headings with "- [ ]"/"- [x]" options, which Stratus does not read directly: convert it with "npm run content:import -- foreign/pasted.questions.md --out <folder>" and delete this file',
    ]);
  });

  it("gives one error for numbered questions with lettered options", () => {
    const numbered = messages.filter((m) => m.startsWith("foreign/numbered"));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain("2 questions written as numbered questions with lettered options");
  });

  it("makes a bank with no question and no flashcard an error", () => {
    expect(messages.filter((m) => m.startsWith("foreign/empty"))).toEqual([
      'foreign/empty.questions.md:4: bank has no questions and no flashcards: each question starts "## Question <id>", flashcards go under "## Flashcards" (see content/README.md)',
    ]);
  });

  it("names the known domains when a bank with no note names an unknown one", () => {
    expect(messages.filter((m) => m.startsWith("foreign/bad-domain") && !m.includes("warning"))).toEqual([
      'foreign/bad-domain.questions.md:1: unknown domain "storage" (known domains: foundations, lambda, networking-data, apis-edge)',
    ]);
  });

  it("suggests (Choose four.) for four correct options", () => {
    expect(messages.filter((m) => m.startsWith("foreign/four"))).toEqual([
      'foreign/four.questions.md:5: single-answer question four-correct marks 4 correct options; add "(Choose four.)" to the stem for multiple response',
    ]);
  });
});
