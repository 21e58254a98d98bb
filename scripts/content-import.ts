// `npm run content:import -- <file or folder> --out <folder> [--format auto|headings|numbered|gift|anki|table]
//   [--topic <slug>] [--title <text>] [--domain <id>] [--source <url or attribution>]`
// Converts public question banks into Stratus banks marked `imported: true`. Prints one line per
// question it could not take (file:line: why), imports the rest, and ends with "imported N of M".
// Exit 0 when something was imported, 1 when nothing was, 2 on a usage error.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { slug } from "github-slugger";
import { FORMAT_NAMES, FORMATS, importText, newSeen, writeBank, type ImportFormat, type ImportResult } from "../lib/content/import";
import type { AcceptedCard, AcceptedQuestion } from "../lib/content/import/finalise";
import { bankImages, imageTarget } from "../lib/content/import/images";

const USAGE = `usage: npm run content:import -- <file or folder> --out <folder> [--format auto|${FORMATS.join("|")}] [--topic <slug>] [--title <text>] [--domain <id>] [--source <url>]`;
const READABLE = /\.(md|markdown|gift|txt|tsv|csv)$/i;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function listFiles(input: string): string[] {
  const stat = fs.statSync(input);
  if (stat.isFile()) return [input];
  return fs
    .readdirSync(input, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && READABLE.test(entry.name) && !entry.parentPath.split(path.sep).some((p) => p.startsWith(".")))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

/** README.md is named after its folder: a repository's README is its bank. */
function bankSlug(file: string): string {
  const base = path.basename(file).replace(/(\.questions)?\.[^.]+$/, "");
  return slug(/^readme$/i.test(base) ? path.basename(path.dirname(path.resolve(file))) : base) || "imported";
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: "string" },
        format: { type: "string", default: "auto" },
        topic: { type: "string" },
        title: { type: "string" },
        domain: { type: "string" },
        source: { type: "string" },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.out) fail(USAGE);
  const format = values.format as ImportFormat | "auto";
  if (format !== "auto" && !FORMATS.includes(format)) fail(`unknown format "${format}": use auto, ${FORMATS.join(", ")}\n${USAGE}`);
  if (values.topic !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.topic)) {
    fail(`--topic must be a slug (lower-case letters, digits and hyphens), not "${values.topic}"`);
  }
  const input = positionals[0]!;
  if (!fs.existsSync(input)) fail(`${input}: no such file or folder`, 1);

  const files = listFiles(input);
  const seen = newSeen();
  const banks = new Map<string, { title?: string; questions: AcceptedQuestion[]; flashcards: AcceptedCard[] }>();
  /** Image file to copy → where it goes; found per source file, since links are relative to it. */
  const images = new Map<string, string>();
  const missingImages: string[] = [];
  let taken = 0;
  let total = 0;
  let duplicates = 0;

  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const label = path.relative(process.cwd(), file) || file;
    const result: ImportResult | undefined = importText(text, { format, fileName: label, seen });
    if (!result) {
      console.log(`${label}: no questions found in a known format (${FORMATS.join(", ")}); skipped`);
      continue;
    }
    console.log(`${label}: ${FORMAT_NAMES[result.format]}${result.detected ? " (detected)" : ""}`);
    for (const problem of result.skipped) console.log(`${label}:${problem.line}: skipped: ${problem.message}`);
    duplicates += result.skipped.filter((problem) => problem.message.startsWith("duplicate of")).length;
    for (const image of bankImages(result.questions, result.flashcards)) {
      const from = path.resolve(path.dirname(file), image);
      const to = imageTarget(image, values.out);
      if (!to) continue;
      const claimed = [...images].find(([other, target]) => target === to && other !== from);
      if (claimed) missingImages.push(`${label}: image ${image} would overwrite ${claimed[0]}; the bank links to the first one`);
      else if (fs.existsSync(from) && fs.statSync(from).isFile()) images.set(from, to);
      else missingImages.push(`${label}: image ${image} not found; the bank links to it as written`);
    }
    taken += result.questions.length + result.flashcards.length;
    total += result.total;
    if (result.questions.length + result.flashcards.length === 0) continue;
    const name = values.topic ?? bankSlug(file);
    const bank = banks.get(name) ?? { title: result.title, questions: [], flashcards: [] };
    bank.questions.push(...result.questions);
    bank.flashcards.push(...result.flashcards);
    banks.set(name, bank);
  }

  fs.mkdirSync(values.out, { recursive: true });
  const written: string[] = [];
  for (const [name, bank] of banks) {
    const target = path.join(values.out, `${name}.questions.md`);
    const title = values.title ?? bank.title;
    fs.writeFileSync(target, writeBank({ title, domain: values.domain, source: values.source }, bank.questions, bank.flashcards));
    const relative = path.relative(process.cwd(), target);
    written.push(relative.startsWith("..") ? path.resolve(target) : relative);
  }
  for (const [from, to] of images) {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  }
  for (const line of missingImages) console.log(line);
  for (const file of written) console.log(`wrote ${file}`);
  if (images.size > 0) console.log(`copied ${images.size} image${images.size === 1 ? "" : "s"} beside the bank${written.length === 1 ? "" : "s"}`);
  // Public banks repeat questions across their practice exams: say how many of the skipped were
  // repeats (each imported once) and how many could not be read, so the count is not a mystery.
  if (taken < total) {
    const other = total - taken - duplicates;
    console.log(`skipped ${total - taken}: ${duplicates} duplicate${duplicates === 1 ? "" : "s"} (imported once), ${other} that could not be read (listed above)`);
  }
  console.log(`imported ${taken} of ${total}`);
  process.exitCode = taken > 0 ? 0 : 1;
}

main();
