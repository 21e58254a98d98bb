// What a note points at inside the site must exist there, or the page ships broken. Notes written
// for GitHub or Obsidian point at things Stratus lays out differently: `<img src="../images/x.png">`
// in raw HTML, a link to an image file, or a page of the site they came from (`/contact-us/`).
// (Links to headings are ./anchors.ts's.) Runs on the HTML tree:
// - raw `<img>` with a local src: resolved like a Markdown image (copied, sized, lazy), or a
//   visible placeholder and a warning;
// - a link to a local image or PDF, or to a file of public/: its site URL (copied like an image);
// - anything else local that leads nowhere: its text stays, the link goes, with a warning.
import type { Element, ElementContent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { IMAGE_EXTENSIONS } from "../images";
import { BASE_PATH, withBasePath } from "../links";
import { contextOf, warnAt } from "./context";

/** Files a link may point at, copied into the site like images (a PDF of sample questions, a diagram). */
const ATTACHMENT = /\.pdf$/i;

/** Site paths of the app's own pages, which Markdown may link to. */
const APP_ROUTES = /^\/(topics|exam|review|missed|progress|settings|readiness|media)(\/|$)|^\/$/;

const isRemote = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Sizes written in the HTML win; a missing one follows from the file's proportions, so the browser
 * keeps the image's space before it loads (no layout shift); with neither, the file's own size.
 */
function sizeLike(node: Element, file: { width?: number; height?: number }): void {
  const pixels = (value: unknown) => (/^\d+(\.\d+)?$/.test(String(value ?? "")) ? Number(value) : undefined);
  const width = pixels(node.properties.width);
  const height = pixels(node.properties.height);
  if (!file.width || !file.height) return;
  if (node.properties.width === undefined && node.properties.height === undefined) {
    node.properties.width = file.width;
    node.properties.height = file.height;
  } else if (width !== undefined && node.properties.height === undefined) {
    node.properties.height = Math.round((width * file.height) / file.width);
  } else if (height !== undefined && node.properties.width === undefined) {
    node.properties.width = Math.round((height * file.width) / file.height);
  }
}

function unwrap(parent: Root | Element, index: number, node: Element): void {
  parent.children.splice(index, 1, ...(node.children as ElementContent[]));
}

export function rehypeLocalReferences() {
  return (tree: Root, file: VFile) => {
    const context = contextOf(file);
    if (!context?.wholeNote) return; // notes only: a bank's fragments land on other pages
    const noteFile = context.noteFile ?? "";

    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined) return;
      const line = node.position?.start.line;

      if (node.tagName === "img") {
        const src = typeof node.properties.src === "string" ? node.properties.src : "";
        // Markdown images were resolved before (their URLs start with the site's media or base path).
        if (!src || isRemote(src) || src.startsWith(`${BASE_PATH}/media/`) || node.properties.loading === "lazy") return;
        const found = context.resolveImage(src, noteFile);
        if (!found) {
          warnAt(file, line, `image "${src}" not found (looked beside the note, in the attachment folder and by file name)`);
          const alt = typeof node.properties.alt === "string" && node.properties.alt ? node.properties.alt : src;
          parent.children.splice(index, 1, {
            type: "element",
            tagName: "span",
            properties: { className: ["missing-media"], role: "note" },
            children: [{ type: "text", value: `Image not available: ${alt}` }],
          });
          return SKIP;
        }
        node.properties.src = withBasePath(found.url);
        // No alt at all (alt="" is a choice: decorative): the file's name, as for Markdown images.
        if (node.properties.alt === undefined) node.properties.alt = decoded(src).split("/").at(-1)!.replace(IMAGE_EXTENSIONS, "");
        sizeLike(node, found);
        node.properties.loading = "lazy";
        node.properties.decoding = "async";
        return;
      }

      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      const href = node.properties.href;
      if (isRemote(href)) return;

      if (href.startsWith("#")) return; // same-note anchors: ./anchors.ts, once every heading has its id

      const [pathPart] = href.split(/[?#]/);
      const sitePath = BASE_PATH && pathPart!.startsWith(`${BASE_PATH}/`) ? pathPart!.slice(BASE_PATH.length) : pathPart!;
      if (sitePath.startsWith("/") && APP_ROUTES.test(sitePath)) return;
      const target = decoded(sitePath);
      const copyable = IMAGE_EXTENSIONS.test(target) || ATTACHMENT.test(target) || sitePath.startsWith("/");
      const found = copyable ? context.resolveImage(pathPart!, noteFile) : undefined;
      if (found) {
        node.properties.href = withBasePath(found.url);
        return;
      }
      warnAt(file, line, `link to "${href}": not a note, image or file of this site; shown as text`);
      unwrap(parent, index, node);
      return [SKIP, index];
    });
  };
}
