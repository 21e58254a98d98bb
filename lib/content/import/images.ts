// Images an imported bank points at (`![alt](images/q30_A.png)` in a stem, option or explanation)
// live beside the source bank. The importer copies them beside the bank it writes, at the same
// relative path, so the links keep working and the build resolves them like any note image.
import path from "node:path";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { AcceptedCard, AcceptedQuestion } from "./finalise";

const parser = unified().use(remarkParse);

/** Relative image paths in a piece of Markdown (remote and site-absolute ones are left alone). */
export function localImages(markdown: string): string[] {
  const found: string[] = [];
  visit(parser.parse(markdown), "image", (node) => {
    const url = node.url;
    if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("/") || url.startsWith("#")) return;
    let decoded = url;
    try {
      decoded = decodeURI(url);
    } catch {
      // A malformed escape: keep the path as written.
    }
    found.push(decoded.split(/[?#]/)[0]!);
  });
  return found;
}

/** Every local image of the questions and cards, once each. */
export function bankImages(questions: readonly AcceptedQuestion[], cards: readonly AcceptedCard[]): string[] {
  const texts = [
    ...questions.flatMap((q) => [q.stem, q.explanation ?? "", ...q.options.flatMap((o) => [o.text, o.rationale ?? ""])]),
    ...cards.flatMap((c) => [c.front, c.back]),
  ];
  return [...new Set(texts.flatMap(localImages))];
}

/**
 * Where to copy `image` (relative to the source file's folder) so the same relative link works
 * from `outDir`: undefined for a path that climbs out of the source folder (`../x.png`), which
 * could land anywhere; those stay as written and the content check reports them if missing.
 */
export function imageTarget(image: string, outDir: string): string | undefined {
  const normal = path.posix.normalize(image.replace(/\\/g, "/"));
  if (normal.startsWith("../") || normal === "..") return undefined;
  return path.join(outDir, normal);
}
