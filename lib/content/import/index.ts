// Public question banks → Stratus banks. Pure apart from hashing: text in, questions, cards and
// problems out. scripts/content-import.ts reads and writes the files.
import { convertAnki } from "./anki";
import { detectFormat, FORMAT_NAMES, type ImportFormat } from "./detect";
import { finalise, newSeen, type Finalised, type Seen } from "./finalise";
import { convertGift } from "./gift";
import { convertHeadings } from "./headings";
import { convertNumbered } from "./numbered";
import { convertTable } from "./table";
import type { Converted } from "./types";

export { FORMAT_NAMES, type ImportFormat } from "./detect";
export { writeBank, type BankHeader } from "./write";
export { newSeen, type Seen } from "./finalise";

export const FORMATS = Object.keys(FORMAT_NAMES) as ImportFormat[];

const CONVERTERS: Record<ImportFormat, (text: string) => Converted> = {
  headings: convertHeadings,
  numbered: convertNumbered,
  gift: convertGift,
  anki: convertAnki,
  table: convertTable,
};

export interface ImportResult extends Finalised {
  format: ImportFormat;
  detected: boolean;
  title?: string;
}

/** Converts one file's text; `format: "auto"` detects it. Undefined when auto finds no known format. */
export function importText(text: string, options: { format: ImportFormat | "auto"; fileName: string; seen?: Seen }): ImportResult | undefined {
  const format = options.format === "auto" ? detectFormat(text, options.fileName)?.format : options.format;
  if (!format) return undefined;
  const converted = CONVERTERS[format](text);
  return {
    ...finalise(converted, options.fileName, options.seen ?? newSeen()),
    format,
    detected: options.format === "auto",
    ...(converted.title ? { title: converted.title } : {}),
  };
}
