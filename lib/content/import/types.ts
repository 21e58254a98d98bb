// What a converter hands back: questions and cards as found (Markdown text), and what it could not
// read. Checks shared by every format (option count, answers, duplicates, ids) happen afterwards,
// in finalise.ts, so each converter only knows its own layout.

export interface ImportedOption {
  text: string;
  correct: boolean;
  rationale?: string;
}

export interface ImportedQuestion {
  /** 1-based line in the source file where the question starts. */
  line: number;
  stem: string;
  options: ImportedOption[];
  explanation?: string;
  /** A reason this question cannot be taken, found by the converter (e.g. "no answer given"). */
  problem?: string;
}

export interface ImportedCard {
  line: number;
  front: string;
  back: string;
  /** A cloze note: `front` holds the text with {{c1::…}} deletions and `back` is unused. */
  cloze?: boolean;
  /** What the id is derived from when not the front (an Anki note's GUID). */
  key?: string;
}

export interface ImportProblem {
  line: number;
  message: string;
}

export interface Converted {
  questions: ImportedQuestion[];
  flashcards: ImportedCard[];
  /** Things that looked like a question or card but could not be read at all. */
  problems: ImportProblem[];
  /** The source's own title (a leading `# ` heading), if it has one. */
  title?: string;
}
