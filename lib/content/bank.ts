// Parses one `*.questions.md` bank into questions and flashcards that still hold Markdown.
// Line-based on purpose: every problem must name the line a human should fix. Rendering and
// checks that need other files (anchors, duplicate ids) live in load.ts.
import matter from "gray-matter";
import { z } from "zod";
import { chooseHint, findChoose } from "./choose";
import { clozeCards } from "./cloze";
import { FORMAT_NAMES, detectFormat } from "./import/detect";
import { frontMatterIssues, hasFrontMatter } from "./notes";
import type { ContentIssue, Difficulty } from "./types";

export interface RawSource {
  label: string;
  /** The note the link names, as a slug; undefined means the bank's own topic. */
  topic?: string;
  anchor: string;
  line: number;
}

export interface RawOption {
  markdown: string;
  rationale?: string;
  correct: boolean;
  line: number;
}

export interface RawQuestion {
  id: string;
  line: number;
  kind: "single" | "multiple";
  choose: number;
  difficulty: Difficulty;
  /** Absent only in imported banks. */
  source?: RawSource;
  stem: string;
  options: RawOption[];
  explanation: string;
}

export interface RawFlashcard {
  id: string;
  line: number;
  front: string;
  back: string;
  /** Absent only in imported banks. */
  source?: RawSource;
}

export interface BankMeta {
  /** `imported: true`: questions may lack Source, Difficulty and Explanation (warnings, not errors). */
  imported: boolean;
  /** Title of the topic when the bank has no note of its own. */
  title?: string;
  /** Domain of the topic when the bank has no note of its own. */
  domain?: string;
  /** Where an imported bank came from: a URL or an attribution. */
  source?: string;
  /** The front matter named the topic (so a missing note is a typo, not a bank standing alone). */
  topicNamed: boolean;
}

export interface RawBank {
  topic: string;
  meta: BankMeta;
  questions: RawQuestion[];
  flashcards: RawFlashcard[];
  issues: ContentIssue[];
}

