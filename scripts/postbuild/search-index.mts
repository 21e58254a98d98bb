// The search index (Pagefind), built over the exported site after `next build`.
// - Notes: the topic pages, where only <article data-pagefind-body> is indexed (no other page has
//   the attribute, so exam, review and missed pages, which hold question stems, are never indexed).
// - Flashcards: one record each, read from the exported bank files and pointing at the note section
//   that teaches the card. Question stems are never added: search must not spoil practice.
// - Chinese/Japanese: split into words by lib/search/segment.ts before Pagefind reads the text (the
//   query is split the same way in the browser); the index itself stays English.
import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { BankIndex, TopicBank } from "../../lib/content/types";
import { segmentCjkInHtml } from "../../lib/search/segment";

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);

/** Topic pages as [url, file]: /topics/<slug>/ is out/topics/<slug>/index.html. */
function topicPages(outDir: string): [string, string][] {
  const dir = path.join(outDir, "topics");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry): [string, string] => [`/topics/${entry.name}/`, path.join(dir, entry.name, "index.html")])
    .filter(([, file]) => fs.existsSync(file));
}

/** One small HTML document per flashcard: Pagefind reads its text the way it reads a page. */
function flashcardDocument(language: string, topicTitle: string, frontHtml: string, backHtml: string): string {
  const title = escapeHtml(`Flashcard · ${topicTitle}`);
  return `<!doctype html><html lang="${language}"><head><meta data-pagefind-meta="title[content]" content="${title}"></head>
<body><main data-pagefind-body data-pagefind-meta="kind:Flashcard"><div>${frontHtml}</div><div>${backHtml}</div></main></body></html>`;
}

export interface SearchIndexResult {
  language: string;
  pages: number;
  flashcards: number;
}

export async function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  const language = "en";
  // A rerun over the same export must not leave the last index's chunks behind.
  fs.rmSync(path.join(outDir, "pagefind"), { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    let pages = 0;
    for (const [url, file] of topicPages(outDir)) {
      const added = await index.addHTMLFile({ url, content: segmentCjkInHtml(fs.readFileSync(file, "utf8")) });
      if (added.errors.length) throw new Error(`pagefind: ${url}: ${added.errors.join("; ")}`);
      pages += 1;
    }

    const bank = JSON.parse(fs.readFileSync(path.join(outDir, "data", "index.json"), "utf8")) as BankIndex;
    let flashcards = 0;
    for (const topic of bank.topics) {
      if (topic.flashcardIds.length === 0) continue;
      const file = path.join(outDir, "data", "topics", `${topic.slug}.json`);
      const topicBank = JSON.parse(fs.readFileSync(file, "utf8")) as TopicBank;
      for (const card of topicBank.flashcards) {
        // A card from an imported deck names no section: it lands on its topic's page.
        const url = card.source
          ? `/topics/${card.source.topic}/?card=${encodeURIComponent(card.id)}#${card.source.anchor}`
          : `/topics/${topic.slug}/?card=${encodeURIComponent(card.id)}`;
        const content = segmentCjkInHtml(flashcardDocument(language, topic.title, card.frontHtml, card.backHtml));
        const result = await index.addHTMLFile({ url, content });
        if (result.errors.length) throw new Error(`pagefind: flashcard ${card.id}: ${result.errors.join("; ")}`);
        flashcards += 1;
      }
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, "pagefind") });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    // Stratus has its own search dialog: Pagefind's prebuilt UIs would only add to the offline size.
    for (const name of fs.readdirSync(path.join(outDir, "pagefind"))) {
      if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) fs.rmSync(path.join(outDir, "pagefind", name));
    }
    return { language, pages, flashcards };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
