// Summaries, leads and option text come from the syntax tree: no Markdown tokens, no lost characters.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { firstParagraphText, plainText, summaryFromBody, truncateAtWord } from "./plain-text";

const vaultNote = fs.readFileSync(path.join(__dirname, "__fixtures__", "Lambda@Edge.md"), "utf8").replace(/^# .*\n/, "");

describe("plainText", () => {
  it("keeps underscores and brackets that are part of the words", () => {
    expect(plainText("Use `AWS_IAM` authorisation")).toBe("Use AWS_IAM authorisation");
    expect(plainText("An x86_64 (64-bit) instance")).toBe("An x86_64 (64-bit) instance");
    expect(plainText("snake_case_name and f(x)")).toBe("snake_case_name and f(x)");
  });

  it("drops formatting, link syntax, highlights and comments", () => {
    expect(plainText("**Bold**, _em_, [a link](https://example.com), <https://aws.amazon.com>, ==marked== %%hidden%% end")).toBe(
      "Bold, em, a link, https://aws.amazon.com, marked end",
    );
    expect(plainText("See [[Lambda limits|the limits]]")).toBe("See the limits");
  });

  it("keeps list items and paragraphs apart", () => {
    expect(plainText("Pick one:\n\n- first\n- second\n\nThen go.")).toBe("Pick one:\nfirst\nsecond\nThen go.");
  });
});

describe("summaries", () => {
  it("are the first paragraph of prose, as clean text", () => {
    expect(firstParagraphText(vaultNote)).toBe(
      "Lambda@Edge runs Node.js or Python functions at CloudFront edge locations, close to viewers. See https://docs.aws.amazon.com/lambda/latest/dg/lambda-edge.html for the limits.",
    );
  });

  it("skip lists, headings and a paragraph that is only links, one per line", () => {
    expect(firstParagraphText("## Links\n\n- a\n- b\n\n[[One]]\n[[Two]]\n\n[x](y)\n\nReal prose here.")).toBe("Real prose here.");
    expect(firstParagraphText("- only\n- a list")).toBe("");
  });

  it("come from the top of a long note as they would from the whole note", () => {
    // A reference definition makes the whole note be parsed; unused, it changes nothing else.
    const whole = (note: string) => firstParagraphText(`${note}\n\n[unused-definition]: https://example.com`);
    const notes = [path.join(process.cwd(), "content"), path.join(process.cwd(), "e2e/fixtures/notes")].flatMap((dir) =>
      fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md") && !f.endsWith(".questions.md")).map((f) => path.join(dir, f)),
    );
    expect(notes.length).toBeGreaterThan(20);
    for (const file of notes) {
      const body = fs.readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
      expect(firstParagraphText(body), file).toBe(whole(body));
    }
    // The first paragraph after 3,000 characters of code with blank lines in it.
    const code = `\`\`\`python\n${"x = 1\n\n".repeat(500)}\`\`\`\n\nAfter the code.`;
    expect(firstParagraphText(code)).toBe("After the code.");
    // A definition at the bottom turns [text][id] at the top into a link.
    expect(firstParagraphText(`See [the docs][d] first.\n\n${"More prose here.\n\n".repeat(300)}[d]: https://example.com`)).toBe("See the docs first.");
    expect(firstParagraphText(`%%hidden\n\n${"Still hidden.\n\n".repeat(300)}%%\n\nShown.`)).toBe("Shown.");
  });

  it("are cut at a word boundary with an ellipsis", () => {
    expect(summaryFromBody(vaultNote)).toBe(firstParagraphText(vaultNote)); // 172 characters: whole
    const long = `${"Provisioned concurrency keeps execution environments initialised. ".repeat(4)}The end.`;
    const summary = summaryFromBody(`${long}\n\n- a list after it`);
    expect(summary.length).toBeLessThanOrEqual(180);
    expect(summary).toBe(
      "Provisioned concurrency keeps execution environments initialised. Provisioned concurrency keeps execution environments initialised. Provisioned concurrency keeps execution…",
    );
    expect(truncateAtWord("alpha beta gamma", 12)).toBe("alpha beta…");
    expect(truncateAtWord("alpha beta, gamma", 13)).toBe("alpha beta…");
    expect(truncateAtWord("short", 12)).toBe("short");
  });
});
