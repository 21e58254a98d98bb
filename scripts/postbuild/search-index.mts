// The search index (Pagefind), built over the exported site after `next build`.
// - Notes: the topic pages, where only <article data-pagefind-body> is indexed (no other page has
//   the attribute, so exam, review and missed pages, which hold question stems, are never indexed).
// - Flashcards: one record each, read from the exported bank files and pointing at the note section
//   that teaches the card. Question stems are never added: search must not spoil practice.
// - Chinese/Japanese: Pagefind segments CJK text only in a zh/ja index, so when any note holds CJK
//   text the whole index is built as "zh". English still matches (by prefix) in that index.
import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { BankIndex, TopicBank } from "../../lib/content/types";

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);

function topicHtmlFiles(outDir: string): string[] {
  const dir = path.join(outDir, "topics");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name, "index.html"))
    .filter((file) => fs.existsSync(file));
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
  const pages = topicHtmlFiles(outDir);
  const hasCjk = pages.some((file) => CJK.test(fs.readFileSync(file, "utf8")));
  const language = hasCjk ? "zh" : "en";
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outDir, glob: "topics/*/index.html" });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);

    const bank = JSON.parse(fs.readFileSync(path.join(outDir, "data", "index.json"), "utf8")) as BankIndex;
    let flashcards = 0;
    for (const topic of bank.topics) {
      if (topic.flashcardIds.length === 0) continue;
      const file = path.join(outDir, "data", "topics", `${topic.slug}.json`);
      const topicBank = JSON.parse(fs.readFileSync(file, "utf8")) as TopicBank;
      for (const card of topicBank.flashcards) {
        const url = `/topics/${card.source.topic}/?card=${encodeURIComponent(card.id)}#${card.source.anchor}`;
        const result = await index.addHTMLFile({ url, content: flashcardDocument(language, topic.title, card.frontHtml, card.backHtml) });
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
    return { language, pages: added.page_count, flashcards };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