const ID = "[a-z0-9]+(?:-[a-z0-9]+)*";
const QUESTION_HEADING = new RegExp(`^## +Question +(${ID}) *$`);
const OPTION = /^[-*+] \[( |x|X)\] +(.*)$/;
const META_LINE = /^(source|difficulty)\s*:/i;
const SOURCE_LINK = /^\[([^\]]+)\]\(([^)#\s]*)#([^)\s]+)\)$/;
const CARD_ID = new RegExp(`<!--\\s*id:\\s*(${ID})\\s*-->`);

const bankFrontMatterSchema = z.strictObject({
  topic: z.string().regex(new RegExp(`^${ID}$`)).optional(),
  title: z.string().trim().min(1).optional(),
  domain: z.string().trim().min(1).optional(),
  imported: z.boolean().optional(),
  source: z.string().trim().min(1).optional(),
});

interface Block {
  heading: string;
  line: number;
  lines: { text: string; line: number }[];
}

function splitBlocks(lines: { text: string; line: number }[]): { preamble: Block["lines"]; blocks: Block[] } {
  const preamble: Block["lines"] = [];
  const blocks: Block[] = [];
  let inFence = false;
  for (const entry of lines) {
    if (/^\s*(```|~~~)/.test(entry.text)) inFence = !inFence;
    if (!inFence && /^## /.test(entry.text)) {
      blocks.push({ heading: entry.text.trim(), line: entry.line, lines: [] });
    } else if (blocks.length > 0) {
      blocks[blocks.length - 1]!.lines.push(entry);
    } else {
      preamble.push(entry);
    }
  }
  return { preamble, blocks };
}

function parseSource(value: string, line: number): RawSource | string {
  const match = SOURCE_LINK.exec(value.trim());
  if (!match) return `Source must be a link to a heading, like [Timeout](#timeout) or [Timeout](other-note.md#timeout)`;
  const [, label, path, anchor] = match;
  const slug = path ? /([^/]+)\.md$/.exec(path)?.[1] : undefined;
  if (path && !slug) return `Source link "${path}" must name a .md note`;
  return { label: label!.trim(), topic: slug, anchor: decodeURIComponent(anchor!), line };
}

/** `Source: [..](..#..) · Difficulty: medium` (either part may also stand on its own line). */
function parseMetaLine(
  text: string,
  line: number,
  issues: string[],
): { source?: RawSource; difficulty?: Difficulty } {
  const out: { source?: RawSource; difficulty?: Difficulty } = {};
  for (const part of text.split(/\s+[·|]\s+/)) {
    const match = /^(source|difficulty)\s*:\s*(.*)$/i.exec(part.trim());
    if (!match) {
      issues.push(`unexpected "${part.trim()}" in the Source/Difficulty line`);
      continue;
    }
    const [, key, value] = match;
    if (key!.toLowerCase() === "source") {
      const source = parseSource(value!, line);
      if (typeof source === "string") issues.push(source);
      else out.source = source;
    } else {
      const difficulty = value!.trim().toLowerCase();
      if (difficulty === "easy" || difficulty === "medium" || difficulty === "hard") out.difficulty = difficulty;
      else issues.push(`Difficulty must be easy, medium or hard, not "${value!.trim()}"`);
    }
  }
  return out;
}

/** What an imported bank lacks, counted per kind so a 1,000-question bank gives three warnings, not 3,000. */
export interface Missing {
  source: number[];
  difficulty: number[];
  explanation: number[];
}

function parseQuestion(file: string, block: Block, id: string, issues: ContentIssue[], missing?: Missing): RawQuestion | undefined {
  const problems: { line: number; message: string }[] = [];
  const report = (line: number, message: string) => problems.push({ line, message });
  let source: RawSource | undefined;
  let difficulty: Difficulty | undefined;
  const stem: string[] = [];
  const options: RawOption[] = [];
  const explanation: string[] = [];
  let stage: "stem" | "options" | "explanation" = "stem";

  for (const { text, line } of block.lines) {
    if (stage === "explanation") {
      explanation.push(text);
      continue;
    }
    if (META_LINE.test(text)) {
      const messages: string[] = [];
      const meta = parseMetaLine(text, line, messages);
      messages.forEach((m) => report(line, m));
      source = meta.source ?? source;
      difficulty = meta.difficulty ?? difficulty;
      continue;
    }
    const option = OPTION.exec(text);
    if (option) {
      stage = "options";
      options.push({ markdown: option[2]!.trim(), correct: option[1] !== " ", line });
      continue;
    }
    const explanationStart = /^explanation\s*:\s*(.*)$/i.exec(text);
    if (explanationStart) {
      stage = "explanation";
      explanation.push(explanationStart[1]!);
      continue;
    }
    if (stage === "stem") {
      stem.push(text);
      continue;
    }
    // Between options: indented lines belong to the option above.
    const last = options[options.length - 1]!;
    if (/^\s*$/.test(text)) continue;
    const indented = /^\s{2,}(?:[-*+]\s+)?(.*)$/.exec(text);
    if (indented) {
      if (/^\s{2,}[-*+]\s/.test(text) || last.rationale !== undefined) {
        last.rationale = last.rationale === undefined ? indented[1]! : `${last.rationale} ${indented[1]!}`;
      } else {
        last.markdown = `${last.markdown} ${indented[1]!}`;
      }
      continue;
    }
    report(line, `unexpected text after the options: start the explanation with "Explanation:"`);
  }

  const stemText = stem.join("\n").trim();
  const explanationText = explanation.join("\n").trim();
  const correct = options.filter((o) => o.correct).length;
  const chooseWord = findChoose(stemText);
  const choose = chooseWord ? chooseWord.count : 1;

  if (!stemText) report(block.line, `question ${id} has no question text`);
  if (missing) {
    if (!source) missing.source.push(block.line);
    if (!difficulty) missing.difficulty.push(block.line);
    if (!explanationText) missing.explanation.push(block.line);
  } else {
    if (!source) report(block.line, `question ${id} has no "Source:" link to the note section it tests`);
    if (!difficulty) report(block.line, `question ${id} has no "Difficulty:" (easy, medium or hard)`);
  }
  if (options.length < 2 || options.length > 6) {
    report(block.line, `question ${id} has ${options.length} option${options.length === 1 ? "" : "s"}; it needs 2 to 6`);
  }
  if (options.length > 0 && correct === 0) report(block.line, `question ${id} has no correct option: mark it "- [x]"`);
  if (!chooseWord && correct > 1) {
    report(block.line, `single-answer question ${id} marks ${correct} correct options; add "${chooseHint(correct)}" to the stem for multiple response`);
  }
  if (chooseWord && correct !== choose && correct > 0) {
    report(block.line, `question ${id} says "Choose ${choose}" but marks ${correct} correct option${correct === 1 ? "" : "s"}`);
  }
  if (chooseWord && options.length <= choose) {
    report(block.line, `question ${id} asks to choose ${choose} of only ${options.length} options`);
  }
  if (!explanationText && !missing) report(block.line, `question ${id} has no explanation: add a paragraph starting "Explanation:"`);

  issues.push(...problems.map((p) => ({ file, line: p.line, message: p.message, severity: "error" as const })));
  if (problems.length > 0 || (!missing && (!source || !difficulty))) return undefined;
  return {
    id,
    line: block.line,
    kind: chooseWord ? "multiple" : "single",
    choose,
    difficulty: difficulty ?? "medium",
    ...(source ? { source } : {}),
    stem: stemText,
    options,
    explanation: explanationText,
  };
}

const ANKI_CLOZE = /\{\{c\d+::[\s\S]*?\}\}/g;

function parseFlashcards(file: string, block: Block, issues: ContentIssue[], imported: boolean): RawFlashcard[] {
  const cards: RawFlashcard[] = [];
  const error = (line: number, message: string) => issues.push({ file, line, message, severity: "error" });
  let source: RawSource | undefined;

  // Paragraphs: runs of non-blank lines.
  const paragraphs: Block["lines"][] = [];
  let current: Block["lines"] = [];
  for (const entry of block.lines) {
    if (entry.text.trim() === "") {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(entry);
  }
  if (current.length) paragraphs.push(current);

  const clean = (s: string) => s.replace(CARD_ID, "").trim();
  /** Checks the id and source once, then adds each side pair under its own id (derived ids for reversed and cloze cards). */
  const addCards = (idText: string, line: number, sides: { suffix: string; front: string; back: string }[]) => {
    const id = CARD_ID.exec(idText)?.[1];
    if (!id) return error(line, `flashcard has no id: end it with <!--id:your-card-id-->`);
    if (!source && !imported) return error(line, `flashcard ${id} has no "Source:" line above it`);
    if (sides.length === 0 || sides.some((side) => !clean(side.front) || !clean(side.back))) {
      return error(line, `flashcard ${id} needs both a front and a back`);
    }
    for (const side of sides) {
      cards.push({ id: `${id}${side.suffix}`, line, front: clean(side.front), back: clean(side.back), ...(source ? { source } : {}) });
    }
  };
  const both = (front: string, back: string) => [
    { suffix: "", front, back },
    { suffix: "-reverse", front: back, back: front },
  ];

  for (const paragraph of paragraphs) {
    let rest = paragraph;
    while (rest.length > 0 && META_LINE.test(rest[0]!.text)) {
      const messages: string[] = [];
      const meta = parseMetaLine(rest[0]!.text, rest[0]!.line, messages);
      messages.forEach((m) => error(rest[0]!.line, m));
      if (meta.source) source = meta.source;
      rest = rest.slice(1);
    }
    if (rest.length === 0) continue;
    const text = rest.map((e) => e.text).join("\n");
    const join = (entries: Block["lines"]) => entries.map((e) => e.text).join("\n");
    // Multi-line: front lines, "?" (one way) or "??" (both ways), back lines.
    const split = rest.findIndex((entry) => entry.text.trim() === "?" || entry.text.trim() === "??");
    if (split >= 0) {
      const front = join(rest.slice(0, split));
      const back = join(rest.slice(split + 1));
      addCards(text, rest[0]!.line, rest[split]!.text.trim() === "??" ? both(front, back) : [{ suffix: "", front, back }]);
      continue;
    }
    // Cloze: ==hidden== or Anki's {{c1::hidden}} anywhere in a paragraph with no "::" card in it.
    const withoutAnki = text.replace(ANKI_CLOZE, "");
    const cloze = clozeCards(clean(text));
    if (cloze.length > 0 && !withoutAnki.replace(CARD_ID, "").includes("::")) {
      addCards(text, rest[0]!.line, cloze.map((c) => ({ suffix: `-c${c.number}`, front: c.front, back: c.back })));
      continue;
    }
    for (const entry of rest) {
      if (CARD_ID.test(entry.text) && clean(entry.text) === "") continue;
      const reversed = entry.text.indexOf(":::");
      const at = entry.text.indexOf("::");
      if (reversed >= 0) {
        addCards(entry.text, entry.line, both(entry.text.slice(0, reversed), entry.text.slice(reversed + 3)));
      } else if (at >= 0) {
        addCards(entry.text, entry.line, [{ suffix: "", front: entry.text.slice(0, at), back: entry.text.slice(at + 2) }]);
      } else {
        error(
          entry.line,
          `not a flashcard: write "front::back" (or "front:::back" for both ways) on one line, front lines then "?" (or "??") then back lines, or a cloze with ==hidden== or {{c1::hidden}}`,
        );
      }
    }
  }
  return cards;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function parseBank(file: string, raw: string, defaultTopic: string): RawBank {
  const issues: ContentIssue[] = [];
  let topic = defaultTopic;
  let meta: BankMeta = { imported: false, topicNamed: false };
  let body = raw;
  let bodyStartLine = 1;

  if (hasFrontMatter(raw)) {
    try {
      const parsed = matter(raw, {}); // options disable gray-matter's cache, whose hits lack `.matter`
      const frontMatter = parsed.matter.replace(/^\r?\n/, "");
      const result = bankFrontMatterSchema.safeParse(parsed.data);
      if (result.success) {
        const { topic: named, imported, ...rest } = result.data;
        topic = named ?? defaultTopic;
        meta = { ...rest, imported: imported === true, topicNamed: named !== undefined };
      } else issues.push(...frontMatterIssues(file, frontMatter, result.error));
      const head = raw.slice(0, raw.length - parsed.content.length);
      bodyStartLine = head.split("\n").length;
      body = parsed.content;
    } catch (error) {
      issues.push({ file, line: 1, message: `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`, severity: "error" });
      return { topic, meta, questions: [], flashcards: [], issues };
    }
  }

  const lines = body.split(/\r?\n/).map((text, index) => ({ text, line: bodyStartLine + index }));
  const { preamble, blocks } = splitBlocks(lines);

  // A public bank pasted in as is: one error that says what it is and how to bring it in, instead
  // of one per line.
  if (!blocks.some((b) => QUESTION_HEADING.test(b.heading) || /^## +Flashcards *$/i.test(b.heading))) {
    const foreign = detectFormat(body, file);
    if (foreign && foreign.format !== "gift") {
      issues.push({
        file,
        line: bodyStartLine,
        message:
          `this bank holds ${plural(foreign.count, "question")} written as ${FORMAT_NAMES[foreign.format]}, which Stratus does not read directly: ` +
          `convert it with "npm run content:import -- ${file} --out <folder>" and delete this file`,
        severity: "error",
      });
      return { topic, meta, questions: [], flashcards: [], issues };
    }
  }

  for (const entry of preamble) {
    if (OPTION.test(entry.text) || /::/.test(entry.text)) {
      issues.push({ file, line: entry.line, message: `question or flashcard text before any "## Question <id>" or "## Flashcards" heading`, severity: "error" });
    }
  }

  const missing: Missing | undefined = meta.imported ? { source: [], difficulty: [], explanation: [] } : undefined;
  const questions: RawQuestion[] = [];
  const flashcards: RawFlashcard[] = [];
  let sawFlashcards = false;
  for (const block of blocks) {
    const question = QUESTION_HEADING.exec(block.heading);
    if (question) {
      const parsed = parseQuestion(file, block, question[1]!, issues, missing);
      if (parsed) questions.push(parsed);
    } else if (/^## +Question\b/i.test(block.heading)) {
      issues.push({ file, line: block.line, message: `"${block.heading}" needs an id: "## Question <id>", lower-case letters, digits and hyphens`, severity: "error" });
    } else if (/^## +Flashcards *$/i.test(block.heading)) {
      if (sawFlashcards) issues.push({ file, line: block.line, message: `a second "## Flashcards" block: keep one per bank`, severity: "error" });
      sawFlashcards = true;
      flashcards.push(...parseFlashcards(file, block, issues, meta.imported));
    } else {
      issues.push({ file, line: block.line, message: `unrecognised block "${block.heading}": expected "## Question <id>" or "## Flashcards"`, severity: "error" });
    }
  }

  if (missing) {
    const lacks = ([key, what]: readonly [keyof Missing, string]) => {
      const at = missing[key];
      if (at.length === 0) return;
      issues.push({
        file,
        line: at[0]!,
        message: `imported bank: ${plural(at.length, "question")} ${at.length === 1 ? "has" : "have"} no ${what}${at.length > 1 ? ` (first at line ${at[0]})` : ""}`,
        severity: "warning",
      });
    };
    ([["source", '"Source:" link, so no "Study this" link'], ["difficulty", '"Difficulty:" (medium is assumed)'], ["explanation", "explanation"]] as const).forEach(lacks);
  }
  if (questions.length === 0 && flashcards.length === 0 && !issues.some((i) => i.severity === "error")) {
    issues.push({
      file,
      line: bodyStartLine,
      message: `bank has no questions and no flashcards: each question starts "## Question <id>", flashcards go under "## Flashcards" (see content/README.md)`,
      severity: "error",
    });
  }
  return { topic, meta, questions, flashcards, issues };
}
