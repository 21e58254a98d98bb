// Paint first, then hydrate (issue 16). Next exports every page with its framework and page chunks
// as `<script async>` tags: a chunk that arrives before the browser's first frame runs first, and on
// a slow or busy phone that pushes the first paint of the page's (static, already complete) HTML
// back behind hundreds of milliseconds of script. This step keeps each chunk's download where it
// was (a low-priority preload in <head>, as Next already writes for some) but starts the scripts
// only once the first frame is drawn: an inline loader at the end of <body> inserts them after the
// next animation frame. A page may hold the start a little longer for a paint of its own (the
// running exam's question, lib/exam/early-paint) by setting `window[HOLD_BOOT]` to a promise; the
// loader waits for it at most HOLD_MAX_MS. A hidden tab (no frames) starts at once.
import fs from "node:fs";
import path from "node:path";
import { HOLD_BOOT } from "../../lib/data/early-fetches";

export { HOLD_BOOT };
export const HOLD_MAX_MS = 1000;
/** Starts the scripts anyway if no frame has come by then. */
export const FRAME_MAX_MS = 3000;

const CHUNK_SCRIPT = /<script src="([^"]*\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const PRELOAD = /<link rel="preload" as="script"[^>]*href="([^"]+)"[^>]*\/?>/g;

function loader(sources: string[]): string {
  const hold = JSON.stringify(HOLD_BOOT);
  return (
    `<script>(function(){var s=${JSON.stringify(sources)},d=false;` +
    `function go(){if(d)return;d=true;for(var i=0;i<s.length;i++){var e=document.createElement("script");e.src=s[i];e.async=true;document.body.appendChild(e)}}` +
    `function later(){requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,${FRAME_MAX_MS})}` +
    `if(document.visibilityState!=="visible"||!window.requestAnimationFrame||!window.Promise){go();return}` +
    `var h=window[${hold}];if(!h||typeof h.then!=="function"){later();return}` +
    `Promise.race([h,new Promise(function(r){setTimeout(r,${HOLD_MAX_MS})})]).then(later,later)})();</script>`
  );
}

/** The page with its chunk scripts started after the first frame; unchanged when it has none. */
export function paintFirst(html: string): string {
  const sources = [...html.matchAll(CHUNK_SCRIPT)].map((m) => m[1]!);
  if (sources.length === 0 || !html.includes("</body>")) return html;
  const preloaded = new Set([...html.matchAll(PRELOAD)].map((m) => m[1]!));
  const preloads = [...new Set(sources)]
    .filter((src) => !preloaded.has(src))
    .map((src) => `<link rel="preload" as="script" fetchPriority="low" href="${src}"/>`)
    .join("");
  let out = html.replace(CHUNK_SCRIPT, "");
  out = out.includes("</head>") ? out.replace("</head>", `${preloads}</head>`) : out;
  const end = out.lastIndexOf("</body>");
  return `${out.slice(0, end)}${loader([...new Set(sources)])}${out.slice(end)}`;
}

/** Rewrites every exported HTML page in `outDir`; returns how many it changed. */
export function paintFirstAll(outDir: string): number {
  let changed = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".html")) {
        const html = fs.readFileSync(file, "utf8");
        const next = paintFirst(html);
        if (next !== html) {
          fs.writeFileSync(file, next);
          changed++;
        }
      }
    }
  };
  walk(outDir);
  return changed;
}
