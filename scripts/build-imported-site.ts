// Builds a second static site, out-imported/, from content a user would have: one of our notes, a
// subject with a weighted profile, and two public banks brought in with `npm run content:import`
// (the real CLI). The imported-bank e2e
// spec runs against it (E2E_PORT + 20). `npm run build:imported-site`; npm run test:e2e runs it first.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const CONTENT = path.join(os.tmpdir(), "stratus-imported-site", "content");
export const OUT_DIR = "out-imported";

function step(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

fs.rmSync(path.dirname(CONTENT), { recursive: true, force: true });
fs.mkdirSync(CONTENT, { recursive: true });
fs.cpSync(path.join(ROOT, "content", "foundations"), path.join(CONTENT, "foundations"), { recursive: true });
// The subject: our foundations domain plus two for the imported banks, and a profile weighted like
// an exam guide's blueprint.
fs.writeFileSync(
  path.join(CONTENT, "stratus.yml"),
  `title: Practice for the associate exam
domains:
  - { id: foundations, title: Compute foundations, blurb: EC2 and containers. }
  - { id: storage, title: Storage and delivery, blurb: Imported practice questions. }
  - { id: cloud, title: Cloud concepts, blurb: Imported practice exam. }
profiles:
  - { id: full, name: Full mock, questions: 10, minutes: 20, passMark: 72 }
  - id: blueprint
    name: Weighted mock
    questions: 5
    minutes: 10
    passMark: 70
    weights: { foundations: 20, storage: 40, cloud: 40 }
`,
);
const fixtures = path.join("lib", "content", "import", "__fixtures__");
const cli = (file: string, ...args: string[]) =>
  step(process.execPath, ["--import", "tsx", "scripts/content-import.ts", path.join(fixtures, file), "--out", path.join(CONTENT, "imported"), ...args]);
cli("headings.md", "--topic", "saa-practice", "--domain", "storage", "--source", "https://example.com/saa-practice-bank");
cli("numbered.md", "--topic", "cloud-practice-exam", "--domain", "cloud");
// With output: "export", distDir is where the site is written (next.config.js): out/ is left alone.
step(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], { STRATUS_CONTENT_DIR: CONTENT, STRATUS_OUT_DIR: OUT_DIR });
console.log(`imported-bank site built in ${OUT_DIR}/`);
