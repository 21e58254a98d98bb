// Public practice exams with numbered stems, lettered options and the answer folded away:
//
//   1. A company wants … Which solution meets these requirements? (Choose two.)
//       - A. …
//       - B. …
//
//       <details markdown=1><summary markdown='span'>Answer</summary>
//         Correct answer: B, E
//         Explanation: …   (or a link)
//       </details>
//
// or as exam dumps write them, the answer and explanation on lines of their own:
//
//   Q1. Which service provides object storage?
//   A. Amazon EBS
//   B. Amazon S3
//   Answer: B
//   Explanation: …
import { LETTERED_OPTION, NUMBERED_STEM, STEM_NUMBER } from "./detect";
import { isNavigation } from "./headings";
import type { Converted, ImportedQuestion } from "./types";

const ANSWER = /correct\s+answers?\s*[:：]\s*(.*)$/i;
/** An answer on a line of its own, after the options: `Answer: B`, `Correct answer: B, D`, `Ans: A`. */
const ANSWER_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*)?(?:correct\s+)?(?:answers?|ans)(?:\*\*)?\s*[:：.]\s*(?:\*\*)?\s*(.+)$/i;
const EXPLANATION_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*)?explanation(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.*)$/i;

interface Draft extends ImportedQuestion {
  letters: string[];
  stemLines: string[];
  explanationLines: string[];
  answer?: string;
  stage: "stem" | "options" | "details" | "explanation" | "done";
}

/** "B, E", "B and E", "BE", "B E" → ["B", "E"]. */
function answerLetters(answer: string): string[] {
  const cleaned = answer.replace(/<[^>]+>/g, " ").replace(/\band\b/gi, " ").trim();
  if (/^[A-Ja-j]+$/.test(cleaned)) return [...cleaned.toUpperCase()];
  return [...new Set(cleaned.split(/[\s,;/&]+/).filter((t) => /^[A-Ja-j][.)]?$/.test(t)).map((t) => t[0]!.toUpperCase()))];
}

export function convertNumbered(text: string): Converted {
  const out: Converted = { questions: [], flashcards: [], problems: [] };
  let current: Draft | undefined;

  const close = () => {
    if (!current) return;
    const { letters, stemLines, explanationLines, answer, ...draft } = current;
    const question: ImportedQuestion = { line: draft.line, stem: "", options: draft.options };
    question.stem = stemLines.join("\n").trim();
    const explanation = explanationLines.join("\n").trim();
    if (explanation) question.explanation = explanation;
    if (question.options.length === 0) {
      out.problems.push({ line: question.line, message: "no lettered options under this question" });
    } else if (answer === undefined || answerLetters(answer).length === 0) {
      question.problem = "no correct answer given";
      out.questions.push(question);
    } else {
      const picked = answerLetters(answer);
      const unknown = picked.filter((l) => !letters.includes(l));
      if (unknown.length > 0) question.problem = `the answer names ${unknown.join(", ")}, which is not one of its options`;
      question.options.forEach((o, i) => (o.correct = picked.includes(letters[i]!)));
      out.questions.push(question);
    }
    current = undefined;
  };

  text.split(/\r?\n/).forEach((line, index) => {
    if (!current || current.stage !== "details") {
      const stem = NUMBERED_STEM.exec(line);
      if (stem && !LETTERED_OPTION.test(line)) {
        close();
        const first = line.replace(STEM_NUMBER, "").replace(/^\[domain:[^\]]*\]\s*/i, "");
        current = { line: index + 1, stem: "", options: [], letters: [], stemLines: [first], explanationLines: [], stage: "stem" };
        return;
      }
      if (!current) {
        if (out.title === undefined && /^#\s+/.test(line)) out.title = line.replace(/^#\s+/, "").trim();
        return;
      }
    }
    if (!current) return;
    const trimmed = line.trim();

    if (current.stage === "details") {
      const closing = /<\/details>/i.test(line);
      const inner = trimmed.replace(/<\/?details[^>]*>|<summary[^>]*>.*?<\/summary>/gi, "").trim();
      const answer = ANSWER.exec(inner);
      if (answer && current.answer === undefined) current.answer = answer[1]!;
      else if (inner || current.explanationLines.length > 0) current.explanationLines.push(inner.replace(/^explanation\s*:\s*/i, ""));
      if (closing) current.stage = "done";
      return;
    }
    if (/<details/i.test(line)) {
      current.stage = "details";
      const inner = trimmed.replace(/<details[^>]*>|<summary[^>]*>.*?<\/summary>/gi, "").trim();
      const answer = ANSWER.exec(inner);
      if (answer) current.answer = answer[1]!.replace(/<\/details>.*/i, "");
      if (/<\/details>/i.test(line)) current.stage = "done";
      return;
    }
    if (current.stage === "explanation") {
      if (trimmed || current.explanationLines.length > 0) current.explanationLines.push(trimmed);
      return;
    }
    if (current.stage === "done") return;
    if (current.stage === "options") {
      const answer = current.answer === undefined ? ANSWER_LINE.exec(line) : null;
      if (answer) {
        current.answer = answer[1]!.replace(/\*\*/g, "");
        return;
      }
      const explanation = EXPLANATION_LINE.exec(line);
      if (explanation) {
        current.stage = "explanation";
        if (explanation[1]!.trim()) current.explanationLines.push(explanation[1]!.trim());
        return;
      }
    }
    const option = LETTERED_OPTION.exec(line);
    if (option && current.answer === undefined && (current.stage === "options" || current.stemLines.join("").trim())) {
      current.stage = "options";
      current.letters.push((option[1] ?? option[2])!.toUpperCase());
      current.options.push({ text: trimmed.replace(/^(?:[-*+]\s+)?(?:[A-Ja-j][.)]|\([A-Ja-j]\))\s+/, "").trim(), correct: false });
      return;
    }
    if (isNavigation(line)) return;
    if (current.stage === "stem") current.stemLines.push(trimmed);
    else if (trimmed) {
      // A wrapped option line.
      const last = current.options[current.options.length - 1]!;
      last.text = `${last.text} ${trimmed}`;
    }
  });
  close();
  return out;
}
