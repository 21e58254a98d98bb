import { describe, expect, it } from "vitest";
import { scriptsInHtml } from "../bench/route-js";
import { HOLD_BOOT, paintFirst } from "./paint-first.mjs";

// Shaped like a Next 16 (Turbopack) export.
const html = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/app.css"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/page.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script>(function(){/* theme */})();</script>
</head><body><main><h1>Hello</h1></main>
<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/runtime.js"]});</script>
<script src="/_next/static/chunks/runtime.js" async=""></script>
<script>self.__next_f.push([1,"x"])</script>
</body></html>`;

/** Runs the page's loader with stand-ins; returns the scripts it inserted, as they are inserted. */
function runLoader(page: string, { visible = true, hold }: { visible?: boolean; hold?: Promise<void> } = {}) {
  const inserted: string[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const loader = [...page.matchAll(/<script>(\(function\(\)\{var s=.*?)<\/script>/g)].map((m) => m[1]!)[0]!;
  const window: Record<string, unknown> = { requestAnimationFrame: (f: () => void) => frames.push(f), Promise, [HOLD_BOOT]: hold };
  const document = {
    visibilityState: visible ? "visible" : "hidden",
    createElement: () => ({ src: "", async: false }),
    body: { appendChild: (e: { src: string; async: boolean }) => inserted.push(`${e.src}${e.async ? "" : " (not async)"}`) },
  };
  new Function("window", "document", "requestAnimationFrame", "setTimeout", loader)(window, document, window.requestAnimationFrame, (f: () => void) => timers.push(f));
  return { inserted, frames, timers };
}

describe("paint first", () => {
  const page = paintFirst(html);

  it("takes the chunk scripts out of the HTML, keeps every download as a low-priority preload", () => {
    expect(page).not.toMatch(/<script src="[^"]*_next[^"]*" async/);
    expect(page).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(page.match(/rel="preload" as="script"/g)).toHaveLength(3);
    expect(page).toContain('<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>');
    // The bench still counts the same JavaScript for the page.
    expect(scriptsInHtml(page)).toEqual(scriptsInHtml(html));
    // Inline scripts (theme, Turbopack's list, the flight data) stay where they were, in order.
    expect(page.indexOf("/* theme */")).toBeLessThan(page.indexOf("<main>"));
    expect(page.indexOf("self.__next_f.push")).toBeLessThan(page.indexOf("var s=["));
    expect(paintFirst(page)).toBe(page);
    expect(paintFirst("<html><body>static</body></html>")).toBe("<html><body>static</body></html>");
  });

  it("starts every chunk only after the first frame has been drawn", () => {
    const { inserted, frames, timers } = runLoader(page);
    expect(inserted).toEqual([]);
    frames.shift()!();
    expect(inserted).toEqual([]);
    timers.pop()!(); // the timeout set inside the frame callback: just after the frame
    expect(inserted).toEqual(["/_next/static/chunks/main.js", "/_next/static/chunks/page.js", "/_next/static/chunks/runtime.js"]);
    for (const timer of timers) timer(); // the fallback changes nothing now
    expect(inserted).toHaveLength(3);
  });

  it("starts at once in a hidden tab, and anyway when no frame comes", () => {
    expect(runLoader(page, { visible: false }).inserted).toHaveLength(3);
    const { inserted, timers } = runLoader(page);
    timers.shift()!(); // the fallback
    expect(inserted).toHaveLength(3);
  });

  it("waits for a page's own early paint when it asks to", async () => {
    let done!: () => void;
    const hold = new Promise<void>((resolve) => (done = resolve));
    const { frames } = runLoader(page, { hold });
    await Promise.resolve();
    expect(frames).toHaveLength(0);
    done();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(frames).toHaveLength(1);
  });
});
