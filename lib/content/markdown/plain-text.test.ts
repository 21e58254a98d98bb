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
