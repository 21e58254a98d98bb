// The framework floor: an empty Next.js page built with the project's own next, react and config
// options, measured the same way as the real routes. Every route's JS budget is relative to it.
import fs from "node:fs";
import path from "node:path";
import { pageJsGzipBytes } from "./route-js";
import { BIN, ROOT, log, run } from "./util";

const FILES: Record<string, string> = {
  "next.config.js": `module.exports = { output: "export", trailingSlash: true, reactStrictMode: true, poweredByHeader: false };\n`,
  "app/layout.jsx": `export const metadata = { title: "Floor", description: "An empty page." };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  "app/page.jsx": `export default function Page() {
  return <main><h1>Floor</h1></main>;
}
`,
};

/** Builds the empty app in `dir` (inside the project, so it resolves the project's node_modules). */
export async function measureFloor(dir = path.join(ROOT, "bench/tmp/floor")): Promise<{ gzipBytes: number; buildSeconds: number }> {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  // Plain JSX: no tsconfig for Next to generate, no type-check; the client JS is the same.
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "stratus-bench-floor", private: true }) + "\n");
  log("building the framework floor (empty Next.js page)…");
  const started = performance.now();
  await run(BIN("next"), ["build", dir], { cwd: ROOT });
  const buildSeconds = (performance.now() - started) / 1000;
  const out = path.join(dir, "out");
  return { gzipBytes: pageJsGzipBytes(out, path.join(out, "index.html")), buildSeconds };
}
