import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const fixtures = path.join(__dirname, "..", "lib", "content", "__fixtures__");
const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "content-check.ts"), ...args], {
    env: { ...process.env, STRATUS_CONTENT_DIR: path.join(fixtures, dir) },
    encoding: "utf8",
  });

// Each test starts tsx in a new process: slow on a busy machine, so a generous timeout.
describe("npm run content:check", { timeout: 60_000 }, () => {
  it("exits 0 on valid content and prints a one-line summary", () => {
    const result = run("valid");
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe("1 topics, 2 questions (1 multiple response, 50%; 0 scenario, 0%), 3 flashcards; 0 error(s), 0 warning(s)");
  });

  it("exits 1 on errors and prints each as path:line: message", () => {
    const result = run("broken");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^lib\/content\/__fixtures__\/broken\/notes\/topic-a\.questions\.md:27: question a-no-correct has no correct option/m);
  });

  it("with --json prints exactly one JSON object on stdout, counts as integers", () => {
    const result = run("valid", "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      topics: [{ slug: "topic-c", title: "Topic C", questions: 2, multipleResponse: 1, scenario: 0, flashcards: 3 }],
      totals: { topics: 1, questions: 2, multipleResponse: 1, scenario: 0, flashcards: 3 },
    });
  });

  it("with --json still exits 1 when content is broken", () => {
    const result = run("broken", "--json");
    expect(result.status).toBe(1);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it("with --build counts the warnings and stops on errors with path:line lines and no stack trace", () => {
    const ok = run("messy", "--build");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^Content: 3 notes, 1 images; 5 warning\(s\) \(checked in [\d.]+ s\)$/m);
    const broken = run("broken", "--build");
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^Content: \d+ error\(s\), \d+ warning\(s\): fix the errors above, then build again\.$/m);
    for (const line of broken.stderr.trim().split("\n").slice(0, -1)) expect(line).toMatch(/^lib\/content\/__fixtures__\/broken\/\S.*:\d+: /);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });
});
