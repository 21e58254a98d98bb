import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { pageJsGzipBytes, scriptsInHtml } from "./route-js";

// Shaped like a Next 16 (Turbopack) export: script tags, a low-priority preload, a nomodule
// polyfill, Turbopack's inline chunk list and a client chunk named only in the flight data.
const html = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/app.css"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
</head><body>
<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/runtime.js","static/chunks/main.js"]});</script>
<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/page-client.js\\"\\n3:I[22016,[\\"$2\\"],\\"\\"]"])</script>
<script src="https://example.com/analytics.js"></script>
</body></html>`;

describe("scriptsInHtml", () => {
  it("finds every chunk a modern browser loads, once, and skips nomodule polyfills and CSS", () => {
    expect(scriptsInHtml(html)).toEqual([
      "/_next/static/chunks/main.js",
      "/_next/static/chunks/page-client.js",
      "/_next/static/chunks/runtime.js",
      "/_next/static/chunks/webpack.js",
    ]);
  });
});

describe("pageJsGzipBytes", () => {
  it("sums the gzip size of each loaded chunk and fails on a chunk missing from the export", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-routejs-"));
    const chunks = path.join(out, "_next/static/chunks");
    fs.mkdirSync(chunks, { recursive: true });
    const bodies: Record<string, string> = {
      "main.js": "console.log('main');".repeat(50),
      "page-client.js": "export const x = 1;",
      "runtime.js": "self.TURBOPACK = [];",
      "webpack.js": "/* loader */".repeat(10),
    };
    for (const [name, body] of Object.entries(bodies)) fs.writeFileSync(path.join(chunks, name), body);
    fs.writeFileSync(path.join(out, "index.html"), html);
    const expected = Object.values(bodies).reduce((n, body) => n + zlib.gzipSync(body, { level: 9 }).length, 0);
    expect(pageJsGzipBytes(out, path.join(out, "index.html"))).toBe(expected);

    fs.rmSync(path.join(chunks, "runtime.js"));
    expect(() => pageJsGzipBytes(out, path.join(out, "index.html"))).toThrow(/runtime\.js/);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
