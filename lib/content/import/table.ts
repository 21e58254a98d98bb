// A question bank kept in a spreadsheet, saved as CSV or TSV: a header row names the columns, then
// one question per row.
//
//   Question,Option A,Option B,Option C,Option D,Answer,Explanation
//   "Which service stores objects?",Amazon EBS,Amazon S3,Amazon EFS,Amazon FSx,B,"S3 stores objects."
//
// Columns are found by their header, in any order and case: the question (`Question`, `Stem`,
// `Prompt`), two or more options (`Option A`…, `Choice 1`…, or just `A`, `B`…), the answer
// (`Answer`, `Correct`, `Correct answer(s)`, `Key`) and optionally an explanation (`Explanation`,
// `Rationale`). The answer is letters (`B`, `A, C`, `AC`), option numbers from 1 (`2`, `1;3`) or the
// text of the right options (`Amazon S3`, several separated by `;` or `|`). Rows are read by
// csv-parse, which knows the quoting rules (a quoted cell may hold commas and line breaks).
import { parse } from "csv-parse/sync";
import type { Converted, ImportedQuestion } from "./types";

const QUESTION = /^(?:question(?:\s+text)?|stem|prompt)$/i;
const OPTION = /^(?:(?:option|choice)\s*[-_ ]?\s*([a-j]|\d{1,2})|([a-j]))$/i;
const ANSWER = /^(?:answers?|correct(?:\s+(?:answers?|options?))?|key|answer\s+key)$/i;
const EXPLANATION = /^(?:explanation|rationale|reason(?:ing)?)$/i;

export interface TableColumns {
  question: number;
  /** Option columns in their order (A, B, … or 1, 2, …). */
  options: number[];
  answer: number;
  explanation?: number;
}

/** The delimiter of a header line: tab, semicolon (spreadsheets in many locales) or comma. */
export function tableDelimiter(header: string): string {
  if (header.includes("\t")) return "\t";
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** The columns a header row names, or undefined unless it has a question, two options and an answer. */
export function tableColumns(header: readonly string[]): TableColumns | undefined {
  const find = (pattern: RegExp) => header.findIndex((h) => pattern.test(h.trim()));
  const question = find(QUESTION);
  const answer = find(ANSWER);
  const options = header
    .map((h, index) => ({ index, key: OPTION.exec(h.trim()) }))
    .filter((o): o is { index: number; key: RegExpExecArray } => o.key !== null)
    .map(({ index, key }) => ({ index, order: optionOrder((key[1] ?? key[2])!) }))
    .sort((a, b) => a.order - b.order)
    .map((o) => o.index);
  if (question < 0 || answer < 0 || options.length < 2) return undefined;
  const explanation = find(EXPLANATION);
  return { question, options, answer, ...(explanation >= 0 ? { explanation } : {}) };
}

const optionOrder = (key: string) => (/^\d+$/.test(key) ? Number(key) - 1 : key.toUpperCase().charCodeAt(0) - 65);

/** 0-based indexes of the options an answer cell names, or undefined if it names none of them. */
export function answerIndexes(answer: string, options: readonly string[]): number[] | undefined {
  const cell = answer.trim();
  if (!cell) return undefined;
  const inRange = (indexes: number[]) => (indexes.every((i) => i >= 0 && i < options.length) ? [...new Set(indexes)] : undefined);
  if (/^[A-Ja-j](?:\s*[,;/&|]\s*[A-Ja-j])*$/.test(cell) || /^[A-J]{2,}$/.test(cell)) {
    return inRange([...cell.replace(/[^A-Ja-j]/g, "").toUpperCase()].map((l) => l.charCodeAt(0) - 65));
  }
  if (/^\d{1,2}(?:\s*[,;/&|\s]\s*\d{1,2})*$/.test(cell)) return inRange(cell.split(/\D+/).map((n) => Number(n) - 1));
  const texts = options.map((o) => o.trim().toLowerCase());
  const named = (cell.includes(";") || cell.includes("|") ? cell.split(/[;|]/) : [cell]).map((t) => texts.indexOf(t.trim().toLowerCase()));
  return named.length > 0 && named.every((i) => i >= 0) ? [...new Set(named)] : undefined;
}

export function convertTable(text: string): Converted {
  const out: Converted = { questions: [], flashcards: [], problems: [] };
  const source = text.replace(/^\uFEFF/, "");
  let rows: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    rows = parse(source, {
      delimiter: tableDelimiter(source.split(/\r?\n/, 1)[0] ?? ""),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  } catch (error) {
    out.problems.push({ line: 1, message: `cannot read the rows: ${(error as Error).message}` });
    return out;
  }
  const columns = rows[0] ? tableColumns(rows[0].record) : undefined;
  if (!columns) {
    out.problems.push({ line: 1, message: "the first row must name the columns: a question, two or more options and the answer" });
    return out;
  }
  for (const { record, info, raw } of rows.slice(1)) {
    // info.lines is the line the row ends on: back up over the line breaks inside its quoted cells.
    const line = info.lines - (raw.replace(/^[\r\n]+/, "").trimEnd().match(/\n/g)?.length ?? 0);
    const cell = (index: number | undefined) => (index === undefined ? "" : (record[index] ?? "").trim());
    const stem = cell(columns.question);
    if (!stem && record.every((value) => !value.trim())) continue;
    // Options are kept in their columns' order; empty cells (a question with fewer options) are left out.
    const filled = columns.options.map((index) => cell(index)).filter(Boolean);
    const question: ImportedQuestion = { line, stem, options: filled.map((text) => ({ text, correct: false })) };
    const explanation = cell(columns.explanation);
    if (explanation) question.explanation = explanation;
    if (!stem) {
      out.problems.push({ line, message: "the question cell is empty" });
      continue;
    }
    const picked = answerIndexes(cell(columns.answer), filled);
    if (picked === undefined) {
      question.problem = cell(columns.answer)
        ? `the answer "${cell(columns.answer)}" names no option of this question (give letters, option numbers or an option's text)`
        : "no correct answer given";
    } else {
      for (const index of picked) question.options[index]!.correct = true;
    }
    out.questions.push(question);
  }
  return out;
}
