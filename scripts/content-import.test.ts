import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(__dirname, "..");
const fixtures = path.join("lib", "content", "import", "__fixtures__");
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "content-import.ts"), ...args], { cwd: root, encoding: "utf8" });
const check = (dir: string) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "content-check.ts")], {
    cwd: root,
    env: { ...process.env, STRATUS_CONTENT_DIR: dir },
    encoding: "utf8",
  });

// Each case spawns tsx: slow on a busy machine, so a generous timeout (speed is measured by the bench, not here).
describe("npm run content:import", { timeout: 60_000 }, () => {
  it("imports a bank, lists every question it skipped with its line, ends with imported N of M, and content:check accepts it", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-cli-"));
    const result = run(path.join(fixtures, "headings.md"), "--out", out, "--topic", "saa-practice", "--domain", "apis-edge");
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe(`${fixtures}/headings.md: "### question" headings with "- [ ]"/"- [x]" options (detected)`);
    expect(lines.filter((l) => l.includes(": skipped: "))).toEqual([
      `${fixtures}/headings.md:61: skipped: 7 options; Stratus takes 2 to 6`,
      `${fixtures}/headings.md:73: skipped: no correct answer marked`,
      `${fixtures}/headings.md:81: skipped: duplicate of the question at ${fixtures}/headings.md:22`,
    ]);
    expect(lines.slice(-3)).toEqual([
      "copied 3 images beside the bank",
      "skipped 3: 1 duplicate (imported once), 2 that could not be read (listed above)",
      "imported 7 of 10",
    ]);
    // Images the bank points at (in a stem, and options that are images) are copied beside it.
    expect(fs.readdirSync(path.join(out, "images")).sort()).toEqual(["dx.png", "policy-a.png", "policy-b.png"]);
    const written = fs.readFileSync(path.join(out, "saa-practice.questions.md"), "utf8");
    expect(written).toMatch(/^---\nimported: true\ntitle: Solutions Architect Associate practice questions\ndomain: apis-edge\n---/);

    fs.writeFileSync(path.join(out, "stratus.yml"), "domains:\n  - { id: apis-edge, title: APIs and the edge }\n");
    const checked = check(out);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain("1 topics, 7 questions");
    expect(checked.stdout).not.toMatch(/image/i);
  });

  it("re-importing an unchanged bank writes the same ids", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-cli-"));
    run(path.join(fixtures, "numbered.md"), "--out", out);
    const first = fs.readFileSync(path.join(out, "numbered.questions.md"), "utf8");
    run(path.join(fixtures, "numbered.md"), "--out", out, "--format", "numbered");
    expect(fs.readFileSync(path.join(out, "numbered.questions.md"), "utf8")).toBe(first);
  });

  it("imports a folder of mixed formats into one bank per file", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-cli-"));
    const result = run(fixtures, "--out", out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("GIFT (Moodle) (detected)");
    expect(result.stdout).toContain("Anki plain-text export (detected)");
    expect(result.stdout.trim().split("\n").at(-1)).toMatch(/^imported \d+ of \d+$/);
    expect(fs.readdirSync(out).sort()).toEqual(["deck.questions.md", "headings.questions.md", "images", "numbered.questions.md", "questions.questions.md"]);
  });

  it("imports a spreadsheet bank saved as CSV, and content:check accepts the result", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-cli-"));
    const sheet = path.join(dir, "Practice sheet.csv");
    fs.writeFileSync(
      sheet,
      [
        "Question,Option A,Option B,Option C,Answer,Explanation",
        '"Which service stores objects?",Amazon EBS,Amazon S3,Amazon EFS,B,"S3 stores objects, EBS blocks."',
        '"Which are serverless? (Choose two.)",AWS Lambda,Amazon EC2,AWS Fargate,"A, C",',
        "Which is a CDN?,Amazon CloudFront,AWS Direct Connect,,Amazon CloudFront,",
        "Which one is regional?,Amazon VPC,IAM,,D,",
      ].join("\n"),
    );
    const out = path.join(dir, "out");
    const result = run(sheet, "--out", out, "--topic", "practice-sheet", "--domain", "storage");
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    const shown = path.relative(root, sheet); // the CLI names files relative to where it runs
    expect(lines[0]).toBe(`${shown}: a spreadsheet (CSV or TSV) whose first row names the question, option and answer columns (detected)`);
    expect(lines).toContain(`${shown}:5: skipped: the answer "D" names no option of this question (give letters, option numbers or an option's text)`);
    expect(lines.at(-1)).toBe("imported 3 of 4");
    fs.writeFileSync(path.join(out, "stratus.yml"), "domains:\n  - { id: storage, title: Storage }\n");
    const checked = check(out);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain("1 topics, 3 questions (1 multiple response");
  });

  it("exits 1 when nothing could be imported, and 2 on a usage error", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-cli-"));
    const note = path.join(dir, "note.md");
    fs.writeFileSync(note, "# Just a note\n\nNo questions here.\n");
    const nothing = run(note, "--out", path.join(dir, "out"));
    expect(nothing.status).toBe(1);
    expect(nothing.stdout.trim().split("\n").at(-1)).toBe("imported 0 of 0");

    expect(run(note).status).toBe(2);
    const badFormat = run(note, "--out", dir, "--format", "pdf");
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('unknown format "pdf"');
    expect(run(path.join(dir, "missing.md"), "--out", dir).status).toBe(1);
  });
});
