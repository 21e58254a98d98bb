// Anki's "Notes in Plain Text" export: `#separator:tab`, `#html:true`, `#guid column:1`, … headers,
// then one note per row (fields may be quoted and span lines). Rows are read by csv-parse, which
// knows the quoting rules; a Basic note's first two fields are front and back, a Cloze note's first
// field is its text.
import { parse } from "csv-parse/sync";
import type { Converted } from "./types";

const SEPARATORS: Record<string, string> = { tab: "\t", comma: ",", semicolon: ";", pipe: "|", space: " ", colon: ":" };

interface Headers {
  separator: string;
  html: boolean;
  /** 0-based columns that hold note metadata rather than fields. */
  meta: Set<number>;
  guid?: number;
}

function readHeaders(lines: string[]): { headers: Headers; skip: number } {
  const headers: Headers = { separator: "\t", html: false, meta: new Set() };
  let skip = 0;
  for (const line of lines) {
    const match = /^#([a-z ]+):(.*)$/i.exec(line);
    if (!match) break;
    skip += 1;
    const key = match[1]!.trim().toLowerCase();
    const value = match[2]!.trim();
    if (key === "separator") headers.separator = SEPARATORS[value.toLowerCase()] ?? value;
    else if (key === "html") headers.html = value.toLowerCase() === "true";
    else if (/ column$/.test(key) && /^\d+$/.test(value)) {
      headers.meta.add(Number(value) - 1);
      if (key === "guid column") headers.guid = Number(value) - 1;
    }
  }
  // Without headers, guess: a tab anywhere means tab-separated, else comma.
  if (skip === 0 && !lines.some((l) => l.includes("\t"))) headers.separator = ",";
  return { headers, skip };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One line of Markdown with the field's line breaks kept as <br>. */
function field(value: string, html: boolean): string {
  const text = html ? value : escapeHtml(value);
  return text
    .replace(/\r?\n/g, "<br>")
    .replace(/^(\s|<br>|&nbsp;)+|(\s|<br>|&nbsp;)+$/g, "")
    .trim();
}

export function convertAnki(text: string): Converted {
  const out: Converted = { questions: [], flashcards: [], problems: [] };
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const { headers, skip } = readHeaders(lines);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(lines.slice(skip).join("\n"), {
      delimiter: headers.separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    out.problems.push({ line: skip + 1, message: `cannot read the rows: ${(error as Error).message}` });
    return out;
  }
  for (const { record, info } of rows) {
    const line = skip + info.lines;
    const fields = record.filter((_, i) => !headers.meta.has(i));
    const key = headers.guid !== undefined ? record[headers.guid] : undefined;
    const front = field(fields[0] ?? "", headers.html);
    const back = field(fields[1] ?? "", headers.html);
    if (/\{\{c\d+::/.test(front)) {
      out.flashcards.push({ line, front, back: "", cloze: true, ...(key ? { key } : {}) });
    } else if (!front || !back) {
      out.problems.push({ line, message: `needs a front and a back field, found ${fields.filter((f) => f.trim()).length} filled field(s)` });
    } else {
      out.flashcards.push({ line, front, back, ...(key ? { key } : {}) });
    }
  }
  return out;
}
