// Writes accepted questions and cards as a Stratus bank marked `imported: true`, which
// content:check reads with the relaxed rules for imported banks.
import matter from "gray-matter";
import type { AcceptedCard, AcceptedQuestion } from "./finalise";

export interface BankHeader {
  title?: string;
  domain?: string;
  /** URL or attribution of the original bank. */
  source?: string;
}

/** Keeps a line from being read as a block heading, an option or a field by the bank parser. */
function guard(line: string): string {
  if (/^\s*##\s/.test(line)) return line.replace(/^(\s*)#/, "$1\\#");
  if (/^\s*[-*+] \[( |x|X)\]/.test(line)) return line.replace(/^(\s*)([-*+])/, "$1\\$2");
  if (/^(source|difficulty|explanation)\s*:/i.test(line)) return `\u200B${line}`;
  return line;
}

const block = (text: string) =>
  text
    .split(/\r?\n/)
    .map(guard)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, " ").trim();

function question(q: AcceptedQuestion): string {
  const options = q.options
    .map((o) => `- [${o.correct ? "x" : " "}] ${oneLine(o.text)}${o.rationale ? `\n  - ${oneLine(o.rationale)}` : ""}`)
    .join("\n");
  const explanation = q.explanation ? `\n\nExplanation: ${block(q.explanation)}` : "";
  return `## Question ${q.id}\n\n${block(q.stem)}\n\n${options}${explanation}\n`;
}

function card(c: AcceptedCard): string {
  const id = `<!--id:${c.id}-->`;
  if (c.cloze) return `${oneLine(c.front)} ${id}\n`;
  return `${oneLine(c.front)}\n?\n${oneLine(c.back)}\n${id}\n`;
}

export function writeBank(header: BankHeader, questions: readonly AcceptedQuestion[], flashcards: readonly AcceptedCard[]): string {
  const data: Record<string, unknown> = { imported: true };
  if (header.title) data.title = header.title;
  if (header.domain) data.domain = header.domain;
  if (header.source) data.source = header.source;
  const parts = questions.map(question);
  if (flashcards.length > 0) parts.push(`## Flashcards\n\n${flashcards.map(card).join("\n")}`);
  return matter.stringify(`\n${parts.join("\n")}`, data);
}
