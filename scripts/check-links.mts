// `tsx scripts/check-links.mts [dir]`: run after `next build` (npm run build does); fails the build on
// any internal link or #anchor of the static site that leads nowhere, naming the page and the link.
import path from "node:path";
import { checkLinks, formatBrokenLink } from "./check-links/check.mjs";

const outDir = path.resolve(process.argv[2] ?? process.env.STRATUS_OUT_DIR ?? "out");
const started = performance.now();
// Normalised as next.config.js does: "" or "/a/b".
const basePath = (process.env.STRATUS_BASE_PATH ?? "").trim().replace(/\/+$/, "").replace(/^(?=[^/])/, "/");
const broken = checkLinks(outDir, basePath);
for (const link of broken) console.error(formatBrokenLink(link));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (broken.length > 0) {
  console.error(`${broken.length} broken link(s) in ${path.relative(process.cwd(), outDir) || "."}/ (checked in ${seconds} s)`);
  process.exitCode = 1;
} else {
  console.log(`Links: every internal link and #anchor in ${path.relative(process.cwd(), outDir) || "."}/ resolves (${seconds} s)`);
}
