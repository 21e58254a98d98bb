// Builds a second static site, out-imported/, from content a user would have: one of our notes and
// a public bank brought in with `npm run content:import` (the real CLI). The imported-bank e2e
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
const bank = path.join("lib", "content", "import", "__fixtures__", "headings.md");
step(process.execPath, [
  "--import",
  "tsx",
  "scripts/content-import.ts",
  bank,
  "--out",
  path.join(CONTENT, "imported"),
  "--topic",
  "saa-practice",
  "--source",
  "https://example.com/saa-practice-bank",
]);
// With output: "export", distDir is where the site is written (next.config.js): out/ is left alone.
step(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], { STRATUS_CONTENT_DIR: CONTENT, STRATUS_OUT_DIR: OUT_DIR });
console.log(`imported-bank site built in ${OUT_DIR}/`);
