// Builds the site as it is published under a sub-path (`STRATUS_BASE_PATH=/stratus`) into
// .e2e-base/stratus/, for e2e/base-path.spec.ts. out/ (the root build) is kept as it was.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const out = path.join(root, "out");
const kept = path.join(root, ".out-root");
const target = path.join(root, ".e2e-base", "stratus");

const started = performance.now();
fs.rmSync(kept, { recursive: true, force: true });
if (fs.existsSync(out)) fs.renameSync(out, kept);
try {
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, STRATUS_BASE_PATH: "/stratus" } });
  fs.rmSync(path.dirname(target), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(out, target);
} finally {
  fs.rmSync(out, { recursive: true, force: true });
  if (fs.existsSync(kept)) fs.renameSync(kept, out);
}
console.log(`built the /stratus/ site into ${path.relative(root, target)} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
