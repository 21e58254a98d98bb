import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { scaleCounts, share, synthesizeContent } from "./synth";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-synth-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("synthesizeContent", () => {
  it("writes valid content with exactly the requested counts", () => {
    const counts = { topics: 5, questions: 37, multipleResponse: 11, flashcards: 13 };
    synthesizeContent(dir, counts, { noteChars: 3000 });
    const content = loadContent({ contentDir: dir, publicDir: dir });
    expect(content.issues).toEqual([]);
    expect(content.topics).toHaveLength(5);
    expect(content.questions).toHaveLength(37);
    expect(content.questions.filter((q) => q.kind === "multiple")).toHaveLength(11);
    expect(content.flashcards).toHaveLength(13);
    expect(new Set(content.topics.map((t) => t.domain)).size).toBe(4);
  }, 60_000); // writes and parses a small site: slow on a loaded machine, not a timing assertion

  it("is deterministic for a seed", () => {
    const counts = { topics: 1, questions: 3, multipleResponse: 1, flashcards: 2 };
    const read = () => fs.readFileSync(path.join(dir, "foundations", "synthetic-1.questions.md"), "utf8");
    synthesizeContent(dir, counts, { seed: 7 });
    const first = read();
    synthesizeContent(dir, counts, { seed: 7 });
    expect(read()).toBe(first);
    synthesizeContent(dir, counts, { seed: 8 });
    expect(read()).not.toBe(first);
  });
});

describe("share and scaleCounts", () => {
  it("spread a total over buckets without losing any", () => {
    const parts = Array.from({ length: 7 }, (_, i) => share(100, 7, i));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
  });

  it("multiply every count", () => {
    expect(scaleCounts({ topics: 2, questions: 3, multipleResponse: 1, flashcards: 4 }, 10)).toEqual({
      topics: 20,
      questions: 30,
      multipleResponse: 10,
      flashcards: 40,
    });
  });
});
