// Obsidian `[[Note]]`, `[[Note|label]]`, `[[Note#Heading]]`, `[[#Heading]]` and `![[Note]]` (a note
// embedded in another) become links to topic pages. Embeds of files with an extension (images,
// PDFs) are left alone for the media plugin that follows. A link to a note that doesn't exist stays
// visible as marked-up text, and is reported at its line.
import { slug as slugify } from "github-slugger";
import type { PhrasingContent, Root, Text } from "mdast";
import { findAndReplace, type RegExpMatchObject } from "mdast-util-find-and-replace";
import type { VFile } from "vfile";
import { topicHref } from "../links";
import { rememberLinkLine } from "./anchors";
import { contextOf, warnAt } from "./context";

const WIKILINK = /(!?)\[\[([^[\]]+)\]\]/g;

export interface Wikilink {
  embed: boolean;
  /** The note named, "" for a heading of the same note (`[[#Heading]]`). */
  target: string;
  /** The heading named, without `#`; the last one when nested (`[[Note#Part#Section]]`). */
  heading?: string;
  label?: string;
}

/** Splits the inside of `[[…]]`. Block references (`#^id`) link to the note itself. */
export function parseWikilink(inner: string, embed = false): Wikilink {
  const bar = inner.indexOf("|");
  const ref = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? inner.slice(bar + 1).trim() : undefined;
  const [target = "", ...sections] = ref.split("#");
  const headings = sections.map((s) => s.trim()).filter((s) => s && !s.startsWith("^"));
  return { embed, target: target.trim(), heading: headings.at(-1), ...(label ? { label } : {}) };
}

/** A file embed (`![[diagram.png]]`, `![[paper.pdf]]`) rather than a note embed. */
const isFileEmbed = (target: string) => /\.[a-z0-9]{2,5}$/i.test(target) && !/\.md$/i.test(target);

/** The line of a match: its text node's line plus the newlines before it in that node. */
function lineOf(match: RegExpMatchObject): number | undefined {
  const node = match.stack.at(-1) as Text | undefined;
  const start = node?.position?.start.line;
  if (start !== undefined) return start + (match.input.slice(0, match.index).match(/\n/g)?.length ?? 0);
  return match.stack.findLast((n) => n.position)?.position?.start.line;
}

export function remarkWikilinks() {
  return (tree: Root, file: VFile) => {
    const context = contextOf(file);
    findAndReplace(tree, [
      [
        WIKILINK,
        (whole: string, bang: string, inner: string, match: RegExpMatchObject): PhrasingContent | false => {
          // A file embed left alone below must not be matched again from its `[[`.
          if (!bang && match.input[match.index - 1] === "!") return false;
          const link = parseWikilink(inner, bang === "!");
          if (link.embed && isFileEmbed(link.target)) return false;
          const name = link.target.replace(/\.md$/i, "");
          let hash = link.heading ? slugify(link.heading) : undefined;
          if (!name) {
            if (!hash) return false;
            // Checked against this note's heading ids once they exist (./anchors.ts), which warns at this line.
            rememberLinkLine(file, hash, lineOf(match));
            return { type: "link", url: `#${hash}`, children: [{ type: "text", value: link.label ?? link.heading! }] };
          }
          // `[[../Storage/Overview]]` (Obsidian's "relative path" link format) starts from this note.
          const relativeTo = name.startsWith(".") && context?.noteFile ? context.resolveNoteFile?.(`${name}.md`, context.noteFile) : undefined;
          const topic = relativeTo ?? context?.resolveTopic(name);
          const title = topic?.title ?? name;
          const text = link.label ?? (link.heading ? `${title} › ${link.heading}` : title);
          if (!topic) {
            warnAt(file, lineOf(match), `unresolved wikilink ${whole}: no note has that title, file name or alias`);
            return {
              type: "emphasis",
              data: { hName: "span", hProperties: { className: ["wikilink-unresolved"], title: `No note named “${name}”` } },
              children: [{ type: "text", value: text }],
            };
          }
          if (hash && context?.hasAnchor?.(topic.slug, hash) === false) {
            // As Obsidian does, a heading that is not there opens the note at its top.
            warnAt(file, lineOf(match), `wikilink ${whole}: "${topic.title}" has no heading "${link.heading}", so it links to the top of that note`);
            hash = undefined;
          }
          const anchor: PhrasingContent = { type: "link", url: topicHref(topic.slug, hash), children: [{ type: "text", value: text }] };
          if (!link.embed) return anchor;
          // An embedded note is not transcluded: the reader gets a link to it, marked as an embed.
          return {
            type: "emphasis",
            data: { hName: "span", hProperties: { className: ["note-embed"] } },
            children: [{ type: "text", value: "See: " }, anchor],
          };
        },
      ],
    ]);
  };
}
