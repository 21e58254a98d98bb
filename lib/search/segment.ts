// Chinese and Japanese have no spaces between words. Pagefind segments them only in a zh/ja index,
// and a zh index splits unknown English words into fragments ("suddenly" matched every "s"). So the
// index stays English and CJK runs are split into words here, the same way (Intl.Segmenter, ICU's
// dictionary) at build time for the pages and in the browser for the query.
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+/gu;

let segmenter: Intl.Segmenter | undefined;

export function segmentCjk(text: string): string {
  return text.replace(CJK_RUN, (run) => {
    segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
    return ` ${[...segmenter.segment(run)].map((s) => s.segment).join(" ")} `;
  });
}

/** The same, for the text between tags of an HTML document (never inside a tag: ids and hrefs stay). */
export function segmentCjkInHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (_match, text: string) => `>${segmentCjk(text)}<`);
}
