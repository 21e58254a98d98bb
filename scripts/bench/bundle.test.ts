import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SourceMapGenerator } from "source-map-js";
import { describe, expect, it } from "vitest";
import { analysePage, attributeChunk, NO_MAP, sourceName, UNMAPPED } from "./bundle";
import { gzipBytes } from "./route-js";

describe("sourceName", () => {
  it("names packages under node_modules, our files by project path, and Turbopack's runtime", () => {
    expect(sourceName("turbopack:///[project]/node_modules/zustand/esm/middleware.mjs")).toBe("zustand");
    expect(sourceName("turbopack:///[project]/node_modules/@serwist/window/dist/index.js")).toBe("@serwist/window");
    expect(sourceName("turbopack:///[project]/node_modules/next/dist/client/app-dir/link.js")).toBe("next");
    expect(sourceName("turbopack:///[project]/lib/store/index.ts")).toBe("lib/store/index.ts");
    expect(sourceName("turbopack:///[turbopack]/browser/runtime/base/runtime-base.ts")).toBe("turbopack runtime");
  });
});

// Two modules on one minified line, a wrapper before them, as Turbopack writes a chunk.
const code = `push([1,function(){var a="aaaaaaaaaa"},2,function(){var b="bbbbbbbbbbbbbbbbbbbb"}]);`;
function mapFor(text: string) {
  const gen = new SourceMapGenerator({ file: "chunk.js" });
  const at = (needle: string, source: string) =>
    gen.addMapping({ generated: { line: 1, column: text.indexOf(needle) }, original: { line: 1, column: 0 }, source });
  at("function(){var a", "turbopack:///[project]/lib/a.ts");
  at("function(){var b", "turbopack:///[project]/node_modules/b-pkg/index.js");
  return JSON.parse(gen.toString());
}

describe("attributeChunk", () => {
  it("credits each mapping with the code up to the next one, and adds up to the whole chunk", () => {
    const shares = attributeChunk(code, mapFor(code));
    const a = code.indexOf("function(){var a");
    const b = code.indexOf("function(){var b");
    expect(shares.get("lib/a.ts")).toBe(b - a);
    expect(shares.get("b-pkg")).toBe(code.length - b);
    expect(shares.get(UNMAPPED)).toBe(a);
    expect([...shares.values()].reduce((x, y) => x + y, 0)).toBe(code.length);
  });

  it("counts every line of a multi-line chunk", () => {
    const text = `${code}\n${code}`;
    const shares = attributeChunk(text, mapFor(code));
    expect([...shares.values()].reduce((x, y) => x + y, 0)).toBe(text.length);
  });

  it("puts a chunk without a map under one heading rather than guessing", () => {
    expect([...attributeChunk(code, null)]).toEqual([[NO_MAP, code.length]]);
  });
});

describe("analysePage", () => {
  it("shares a page's gzip bytes over its sources, measuring the chunk without its source-map comment", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-bundle-"));
    const chunks = path.join(out, "_next/static/chunks");
    fs.mkdirSync(chunks, { recursive: true });
    // As Turbopack writes them: a blank line, then a comment naming a map hashed apart from the chunk.
    fs.writeFileSync(path.join(chunks, "a.js"), `${code}\n\n//# sourceMappingURL=3xyz.js.map`);
    fs.writeFileSync(path.join(chunks, "3xyz.js.map"), JSON.stringify(mapFor(code)));
    fs.writeFileSync(path.join(out, "index.html"), `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head></html>`);

    const page = analysePage(out, path.join(out, "index.html"));
    expect(page.gzipBytes).toBe(gzipBytes(Buffer.from(code)));
    expect(page.contributors.map((c) => c.name).sort()).toEqual([UNMAPPED, "b-pkg", "lib/a.ts"].sort());
    const sum = page.contributors.reduce((x, c) => x + c.gzipBytes, 0);
    expect(Math.abs(sum - page.gzipBytes)).toBeLessThanOrEqual(page.contributors.length);

    fs.rmSync(out, { recursive: true, force: true });
  });
});
