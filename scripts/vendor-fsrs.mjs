// Copies fsrs-browser (the FSRS optimiser compiled to WebAssembly) into public/vendor/ so the
// optimiser worker can load it at run time, only when the candidate asks; the bundler never sees
// it, so no page's JavaScript grows. Runs before `next build` and `next dev`.
// One patch: wasm-bindgen-rayon's thread helper imports its package as '../../..' (a directory,
// which bundlers resolve and a static host does not); it is pointed at the module file.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const from = path.dirname(require.resolve("fsrs-browser/package.json"));
const to = path.join(process.cwd(), "public/vendor/fsrs-browser");
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
for (const file of ["fsrs_browser.js", "fsrs_browser_bg.wasm", "LICENSE", "package.json"]) cpSync(path.join(from, file), path.join(to, file));
cpSync(path.join(from, "snippets"), path.join(to, "snippets"), { recursive: true });

let patched = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name === "workerHelpers.js") {
      const text = readFileSync(file, "utf8");
      const fixed = text.replace("import('../../..')", "import('../../../fsrs_browser.js')");
      if (fixed !== text) patched++;
      writeFileSync(file, fixed);
    }
  }
};
walk(path.join(to, "snippets"));
if (patched !== 1 || !existsSync(path.join(to, "fsrs_browser_bg.wasm"))) {
  console.error(`vendor-fsrs: expected to patch one workerHelpers.js in fsrs-browser, patched ${patched}. Has the package changed?`);
  process.exit(1);
}
