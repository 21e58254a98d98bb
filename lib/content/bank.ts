// Parses one `*.questions.md` bank into questions and flashcards that still hold Markdown.
// Line-based on purpose: every problem must name the line a human should fix. Rendering and
// checks that need other files (anchors, duplicate ids) live in load.ts.
import matter from "gray-matter";
import { z } from "zod";
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
  source: RawSource;
  stem: string;
  options: RawOption[];
  explanation: string;
}

export interface RawFlashcard {
  id: string;
  line: number;
  front: string;
  back: string;
  source: RawSource;
}

export interface RawBank {
  topic: string;
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
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, "2": 2, "3": 3, "4": 4, "5": 5 };
const CHOOSE = /\(\s*choose\s+(two|three|four|five|[2-5])\s*\.?\s*\)/i;

const bankFrontMatterSchema = z.strictObject({ topic: z.string().regex(new RegExp(`^${ID}$`)).optional() });

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

function parseQuestion(file: string, block: Block, id: string, issues: ContentIssue[]): RawQuestion | undefined {
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
  const chooseWord = CHOOSE.exec(stemText)?.[1]?.toLowerCase();
  const choose = chooseWord ? NUMBER_WORDS[chooseWord]! : 1;

  if (!stemText) report(block.line, `question ${id} has no question text`);
  if (!source) report(block.line, `question ${id} has no "Source:" link to the note section it tests`);
  if (!difficulty) report(block.line, `question ${id} has no "Difficulty:" (easy, medium or hard)`);
  if (options.length < 2 || options.length > 6) {
    report(block.line, `question ${id} has ${options.length} option${options.length === 1 ? "" : "s"}; it needs 2 to 6`);
  }
  if (options.length > 0 && correct === 0) report(block.line, `question ${id} has no correct option: mark it "- [x]"`);
  if (!chooseWord && correct > 1) {
    report(block.line, `single-answer question ${id} marks ${correct} correct options; add "(Choose ${correct === 2 ? "two" : "three"}.)" to the stem for multiple response`);
  }
  if (chooseWord && correct !== choose && correct > 0) {
    report(block.line, `question ${id} says "Choose ${choose}" but marks ${correct} correct option${correct === 1 ? "" : "s"}`);
  }
  if (chooseWord && options.length <= choose) {
    report(block.line, `question ${id} asks to choose ${choose} of only ${options.length} options`);
  }
  if (!explanationText) report(block.line, `question ${id} has no explanation: add a paragraph starting "Explanation:"`);

  issues.push(...problems.map((p) => ({ file, line: p.line, message: p.message, severity: "error" as const })));
  if (problems.length > 0 || !source || !difficulty) return undefined;
  return {
    id,
    line: block.line,
    kind: chooseWord ? "multiple" : "single",
    choose,
    difficulty,
    source,
    stem: stemText,
    options,
    explanation: explanationText,
  };
}

function parseFlashcards(file: string, block: Block, issues: ContentIssue[]): RawFlashcard[] {
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

  const addCard = (front: string, back: string, idText: string, line: number) => {
    const id = CARD_ID.exec(idText)?.[1];
    const clean = (s: string) => s.replace(CARD_ID, "").trim();
    if (!id) return error(line, `flashcard has no id: end it with <!--id:your-card-id-->`);
    if (!source) return error(line, `flashcard ${id} has no "Source:" line above it`);
    if (!clean(front) || !clean(back)) return error(line, `flashcard ${id} needs both a front and a back`);
    cards.push({ id, line, front: clean(front), back: clean(back), source });
  };

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
    const split = rest.findIndex((entry) => entry.text.trim() === "?");
    if (split >= 0) {
      const text = rest.map((e) => e.text).join("\n");
      addCard(
        rest.slice(0, split).map((e) => e.text).join("\n"),
        rest.slice(split + 1).map((e) => e.text).join("\n"),
        text,
        rest[0]!.line,
      );
      continue;
    }
    for (const entry of rest) {
      const at = entry.text.indexOf("::");
      if (CARD_ID.test(entry.text) && entry.text.replace(CARD_ID, "").trim() === "") continue;
      if (at < 0 || entry.text.includes(":::")) {
        error(entry.line, `not a flashcard: write "front::back" on one line, or front lines, a line with only "?", then back lines`);
        continue;
      }
      addCard(entry.text.slice(0, at), entry.text.slice(at + 2), entry.text, entry.line);
    }
  }
  return cards;
}

export function parseBank(file: string, raw: string, defaultTopic: string): RawBank {
  const issues: ContentIssue[] = [];
  let topic = defaultTopic;
  let body = raw;
  let bodyStartLine = 1;

  if (hasFrontMatter(raw)) {
    try {
      const parsed = matter(raw, {}); // options disable gray-matter's cache, whose hits lack `.matter`
      const frontMatter = parsed.matter.replace(/^\r?\n/, "");
      const result = bankFrontMatterSchema.safeParse(parsed.data);
      if (result.success) topic = result.data.topic ?? defaultTopic;
      else issues.push(...frontMatterIssues(file, frontMatter, result.error));
      const head = raw.slice(0, raw.length - parsed.content.length);
      bodyStartLine = head.split("\n").length;
      body = parsed.content;
    } catch (error) {
      issues.push({ file, line: 1, message: `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`, severity: "error" });
      return { topic, questions: [], flashcards: [], issues };
    }
  }

  const lines = body.split(/\r?\n/).map((text, index) => ({ text, line: bodyStartLine + index }));
  const { preamble, blocks } = splitBlocks(lines);
  for (const entry of preamble) {
    if (OPTION.test(entry.text) || /::/.test(entry.text)) {
      issues.push({ file, line: entry.line, message: `question or flashcard text before any "## Question <id>" or "## Flashcards" heading`, severity: "error" });
    }
  }

  const questions: RawQuestion[] = [];
  const flashcards: RawFlashcard[] = [];
  let sawFlashcards = false;
  for (const block of blocks) {
    const question = QUESTION_HEADING.exec(block.heading);
    if (question) {
      const parsed = parseQuestion(file, block, question[1]!, issues);
      if (parsed) questions.push(parsed);
    } else if (/^## +Question\b/i.test(block.heading)) {
      issues.push({ file, line: block.line, message: `"${block.heading}" needs an id: "## Question <id>", lower-case letters, digits and hyphens`, severity: "error" });
    } else if (/^## +Flashcards *$/i.test(block.heading)) {
      if (sawFlashcards) issues.push({ file, line: block.line, message: `a second "## Flashcards" block: keep one per bank`, severity: "error" });
      sawFlashcards = true;
      flashcards.push(...parseFlashcards(file, block, issues));
    } else {
      issues.push({ file, line: block.line, message: `unrecognised block "${block.heading}": expected "## Question <id>" or "## Flashcards"`, severity: "error" });
    }
  }
  return { topic, questions, flashcards, issues };
}
