// Reads the content folder into topics, questions and flashcards, and finds every problem in it.
// Build-time only (file system); the app reaches it through ./index.ts, scripts and tests directly.
import fs from "node:fs";
import path from "node:path";
import { parseBank, type RawBank, type RawSource } from "./bank";
import { normaliseStem } from "./choose";
import { renderInline, renderMarkdown, type MarkdownContext } from "./markdown";
import { readNote, type NoteSource } from "./notes";
import { groupByTopic } from "./catalog";
import { checkProfileWeights, loadSubject, NOTES_DOMAIN, readableName, resolveDomain, SUBJECT_FILE, withImplicitDomains, type DomainResolution } from "./subject";
import type { ContentIssue, DomainInfo, Flashcard, Question, SourceRef, Subject, Topic } from "./types";

export interface ContentSet {
  /** From content/stratus.yml (or the defaults), with the folder domains that notes use appended. */
  subject: Subject;
  topics: Topic[];
  questions: Question[];
  flashcards: Flashcard[];
  issues: ContentIssue[];
}

export interface LoadOptions {
  /** Folder of notes and banks; defaults to STRATUS_CONTENT_DIR or ./content. */
  contentDir?: string;
  /** Folder whose files count as existing images; defaults to ./public. */
  publicDir?: string;
  /** Prefix for file names in messages; defaults to the path relative to the working directory. */
  displayRoot?: string;
}

export function defaultContentDir(): string {
  return path.resolve(process.env.STRATUS_CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

function listMarkdown(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listMarkdown(full);
      return entry.name.endsWith(".md") && entry.name.toLowerCase() !== "readme.md" ? [full] : [];
    })
    .sort();
}

