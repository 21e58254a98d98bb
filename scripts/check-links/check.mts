// Every internal link and #anchor of a built static site must reach a file of it and an element id.
// Pages are parsed with a real HTML parser (parse5, the spec's parsing algorithm), not regexes; its
// own tree is walked directly, as a site of thousands of pages makes a second tree's cost count.
// An .mts file, so tsx runs it as a module: parse5 is ESM-only, and loaded from a CommonJS script it
// is converted with a getter on every constant it reads, which made the check 3–4 times slower.
import fs from "node:fs";
import path from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";

type ParentNode = DefaultTreeAdapterMap["parentNode"];
type ChildNode = DefaultTreeAdapterMap["childNode"];

export interface BrokenLink {
  /** The page holding the link, as its URL path (`/topics/ec2/`). */
  page: string;
  href: string;
  reason: string;
}

/** Attributes that make the browser fetch or navigate to something of the site. */
const LINKING: Record<string, string> = { a: "href", area: "href", link: "href", img: "src", script: "src", source: "src", iframe: "src" };

function listFiles(dir: string, root = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full, root) : [path.relative(root, full).split(path.sep).join("/").normalize("NFC")];
  });
}

interface ParsedPage {
  ids: Set<string>;
  links: string[];
}

function parsePage(html: string): ParsedPage {
  const ids = new Set<string>();
  const links: string[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes as ChildNode[]) {
      if (!("tagName" in child)) continue;
      const attribute = (name: string) => child.attrs.find((a) => a.name === name && !a.namespace)?.value;
      const id = attribute("id");
      if (id) ids.add(id);
      if (child.tagName === "a") {
        const name = attribute("name");
        if (name) ids.add(name);
      }
      const linking = LINKING[child.tagName];
      const value = linking ? attribute(linking) : undefined;
      if (value) links.push(value);
      walk(child); // a <template>'s content is a fragment of its own, not part of the page

    }
  };
  walk(parse(html));
  return { ids, links };
}

/** The URL path a page file is served at: `topics/ec2/index.html` → `/topics/ec2/`. */
export function pagePath(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, "$1");
}

/**
 * Checks the site in `outDir`: each `<a href>`, `<img src>`, `<link href>` and `<script src>` that
 * points inside the site must name a file of it (a folder needs its index.html), and a `#fragment`
 * must name an element id of the target page. External links (another scheme or host) are not
 * fetched. Returns every broken link, page by page.
 */
/** `basePath`: the sub-path the site is published under ("/stratus"), "" at the root. */
export function checkLinks(outDir: string, basePath = ""): BrokenLink[] {
  const files = new Set(listFiles(outDir));
  const pages = new Map<string, ParsedPage>();
  const pageOf = (file: string) => {
    let page = pages.get(file);
    if (!page) pages.set(file, (page = parsePage(fs.readFileSync(path.join(outDir, file), "utf8"))));
    return page;
  };
  const site = "http://site.invalid";
  const targetFile = (pathname: string): string | undefined => {
    const clean = pathname.replace(/^\//, "");
    const candidates = clean === "" || clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
    return candidates.find((c) => files.has(c));
  };

  const broken: BrokenLink[] = [];
  for (const file of [...files].filter((f) => f.endsWith(".html")).sort()) {
    const from = basePath + pagePath(file);
    for (const href of pageOf(file).links) {
      let url: URL;
      try {
        url = new URL(href, site + encodeURI(from));
      } catch {
        broken.push({ page: from, href, reason: "is not a valid URL" });
        continue;
      }
      if (url.origin !== site) continue;
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname).normalize("NFC");
      } catch {
        broken.push({ page: from, href, reason: "has invalid percent-encoding" });
        continue;
      }
      if (basePath) {
        if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
          broken.push({ page: from, href, reason: `leaves the site's base path ${basePath}` });
          continue;
        }
        pathname = pathname.slice(basePath.length) || "/";
      }
      const target = targetFile(pathname);
      if (!target) {
        broken.push({ page: from, href, reason: `no file ${pathname.endsWith("/") ? `${pathname}index.html` : pathname} in the site` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment || fragment === "top" || !target.endsWith(".html")) continue;
      if (!pageOf(target).ids.has(fragment)) {
        broken.push({ page: from, href, reason: `${pagePath(target)} has no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}

export const formatBrokenLink = (b: BrokenLink) => `${b.page}: broken link "${b.href}": ${b.reason}`;
