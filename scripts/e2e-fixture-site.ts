// Builds a second static site, out-fixture/, from content a user would have: one of our notes and
// a public bank brought in with `npm run content:import` (the real CLI). E2E specs for imported,
// standalone banks run against it on E2E_PORT + 10. Run before Playwright (npm run test:e2e does),
// so the main out/ is never missing while a server uses it: it is moved aside and put back.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const WORK = path.join(os.tmpdir(), "stratus-fixture-site");
const CONTENT = path.join(WORK, "content");
const OUT = path.join(ROOT, "out");
const PARKED = path.join(ROOT, "out.main");
const TARGET = path.join(ROOT, "out-fixture");

function step(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(CONTENT, { recursive: true });
fs.cpSync(path.join(ROOT, "content", "foundations"), path.join(CONTENT, "foundations"), { recursive: true });
const bank = path.join("lib", "content", "import", "__fixtures__", "headings.md");
step(process.execPath, ["--import", "tsx", "scripts/content-import.ts", bank, "--out", path.join(CONTENT, "imported"), "--topic", "saa-practice", "--source", "https://example.com/saa-practice-bank"]);

if (fs.existsSync(PARKED)) throw new Error(`${PARKED} exists: a previous run was interrupted; move it back to out/ first`);
if (fs.existsSync(OUT)) fs.renameSync(OUT, PARKED);
try {
  step(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], { STRATUS_CONTENT_DIR: CONTENT });
  fs.rmSync(TARGET, { recursive: true, force: true });
  fs.renameSync(OUT, TARGET);
} finally {
  if (fs.existsSync(PARKED)) fs.renameSync(PARKED, OUT);
}
console.log(`fixture site built in ${path.relative(ROOT, TARGET)}/`);
