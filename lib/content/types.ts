// Shared shapes of parsed content. Build-time modules produce them; the exam engine, the scheduler
// and client components consume them. Nothing here may import server-only code.

/** A domain's id: configured in content/stratus.yml, or the slug of a top folder. */
export type DomainId = string;

export interface DomainInfo {
  id: string;
  title: string;
  blurb: string;
  /** false for a group made from a folder name */
  configured: boolean;
}

/** One way to sit an exam: the exam guide's length, time, pass mark and blueprint. */
export interface ExamProfile {
  id: string;
  name: string;
  description?: string;
  questions: number;
  minutes: number;
  /** Percent of scored questions right, 0–100. */
  passMark: number;
  /** Domain id -> weight (any positive scale, normalised when used); absent = by bank size. */
  weights?: Record<string, number>;
  /** Unscored questions among `questions`: asked like the rest, left out of the score. */
  unscored?: number;
}

/** The subject being studied, read from content/stratus.yml (or defaults when there is none). */
export interface Subject {
  title: string;
  tagline: string;
  /** Configured domains in their order, then folder domains in natural order. */
  domains: DomainInfo[];
  profiles: ExamProfile[];
  /** "Report a problem" target. */
  report?: { url?: string; email?: string };
  /** Domain of a note at the content root with no `domain` in its front matter. */
  defaultDomain?: string;
}

export type Difficulty = "easy" | "medium" | "hard";

export interface Heading {
  depth: number;
  text: string;
  id: string;
}

/** Where a question or flashcard points the learner: a heading of a topic page. */
export interface SourceRef {
  topic: string;
  anchor: string;
  label: string;
}

export interface TopicMeta {
  slug: string;
  title: string;
  domain: DomainId;
  order: number;
  summary: string;
  /** The summary only repeats the start of the note's first paragraph: the page shows no lead. */
  leadRepeatsBody?: true;
  updated: string;
  sources: string[];
}

export interface Topic extends TopicMeta {
  /** Path relative to the content folder, for error messages and "edit this page" links. */
  file: string;
  /** False for a question bank with no note of its own (its page says there are no notes yet). */
  hasNote: boolean;
  html: string;
  headings: Heading[];
}

export interface QuestionOption {
  /** Stable within the question: "a", "b", … in the order written (display order is shuffled). */
  id: string;
  html: string;
  text: string;
  correct: boolean;
  rationaleHtml?: string;
}

export interface Question {
  id: string;
  topic: string;
  kind: "single" | "multiple";
  /** How many options a complete answer picks (1 for single answer). */
  choose: number;
  difficulty: Difficulty;
  stemHtml: string;
  stemText: string;
  options: QuestionOption[];
  /** "" when the bank gives none (imported banks). */
  explanationHtml: string;
  /** Absent in imported banks: then there is no "Study this" link. */
  source?: SourceRef;
  /** From a bank marked `imported: true`. */
  imported?: true;
}

export interface Flashcard {
  id: string;
  topic: string;
  frontHtml: string;
  backHtml: string;
  /** Absent in imported banks (an Anki deck names no note section). */
  source?: SourceRef;
}

/** A problem found in content, located for a human: `file:line: message`. */
export interface ContentIssue {
  file: string;
  line: number;
  message: string;
  severity: "error" | "warning";
}

/** Per-topic slice of the bank, served as static JSON and fetched when an exam or review needs it. */
export interface TopicBank {
  topic: string;
  questions: Question[];
  flashcards: Flashcard[];
}

/** Small index of every bank: ids only, so pages can plan an exam without loading question text. */
export interface BankIndex {
  subject: Subject;
  topics: {
    slug: string;
    title: string;
    domain: DomainId;
    questionIds: string[];
    flashcardIds: string[];
  }[];
}
