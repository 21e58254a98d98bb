// Rules every imported question and card passes, whatever its format: 2 to 6 options, at least
// one right answer, a "Choose N" that matches, no duplicates. Ids come from the normalised stem
// (or card front), so re-importing an updated bank keeps learners' progress on unchanged questions.
import { createHash } from "node:crypto";
import { chooseHint, findChoose, normaliseStem } from "../choose";
import type { Converted, ImportedCard, ImportedQuestion, ImportProblem } from "./types";

export interface AcceptedQuestion extends ImportedQuestion {
  id: string;
}

export interface AcceptedCard extends ImportedCard {
  id: string;
}

export interface Finalised {
  questions: AcceptedQuestion[];
  flashcards: AcceptedCard[];
  /** Everything not taken, one per question or card, with its line and why. */
  skipped: ImportProblem[];
  /** Questions and cards found, taken or not. */
  total: number;
}

const hash = (text: string) => createHash("sha1").update(text).digest("hex").slice(0, 10);

export const questionId = (stem: string) => `q-${hash(normaliseStem(stem))}`;
const cardKey = (card: ImportedCard) => card.key ?? normaliseStem(card.front);
export const cardId = (card: ImportedCard) => `fc-${hash(cardKey(card))}`;

/** Shared across files, so one import run finds duplicates between them too. */
export interface Seen {
  questions: Map<string, string>;
  cards: Map<string, string>;
}

export const newSeen = (): Seen => ({ questions: new Map(), cards: new Map() });

function problemOf(question: ImportedQuestion): string | undefined {
  if (question.problem) return question.problem;
  if (!question.stem.trim()) return "no question text";
  const count = question.options.length;
  if (count < 2 || count > 6) return `${count} options; Stratus takes 2 to 6`;
  const correct = question.options.filter((o) => o.correct).length;
  if (correct === 0) return "no correct answer marked";
  const choose = findChoose(question.stem);
  if (choose && choose.count !== correct) return `says "${choose.text.trim()}" but marks ${correct} correct`;
  if (correct === count) return "every option is marked correct";
  return undefined;
}

export function finalise(converted: Converted, label: string, seen: Seen = newSeen()): Finalised {
  const skipped: ImportProblem[] = [...converted.problems];
  const questions: AcceptedQuestion[] = [];
  for (const question of converted.questions) {
    const problem = problemOf(question);
    if (problem) {
      skipped.push({ line: question.line, message: problem });
      continue;
    }
    const id = questionId(question.stem);
    const first = seen.questions.get(id);
    if (first) {
      skipped.push({ line: question.line, message: `duplicate of the question at ${first}` });
      continue;
    }
    seen.questions.set(id, `${label}:${question.line}`);
    const correct = question.options.filter((o) => o.correct).length;
    // Public banks sometimes mark two answers and forget to say so; the app needs to know.
    const stem = correct > 1 && !findChoose(question.stem) ? `${question.stem} ${chooseHint(correct)}` : question.stem;
    questions.push({ ...question, stem, id });
  }
  const flashcards: AcceptedCard[] = [];
  for (const card of converted.flashcards) {
    const id = cardId(card);
    const first = seen.cards.get(id);
    if (first) {
      skipped.push({ line: card.line, message: `duplicate of the card at ${first}` });
      continue;
    }
    seen.cards.set(id, `${label}:${card.line}`);
    flashcards.push({ ...card, id });
  }
  skipped.sort((a, b) => a.line - b.line);
  return {
    questions,
    flashcards,
    skipped,
    total: converted.questions.length + converted.flashcards.length + converted.problems.length,
  };
}
