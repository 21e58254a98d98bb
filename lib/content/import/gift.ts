// GIFT (Moodle's question format), read by gift-pegjs rather than by hand: its grammar covers
// escapes, weights, feedback and formats. Questions are parsed one blank-line-separated block at a
// time, so a syntax error costs one question (reported with its line), not the file.
import { parse, type GIFTQuestion, type TextChoice } from "gift-pegjs";
import type { Converted, ImportedOption } from "./types";

interface Chunk {
  line: number;
  text: string;
}

/** GIFT separates questions by blank lines. */
function chunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  let lines: string[] = [];
  let start = 1;
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) {
      if (lines.length) out.push({ line: start, text: lines.join("\n") });
      lines = [];
      return;
    }
    if (lines.length === 0) start = index + 1;
    lines.push(line);
  });
  if (lines.length) out.push({ line: start, text: lines.join("\n") });
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  Short: "short-answer",
  Numerical: "numerical",
  Essay: "essay",
  Matching: "matching",
};

const option = (choice: TextChoice): ImportedOption => ({
  text: choice.text.text.replace(/\s+/g, " ").trim(),
  // A weighted choice (~%50%…) is one of several right answers.
  correct: choice.isCorrect || (choice.weight ?? 0) > 0,
  ...(choice.feedback?.text ? { rationale: choice.feedback.text.trim() } : {}),
});

export function convertGift(text: string): Converted {
  const out: Converted = { questions: [], flashcards: [], problems: [] };
  for (const chunk of chunks(text)) {
    const body = chunk.text
      .split("\n")
      .filter((l) => !/^\s*\/\//.test(l))
      .join("\n");
    if (!body.trim()) continue;
    let parsed: GIFTQuestion[];
    try {
      parsed = parse(`${body}\n`);
    } catch (error) {
      out.problems.push({ line: chunk.line, message: `not valid GIFT: ${(error as Error).message}` });
      continue;
    }
    for (const question of parsed) {
      if (question.type === "Category" || question.type === "Description") continue;
      const stem = (question.stem.text || question.title || "").trim();
      const explanation = question.globalFeedback?.text?.trim();
      if (question.type === "MC") {
        out.questions.push({ line: chunk.line, stem, options: question.choices.map(option), ...(explanation ? { explanation } : {}) });
      } else if (question.type === "TF") {
        out.questions.push({
          line: chunk.line,
          stem,
          options: [
            { text: "True", correct: question.isTrue },
            { text: "False", correct: !question.isTrue },
          ],
          ...(explanation ? { explanation } : {}),
        });
      } else {
        out.problems.push({ line: chunk.line, message: `${TYPE_NAMES[question.type] ?? question.type} question: Stratus takes multiple choice and true/false only` });
      }
    }
  }
  return out;
}
