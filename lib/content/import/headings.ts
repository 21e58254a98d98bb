// Public Markdown banks where each question is a `###` heading followed by `- [ ]`/`- [x]`
// options (the layout of the popular SAA-C03 and other practice-exam repositories). The preamble,
// tables of contents and "⬆ Back to Top" lines are skipped; text after the options is the explanation.
import { TASK_OPTION } from "./detect";
import type { Converted, ImportedQuestion } from "./types";

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const OPTION = /^\s*[-*+]\s+\[( |x|X)\]\s+(.*)$/;
/** "**[⬆ Back to Top](#table-of-contents)**", "[Back](#top)", "---": navigation, not content. */
export function isNavigation(line: string): boolean {
  const text = line.trim();
  if (/^([-*_])(\s*\1){2,}$/.test(text)) return true;
  if (/back\s+to\s+(top|contents|index)/i.test(text)) return true;
  return /^[*_]*\[[^\]]*\]\(#[^)]*\)[*_]*$/.test(text);
}

/** A `###` block with no options counts as a question the converter missed only if it reads like one. */
const looksLikeQuestion = (stem: string) => /\?\s*(\([^)]*\))?\s*$/.test(stem) || stem.length > 80;

export function convertHeadings(text: string): Converted {
  const lines = text.split(/\r?\n/);
  const out: Converted = { questions: [], flashcards: [], problems: [] };
  let current: (ImportedQuestion & { explanationLines: string[]; stemLines: string[] }) | undefined;
  let inFence = false;
  /** The line before was an option (or its continuation): a plain line now continues it. */
  let inOption = false;

  const close = () => {
    if (!current) return;
    const { explanationLines, stemLines, ...question } = current;
    question.stem = stemLines.join("\n").trim();
    const explanation = explanationLines.join("\n").trim();
    if (explanation) question.explanation = explanation;
    if (question.options.length > 0) out.questions.push(question);
    else if (looksLikeQuestion(question.stem)) out.problems.push({ line: question.line, message: "no options under this question" });
    current = undefined;
  };

  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) {
      inOption = false;
      close();
      if (heading[1]!.length === 1 && out.title === undefined && out.questions.length === 0) out.title = heading[2];
      if (heading[1]!.length >= 3) {
        current = { line: index + 1, stem: "", options: [], stemLines: [heading[2]!], explanationLines: [] };
      }
      return;
    }
    if (!current) return;
    const option = inFence ? null : OPTION.exec(line);
    if (option && current.explanationLines.length === 0) {
      current.options.push({ text: option[2]!.trim(), correct: option[1] !== " " });
      inOption = true;
      return;
    }
    const continues = inOption && line.trim() !== "";
    inOption = continues;
    if (isNavigation(line)) {
      inOption = false;
      return;
    }
    if (current.options.length === 0) {
      current.stemLines.push(line);
      return;
    }
    const last = current.options[current.options.length - 1]!;
    // An indented line, or (CommonMark's lazy continuation) any line straight after an option with
    // no blank line between, belongs to that option: wrapped text, or an option that is an image.
    if (current.explanationLines.length === 0 && (continues || /^\s{2,}\S/.test(line)) && !TASK_OPTION.test(line)) {
      last.text = `${last.text} ${line.trim()}`;
      return;
    }
    if (line.trim() || current.explanationLines.length > 0) current.explanationLines.push(line);
  });
  close();
  return out;
}
