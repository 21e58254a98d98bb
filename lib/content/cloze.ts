// Cloze deletions in a flashcard paragraph, as Obsidian Spaced Repetition reads them: every
// ==hidden== is its own card; Anki's {{c1::hidden}} (optionally {{c1::hidden::hint}}) makes one card
// per number, hiding every deletion of that number together. The front shows a blank (or the hint)
// where the text was; the back shows the whole text with the answer in bold. Markdown in, Markdown out.

export interface ClozeCard {
  /** 1, 2, … in order of appearance for ==…==; the cN number for Anki clozes. */
  number: number;
  front: string;
  back: string;
}

interface Deletion {
  start: number;
  end: number;
  text: string;
  hint?: string;
  number: number;
}

const ANKI = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;
const HIGHLIGHT = /==(?=\S)([\s\S]*?\S)==/g;

function deletions(text: string): Deletion[] {
  const anki = [...text.matchAll(ANKI)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[2]!,
    ...(m[3] ? { hint: m[3] } : {}),
    number: Number(m[1]),
  }));
  if (anki.length > 0) return anki;
  return [...text.matchAll(HIGHLIGHT)].map((m, i) => ({ start: m.index, end: m.index + m[0].length, text: m[1]!, number: i + 1 }));
}

export function clozeCards(text: string): ClozeCard[] {
  const found = deletions(text);
  const numbers = [...new Set(found.map((d) => d.number))].sort((a, b) => a - b);
  const render = (hidden: number, side: "front" | "back") => {
    let out = "";
    let at = 0;
    for (const d of found) {
      out += text.slice(at, d.start);
      if (d.number !== hidden) out += d.text;
      else out += side === "front" ? `**[${d.hint ?? "…"}]**` : `**${d.text}**`;
      at = d.end;
    }
    return out + text.slice(at);
  };
  return numbers.map((number) => ({ number, front: render(number, "front"), back: render(number, "back") }));
}