const plain = (markdown: string) => markdown.replace(/[*_`[\]]|\(\S+?\)/g, "").trim();

export function loadContent(options: LoadOptions = {}): ContentSet {
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir());
  const publicDir = path.resolve(options.publicDir ?? path.join(process.cwd(), "public"));
  const display = (full: string) =>
    path.join(options.displayRoot ?? path.relative(process.cwd(), contentDir), path.relative(contentDir, full)).split(path.sep).join("/");

  const issues: ContentIssue[] = [];
  const files = listMarkdown(contentDir);
  const notes: (NoteSource & { file: string })[] = [];
  const banks: (RawBank & { file: string; inContent: string })[] = [];
  const seenSlugs = new Map<string, string>();
  const subjectFile = display(path.join(contentDir, SUBJECT_FILE));
  const loadedSubject = loadSubject(contentDir, subjectFile);
  issues.push(...loadedSubject.issues);
  const placedIn = new Map<string, DomainInfo>();

  for (const full of files) {
    const file = display(full);
    const raw = fs.readFileSync(full, "utf8");
    const name = path.basename(full);
    if (name.endsWith(".questions.md")) {
      const bank = parseBank(file, raw, name.slice(0, -".questions.md".length));
      issues.push(...bank.issues);
      banks.push({ ...bank, file, inContent: path.relative(contentDir, full) });
      continue;
    }
    const slug = name.slice(0, -".md".length);
    const inContent = path.relative(contentDir, full);
    const domainOf = (declared: string | undefined): DomainResolution => {
      const placed = resolveDomain(loadedSubject.subject, inContent, declared);
      if (placed.ok && !placedIn.has(placed.domain.id)) placedIn.set(placed.domain.id, placed.domain);
      return placed;
    };
    const note = readNote(file, slug, domainOf, raw);
    issues.push(...note.issues);
    const clash = seenSlugs.get(slug);
    if (clash) {
      issues.push({ file, line: 1, message: `duplicate topic slug "${slug}" (also ${clash}): note file names must be unique`, severity: "error" });
      continue;
    }
    seenSlugs.set(slug, file);
    notes.push({ ...note, file });
  }

  const byKey = new Map<string, { slug: string; title: string }>();
  for (const { meta } of notes) {
    byKey.set(meta.slug.toLowerCase(), meta);
    byKey.set(meta.title.toLowerCase(), meta);
  }
  const context: MarkdownContext = {
    resolveTopic: (name) => byKey.get(name.trim().toLowerCase()),
    imageExists: (src) => {
      const target = path.resolve(publicDir, `.${decodeURI(src.split(/[?#]/)[0]!)}`);
      return target.startsWith(publicDir) && fs.existsSync(target);
    },
  };

  const noted: Topic[] = notes.map(({ meta, body, file }) => ({ ...meta, file, hasNote: true, ...renderMarkdown(body, context) }));
  // A bank with no note is placed like a note: front-matter domain, else its top folder, else the default.
  const bankDomain = (bank: RawBank & { file: string; inContent: string }): DomainInfo => {
    let placed = resolveDomain(loadedSubject.subject, bank.inContent, bank.meta.domain);
    if (!placed.ok) {
      issues.push({ file: bank.file, line: 1, message: placed.message, severity: "error" });
      placed = resolveDomain(loadedSubject.subject, bank.inContent);
    }
    const domain = placed.ok ? placed.domain : NOTES_DOMAIN;
    if (!placedIn.has(domain.id)) placedIn.set(domain.id, domain);
    return domain;
  };
  const standalone = standaloneTopics(banks, new Set(noted.map((t) => t.slug)), seenSlugs, issues, bankDomain);
  const usedDomains = new Set([...notes.map((n) => n.meta.domain), ...standalone.map((t) => t.domain)]);
  const subject = withImplicitDomains(loadedSubject.subject, [...placedIn.values()].filter((d) => usedDomains.has(d.id)));
  issues.push(...checkProfileWeights({ ...loadedSubject, subject }, subjectFile));
  const domainRank = (id: string) => subject.domains.findIndex((d) => d.id === id);
  const topics: Topic[] = [...noted, ...standalone].sort(
    (a, b) => domainRank(a.domain) - domainRank(b.domain) || a.order - b.order || a.title.localeCompare(b.title),
  );
  const topicBySlug = new Map(topics.map((t) => [t.slug, t]));

  const resolveSource = (bankTopic: string, source: RawSource, file: string): SourceRef | undefined => {
    const slug = source.topic ?? bankTopic;
    const topic = topicBySlug.get(slug);
    if (!topic?.hasNote) {
      issues.push({ file, line: source.line, message: `source note "${slug}" does not exist`, severity: "error" });
      return undefined;
    }
    if (!topic.headings.some((h) => h.id === source.anchor)) {
      issues.push({ file, line: source.line, message: `source heading "#${source.anchor}" does not exist in ${topic.file}`, severity: "error" });
      return undefined;
    }
    return { topic: slug, anchor: source.anchor, label: source.label };
  };

  const questions: Question[] = [];
  const flashcards: Flashcard[] = [];
  const idsSeen = new Map<string, string>();
  const stemsSeen = new Map<string, string>();
  const claimId = (id: string, file: string, line: number) => {
    const previous = idsSeen.get(id);
    if (previous) issues.push({ file, line, message: `duplicate id "${id}" (first used at ${previous})`, severity: "error" });
    else idsSeen.set(id, `${file}:${line}`);
    return !previous;
  };

  for (const bank of banks) {
    if (!topicBySlug.has(bank.topic)) {
      issues.push({ file: bank.file, line: 1, message: `bank belongs to topic "${bank.topic}", but no note has that slug`, severity: "error" });
      continue;
    }
    let longestCorrect = 0;
    for (const raw of bank.questions) {
      const unique = claimId(raw.id, bank.file, raw.line);
      const stemKey = normaliseStem(raw.stem);
      const sameStem = stemsSeen.get(stemKey);
      if (sameStem) issues.push({ file: bank.file, line: raw.line, message: `question ${raw.id} has the same stem as ${sameStem}`, severity: "error" });
      else stemsSeen.set(stemKey, `${bank.file}:${raw.line}`);
      const source = raw.source ? resolveSource(bank.topic, raw.source, bank.file) : undefined;
      if (!unique || (raw.source && !source) || sameStem) continue;

      const lengths = raw.options.map((o) => plain(o.markdown).length);
      const longest = Math.max(...lengths);
      if (raw.options.some((o, i) => o.correct && lengths[i] === longest) && lengths.filter((l) => l === longest).length === 1) {
        longestCorrect += 1;
      }
      questions.push({
        id: raw.id,
        topic: bank.topic,
        kind: raw.kind,
        choose: raw.choose,
        difficulty: raw.difficulty,
        stemHtml: renderMarkdown(raw.stem, context).html,
        stemText: plain(raw.stem),
        options: raw.options.map((option, index) => ({
          id: String.fromCharCode(97 + index),
          html: renderInline(option.markdown, context),
          text: plain(option.markdown),
          correct: option.correct,
          ...(option.rationale ? { rationaleHtml: renderInline(option.rationale, context) } : {}),
        })),
        explanationHtml: raw.explanation ? renderMarkdown(raw.explanation, context).html : "",
        ...(source ? { source } : {}),
        ...(bank.meta.imported ? { imported: true as const } : {}),
      });
    }
    const total = bank.questions.length;
    if (total >= 4 && longestCorrect * 2 > total) {
      issues.push({
        file: bank.file,
        line: 1,
        message: `the correct option is the longest one in ${longestCorrect} of ${total} questions: vary option lengths so length does not give the answer away`,
        severity: "warning",
      });
    }
    for (const raw of bank.flashcards) {
      const unique = claimId(raw.id, bank.file, raw.line);
      const source = raw.source ? resolveSource(bank.topic, raw.source, bank.file) : undefined;
      if (!unique || (raw.source && !source)) continue;
      flashcards.push({
        id: raw.id,
        topic: bank.topic,
        frontHtml: renderMarkdown(raw.front, context).html,
        backHtml: renderMarkdown(raw.back, context).html,
        ...(source ? { source } : {}),
      });
    }
  }

  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { subject, topics, questions, flashcards, issues };
}

/**
 * A bank whose topic has no note stands alone: it becomes a topic with no notes (title and domain
 * from its front matter, else its file name and folder). A bank that names its topic in front
 * matter must find that note: a misspelt `topic:` is an error, not a new topic.
 */
function standaloneTopics(
  banks: readonly (RawBank & { file: string; inContent: string })[],
  noteSlugs: ReadonlySet<string>,
  seenSlugs: Map<string, string>,
  issues: ContentIssue[],
  domainOf: (bank: RawBank & { file: string; inContent: string }) => DomainInfo,
): Topic[] {
  const topics: Topic[] = [];
  for (const bank of banks) {
    if (noteSlugs.has(bank.topic) || bank.meta.topicNamed) continue;
    const clash = seenSlugs.get(bank.topic);
    if (clash) {
      issues.push({ file: bank.file, line: 1, message: `duplicate topic slug "${bank.topic}" (also ${clash}): banks without a note need unique file names`, severity: "error" });
      continue;
    }
    seenSlugs.set(bank.topic, bank.file);
    topics.push({
      slug: bank.topic,
      title: bank.meta.title ?? readableName(bank.topic),
      domain: domainOf(bank).id,
      order: 999,
      summary: "",
      updated: "",
      sources: bank.meta.source && /^https?:\/\//.test(bank.meta.source) ? [bank.meta.source] : [],
      file: bank.file,
      hasNote: false,
      html: "",
      headings: [],
    });
  }
  return topics;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.severity === "warning" ? "warning: " : ""}${issue.message}`;
}

/**
 * A scenario question sets a situation before it asks (at least two sentences and 25 words), in the
 * style of the Associate exams; shorter stems test recall. A heuristic, reported for balance only.
 */
export function isScenario(stemText: string): boolean {
  const sentences = stemText.split(/(?<=[.?!])\s+/).filter(Boolean).length;
  return sentences >= 2 && stemText.split(/\s+/).length >= 25;
}

type Counts = { questions: number; multipleResponse: number; scenario: number; flashcards: number };

export interface ContentSummary {
  topics: ({ slug: string; title: string } & Counts)[];
  totals: { topics: number } & Counts;
}

export function summarise(content: Pick<ContentSet, "topics" | "questions" | "flashcards">): ContentSummary {
  const banks = groupByTopic(content);
  const topics = content.topics.map((topic) => {
    const { questions = [], flashcards = [] } = banks.get(topic.slug) ?? {};
    return {
      slug: topic.slug,
      title: topic.title,
      questions: questions.length,
      multipleResponse: questions.filter((q) => q.kind === "multiple").length,
      scenario: questions.filter((q) => isScenario(q.stemText)).length,
      flashcards: flashcards.length,
    };
  });
  const sum = (key: keyof Counts) => topics.reduce((n, t) => n + t[key], 0);
  return {
    topics,
    totals: {
      topics: topics.length,
      questions: sum("questions"),
      multipleResponse: sum("multipleResponse"),
      scenario: sum("scenario"),
      flashcards: sum("flashcards"),
    },
  };
}
