import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkLinks, formatBrokenLink, pagePath } from "./check.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A tiny static site: file path → HTML (or any content). */
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-links-"));
  dirs.push(dir);
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), body);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe("checkLinks", () => {
  it("accepts links to pages, folders, files and ids that exist", () => {
    const dir = site({
      "index.html": page('<a href="/topics/ec2/">EC2</a><a href="topics/ec2/#spot">spot</a><img src="/media/abc.png" alt=""><a href="#top">top</a>'),
      "topics/ec2/index.html": page('<h2 id="spot">Spot</h2><a href="../../">home</a><a href="#spot">here</a><a href="https://aws.amazon.com/">AWS</a>'),
      "media/abc.png": "png",
    });
    expect(checkLinks(dir)).toEqual([]);
  });

  it("names the page and the link that leads to no file", () => {
    const dir = site({ "topics/index.html": page('<a href="/topics/aws%20lambda/">Lambda</a>') });
    const broken = checkLinks(dir);
    expect(broken).toEqual([{ page: "/topics/", href: "/topics/aws%20lambda/", reason: "no file /topics/aws lambda/index.html in the site" }]);
    expect(formatBrokenLink(broken[0]!)).toBe('/topics/: broken link "/topics/aws%20lambda/": no file /topics/aws lambda/index.html in the site');
  });

  it("reports an anchor that names no element id of the target page", () => {
    const dir = site({
      "a/index.html": page('<a href="/b/#missing">b</a><a href="#nowhere">self</a>'),
      "b/index.html": page('<h2 id="present">x</h2>'),
    });
    expect(checkLinks(dir).map((b) => [b.page, b.href, b.reason])).toEqual([
      ["/a/", "/b/#missing", '/b/ has no element with id "missing"'],
      ["/a/", "#nowhere", '/a/ has no element with id "nowhere"'],
    ]);
  });

  it("accepts percent-encoded and raw CJK and accented paths and ids that exist", () => {
    const dir = site({
      "index.html": page(
        '<a href="/topics/%E4%B8%AD%E6%96%87%E7%AC%94%E8%AE%B0/#%E8%AE%A1%E7%AE%97">zh</a><a href="/topics/中文笔记/">zh raw</a><a href="/topics/caf%C3%A9/">café</a>',
      ),
      "topics/中文笔记/index.html": page('<h2 id="计算">计算</h2>'),
      "topics/café/index.html": page("<p>café</p>"),
    });
    expect(checkLinks(dir)).toEqual([]);
  });

  it("checks images and scripts too, and ignores other schemes and hosts", () => {
    const dir = site({
      "index.html": page('<img src="/media/gone.png" alt=""><script src="/_next/x.js"></script><a href="mailto:a@b.c">m</a><a href="//cdn.example/x">c</a>'),
    });
    expect(checkLinks(dir).map((b) => b.href)).toEqual(["/media/gone.png", "/_next/x.js"]);
  });

  it("is not fooled by link-like text: only real attributes count", () => {
    const dir = site({ "index.html": page('<pre><code>&lt;a href="/nowhere/"&gt;</code></pre><!-- <a href="/gone/"> -->') });
    expect(checkLinks(dir)).toEqual([]);
  });
});

describe("pagePath", () => {
  it("maps page files to the URL they are served at", () => {
    expect(pagePath("index.html")).toBe("/");
    expect(pagePath("topics/ec2/index.html")).toBe("/topics/ec2/");
    expect(pagePath("404.html")).toBe("/404.html");
  });
});
