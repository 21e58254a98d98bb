// Recognises the layouts of public question banks, so the importer can pick a converter and the
// bank parser can say "this is format X: import it" instead of reporting every line.
import { parse } from "csv-parse/sync";
import { tableColumns, tableDelimiter } from "./table";

export type ImportFormat = "headings" | "numbered" | "gift" | "anki" | "table";

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  headings: '"### question" headings with "- [ ]"/"- [x]" options',
  numbered: 'numbered questions with lettered options ("A.") and the answer in <details> or an "Answer:" line',
  gift: "GIFT (Moodle)",
  anki: "Anki plain-text export",
  table: "a spreadsheet (CSV or TSV) whose first row names the question, option and answer columns",
};

export const HEADING_STEM = /^#{3,6}\s+\S/;
export const TASK_OPTION = /^\s*[-*+]\s+\[( |x|X)\]\s+/;
/** `1. …`, `1) …`, and as exam dumps number them, `Q1. …`, `Q1: …`, `Question 1: …`. */
export const NUMBERED_STEM = /^ {0,3}(?:(?:Q|Question)\s?)?(\d{1,4})[.):]\s+\S|^ {0,3}(?:Q|Question)\s?(\d{1,4})\s+\S/i;
/** The number (and its `Q`/`Question`) in front of a numbered stem, to strip. */
export const STEM_NUMBER = /^ {0,3}(?:(?:Q|Question)\s?)?\d{1,4}[.):]?\s+/i;
/** `A. …`, `A) …`, `- A. …`, `(A) …`. */
export const LETTERED_OPTION = /^\s*(?:[-*+]\s+)?(?:([A-Ja-j])[.)]|\(([A-Ja-j])\))\s+\S/;

export interface Detection {
  format: ImportFormat;
  /** How many questions (or cards) of that format the text appears to hold. */
  count: number;
}

/** `### stem` blocks that have at least one task-list option before the next heading. */
function countHeadings(lines: string[]): number {
  let count = 0;
  let open = false;
  for (const line of lines) {
    if (/^#{1,6}\s/.test(line)) open = HEADING_STEM.test(line);
    else if (open && TASK_OPTION.test(line)) {
      count += 1;
      open = false;
    }
  }
  return count;
}

/** Numbered stems followed by at least two lettered options. */
function countNumbered(lines: string[]): number {
  let count = 0;
  let options = -1;
  for (const line of lines) {
    if (NUMBERED_STEM.test(line) && !/^\s/.test(line.replace(/^ {0,3}/, ""))) {
      if (options >= 2) count += 1;
      options = 0;
    } else if (options >= 0 && LETTERED_OPTION.test(line)) options += 1;
  }
  return count + (options >= 2 ? 1 : 0);
}

function countGift(text: string): number {
  // A GIFT answer block: `{` … `}` holding `=`/`~` choices, or {T}/{F}/{TRUE}/{FALSE}.
  const blocks = text.match(/\{[^{}]*(?:[=~][^{}]*|\s*(?:T|F|TRUE|FALSE)\s*)\}/g) ?? [];
  return blocks.length;
}

/** Rows under a header row that names a question, two or more options and an answer. */
function countTable(lines: string[]): number {
  const header = lines[0]?.replace(/^\uFEFF/, "") ?? "";
  try {
    const [cells] = parse(header, { delimiter: tableDelimiter(header), relax_quotes: true, relax_column_count: true }) as string[][];
    if (!cells || !tableColumns(cells)) return 0;
  } catch {
    return 0;
  }
  return lines.slice(1).filter((l) => l.trim()).length;
}

function countAnki(lines: string[]): number {
  const headers = lines.filter((l) => /^#(separator|html|tags column|notetype column|deck column|guid column|columns):/i.test(l));
  if (headers.length === 0) return 0;
  return lines.filter((l) => l.trim() && !l.startsWith("#")).length;
}

/** Every format that the text looks like, best first (most questions found). */
export function detectFormats(text: string, fileName = ""): Detection[] {
  const lines = text.split(/\r?\n/);
  const found: Detection[] = [
    { format: "anki", count: countAnki(lines) },
    { format: "headings", count: countHeadings(lines) },
    { format: "numbered", count: countNumbered(lines) },
    { format: "gift", count: /\.gift$/i.test(fileName) || /::[^:\n]+::/.test(text) ? countGift(text) : 0 },
    { format: "table", count: countTable(lines) },
  ];
  // A tab-separated export without headers (older Anki) is still Anki when nothing else fits.
  if (found.every((d) => d.count === 0) && /\.(txt|tsv|csv)$/i.test(fileName)) {
    found[0]!.count = lines.filter((l) => l.includes("\t")).length;
  }
  return found.filter((d) => d.count > 0).sort((a, b) => b.count - a.count);
}

export function detectFormat(text: string, fileName = ""): Detection | undefined {
  return detectFormats(text, fileName)[0];
}
