// Reads the content folder into topics, questions and flashcards, and finds every problem in it.
// Build-time only (file system); the app reaches it through ./index.ts, scripts and tests directly.
import fs from "node:fs";
import path from "node:path";
import { parseBank, type RawBank, type RawSource } from "./bank";
import { normaliseStem } from "./choose";
import { ImageResolver, type MediaFile } from "./images";
import { renderInline, renderInlineWithText, renderMarkdown, renderMarkdownWithText, slugify, type MarkdownContext } from "./markdown";
import { readNote, type NoteSource } from "./notes";
import { groupByTopic } from "./catalog";
import { deprecatedRuntimeIssues, staleNoteIssues, type NoteDate, type QuestionText } from "./freshness";
import { assignSlugs, noteNameOf, slugOfFileName } from "./slug";
import { checkProfileWeights, loadSubject, NOTES_DOMAIN, readableName, resolveDomain, SUBJECT_FILE, withImplicitDomains, type DomainResolution } from "./subject";
import type { ContentIssue, DomainInfo, Flashcard, Question, SourceRef, Subject, Topic } from "./types";

export interface ContentSet {
  /** From content/stratus.yml (or the defaults), with the folder domains that notes use appended. */
  subject: Subject;
  topics: Topic[];
  questions: Question[];
  flashcards: Flashcard[];
  issues: ContentIssue[];
  /** Local images the notes show, copied into the site under content-hashed names. */
  media: MediaFile[];
}

export interface LoadOptions {
  /** Folder of notes and banks; defaults to STRATUS_CONTENT_DIR or ./content. */
  contentDir?: string;
  /** Folder whose files count as existing images; defaults to ./public. */
  publicDir?: string;
  /** Prefix for file names in messages; defaults to the path relative to the working directory. */
  displayRoot?: string;
  /** ISO date of the build; when given, stale notes and deprecated runtimes in questions are warned about. */
  buildDate?: string;
}

export function defaultContentDir(): string {
  return path.resolve(process.env.STRATUS_CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

/**
 * Every Markdown file under `dir`. The content folder's own README.md is about the folder (ours is
 * the authoring guide), so it is left out; a README.md in a sub-folder is that folder's note, as
 * GitHub shows it (see noteNameOf).
 */
function listMarkdown(dir: string, root = true): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listMarkdown(full, false);
      return entry.name.endsWith(".md") && !(root && entry.name.toLowerCase() === "readme.md") ? [full] : [];
    })
    .sort();
}

/** Settings files that name a vault's template folder, with the key that holds it. */
const TEMPLATE_SETTINGS: [file: string, key: string][] = [
  [".obsidian/templates.json", "folder"], // Obsidian's core Templates plugin
  [".obsidian/plugins/templater-obsidian/data.json", "templates_folder"], // the Templater plugin
];

/**
 * Template folders of the vaults in `contentDir` (the folder itself, or a vault copied into one of its
 * folders), with the settings file that names each. Templates (`<% tp.file.title %>`, `{{date}}`)
 * are the skeletons of new notes, not notes.
 */
function templateFolders(contentDir: string): { folder: string; settings: string }[] {
  const folders = fs.readdirSync(contentDir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith("."));
  const vaults = [contentDir, ...folders.map((e) => path.join(contentDir, e.name))];
  return vaults.flatMap((vault) =>
    TEMPLATE_SETTINGS.flatMap(([file, key]) => {
      const settings = path.join(vault, file);
      try {
        const value = (JSON.parse(fs.readFileSync(settings, "utf8")) as Record<string, unknown>)[key];
        const folder = typeof value === "string" ? value.replace(/^\/+|\/+$/g, "") : "";
        return folder ? [{ folder: path.join(vault, folder), settings }] : [];
      } catch {
        return [];
      }
    }),
  );
}

/** 1-based line of a top-level `key:` in a note's front matter, or 1. */
function fieldLine(raw: string, key: string): number {
  const lines = raw.split(/\r?\n/);
  if (lines[0] !== "---") return 1;
  const end = lines.indexOf("---", 1);
  const index = lines.slice(0, end < 0 ? lines.length : end).findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}

export function loadContent(options: LoadOptions = {}): ContentSet {
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir());
  const publicDir = path.resolve(options.publicDir ?? path.join(process.cwd(), "public"));
  const display = (full: string) =>
    path.join(options.displayRoot ?? path.relative(process.cwd(), contentDir), path.relative(contentDir, full)).split(path.sep).join("/");

  const issues: ContentIssue[] = [];
  // Obsidian's Excalidraw plugin saves drawings as `x.excalidraw.md`: compressed JSON, not prose.
  const [drawings, markdown] = partition(listMarkdown(contentDir), (full) => full.endsWith(".excalidraw.md"));
  const templates = templateFolders(contentDir).map((t) => ({ ...t, count: 0 }));
  for (const full of drawings) {
    issues.push({ file: display(full), line: 1, message: "Excalidraw drawing left out: Stratus shows notes, not drawings (export it as an image to show it)", severity: "warning" });
  }
  const files: string[] = [];
  for (const full of markdown) {
    const template = templates.find(({ folder }) => full.startsWith(folder + path.sep));
    if (template) template.count += 1;
    else files.push(full);
  }
  for (const { folder, settings, count } of templates) {
    if (count === 0) continue;
    const what = count === 1 ? "1 note" : `${count} notes`;
    issues.push({ file: display(settings), line: 1, message: `template folder "${path.relative(contentDir, folder).split(path.sep).join("/")}" left out (${what}): Obsidian templates are not notes`, severity: "warning" });
  }
  const noteDates: NoteDate[] = [];
  const questionTexts: QuestionText[] = [];
  const subjectFile = display(path.join(contentDir, SUBJECT_FILE));
  const loadedSubject = loadSubject(contentDir, subjectFile);
  issues.push(...loadedSubject.issues);
  const placedIn = new Map<string, DomainInfo>();
  const notes: (NoteSource & { file: string; full: string })[] = [];
  const banks: Bank[] = [];
  const relative = (full: string) => path.relative(contentDir, full).split(path.sep).join("/");
  const noteFiles = files.filter((full) => !full.endsWith(".questions.md"));
  const { slugs, collisions } = assignSlugs(noteFiles.map(relative));
  for (const collision of collisions) {
    for (const note of collision.notes) {
      const others = collision.notes.filter((n) => n !== note).map((n) => display(path.join(contentDir, n.path)));
      issues.push({
        file: display(path.join(contentDir, note.path)),
        line: 1,
        message: `slug "${collision.slug}" is also wanted by ${others.join(", ")}: this note's page is /topics/${note.slug}/`,
        severity: "warning",
      });
    }
  }

  for (const full of files) {
    const file = display(full);
    const raw = fs.readFileSync(full, "utf8");
    const name = path.basename(full);
    if (name.endsWith(".questions.md")) {
      const bank = parseBank(file, raw, name.slice(0, -".questions.md".length));
      issues.push(...bank.issues);
      banks.push({ ...bank, file, full, inContent: path.relative(contentDir, full), stem: name.slice(0, -".questions.md".length) });
      continue;
    }
    const stem = noteNameOf(relative(full));
    const inContent = path.relative(contentDir, full);
    const domainOf = (declared: string | undefined): DomainResolution => {
      const placed = resolveDomain(loadedSubject.subject, inContent, declared);
      if (placed.ok && !placedIn.has(placed.domain.id)) placedIn.set(placed.domain.id, placed.domain);
      return placed;
    };
    const note = readNote(file, slugs.get(relative(full))!, domainOf, raw, stem);
    issues.push(...note.issues);
    notes.push({ ...note, file, full });
    noteDates.push({ file, line: fieldLine(raw, "updated"), updated: note.meta.updated });
  }

  // `[[wikilinks]]`, `.md` links and bank sources name a note by slug, title, file name or alias;
  // the first note (in path order) to claim a name keeps it.
  const byKey = new Map<string, { slug: string; title: string }>();
  const claim = (key: string, meta: { slug: string; title: string }) => {
    const normal = key.normalize("NFC").trim().toLowerCase();
    if (normal && !byKey.has(normal)) byKey.set(normal, meta);
  };
  for (const { meta } of notes) claim(meta.slug, meta);
  for (const { meta, full } of notes) claim(noteNameOf(relative(full)), meta);
  for (const { meta } of notes) claim(meta.title, meta);
  for (const { meta, aliases } of notes) for (const alias of aliases) claim(alias, meta);
  // Obsidian writes `[[Folder/Note]]` when two notes share a name (its "shortest path" link format)
  // or always (its "absolute path" format): a path from the vault's root. A vault copied into a
  // folder of content/ has that folder in front, so the path is matched against the end of each
  // note's path, whole segments only, and must fit one note.
  const notePaths = notes.map((n) => ({ key: relative(n.full).normalize("NFC").toLowerCase().replace(/\.md$/, ""), meta: n.meta }));
  const byPath = (key: string) => {
    const wanted = key.replace(/^\.?\//, "").replace(/\.md$/, "");
    const hits = notePaths.filter((p) => p.key === wanted || p.key.endsWith(`/${wanted}`));
    return (hits.find((p) => p.key === wanted) ?? (hits.length === 1 ? hits[0] : undefined))?.meta;
  };
  const resolveTopic = (name: string) => {
    const key = name.normalize("NFC").trim().toLowerCase();
    return byKey.get(key) ?? byKey.get(slugOfFileName(key)) ?? (key.includes("/") ? byPath(key) : undefined);
  };
  const images = new ImageResolver(contentDir, publicDir);
  // Heading ids of each note, as it is rendered: `[[Note#Heading]]` and `note.md#id` are checked against them.
  const anchors = new Map<string, ReadonlySet<string>>();
  const notesByPath = new Map(notes.map((n) => [n.full.normalize("NFC"), n.meta]));
  const context: MarkdownContext = {
    resolveTopic,
    resolveNoteFile: (href, noteFile) => notesByPath.get(path.resolve(path.dirname(noteFile), href).normalize("NFC")),
    resolveImage: (src, noteFile) => images.resolve(src, noteFile),
    hasAnchor: (slug, id) => anchors.get(slug)?.has(id),
  };
  /** The context for one file: relative images start from it, and warnings name it at their line. */
  const contextFor = (full: string, file: string, firstLine = 1): MarkdownContext => ({
    ...context,
    noteFile: full,
    warn: (line, message) => issues.push({ file, line: line + firstLine - 1, message, severity: "warning" }),
  });

  // Notes render in path order, so a link to a heading of a note not rendered yet is checked when all
  // are; a note with such a link to a heading that turns out missing is rendered again (rare), and
  // only the warnings of its last rendering count.
  const renderNote = ({ meta, body, file, full, bodyLine, fromVault }: (typeof notes)[number]) => {
    const warnings: ContentIssue[] = [];
    const unknown: [slug: string, id: string][] = [];
    const rendered = renderMarkdown(body, {
      ...context,
      noteFile: full,
      breaks: fromVault,
      wholeNote: true,
      titleAnchor: slugify(meta.title),
      warn: (line, message) => warnings.push({ file, line: line + bodyLine - 1, message, severity: "warning" }),
      hasAnchor: (slug, id) => {
        const known = anchors.get(slug);
        if (!known) unknown.push([slug, id]);
        return known?.has(id);
      },
    });
    return { rendered, warnings, unknown };
  };
  const firstPass = notes.map((note) => {
    const pass = renderNote(note);
    anchors.set(note.meta.slug, new Set(pass.rendered.headings.map((h) => h.id)));
    return pass;
  });
  const noted: Topic[] = notes.map((note, i) => {
    let { rendered, warnings } = firstPass[i]!;
    if (firstPass[i]!.unknown.some(([slug, id]) => !anchors.get(slug)?.has(id))) ({ rendered, warnings } = renderNote(note));
    issues.push(...warnings);
    return { ...note.meta, file: note.file, hasNote: true, ...rendered };
  });
  // A bank belongs to the note beside it with the same file name, else to the note it names; a bank
  // with neither is a topic of its own, under the slug of its file name.
  const noteByPath = new Map(notes.map((n) => [n.full, n.meta.slug]));
  for (const bank of banks) {
    const beside = noteByPath.get(bank.full.replace(/\.questions\.md$/, ".md"));
    const own = bank.topic === bank.stem;
    bank.topic = (own ? beside : undefined) ?? resolveTopic(bank.topic)?.slug ?? (own ? slugOfFileName(bank.topic) : bank.topic);
  }
  const seenSlugs = new Map(notes.map((n) => [n.meta.slug, n.file]));
  // A bank with no note is placed like a note: front-matter domain, else its top folder, else the default.
  const bankDomain = (bank: Bank): DomainInfo => {
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
  const topics: Topic[] = [...noted, ...standalone].sort((a, b) => domainRank(a.domain) - domainRank(b.domain) || compareInGroup(a, b));
  const topicBySlug = new Map(topics.map((t) => [t.slug, t]));

  const resolveSource = (bankTopic: string, source: RawSource, file: string): SourceRef | undefined => {
    const name = source.topic ?? bankTopic;
    const topic = topicBySlug.get(name) ?? topicBySlug.get(resolveTopic(name)?.slug ?? "");
    if (!topic?.hasNote) {
      issues.push({ file, line: source.line, message: `source note "${name}" does not exist`, severity: "error" });
      return undefined;
    }
    const slug = topic.slug;
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
      // Each stem and option is parsed once, for its HTML and its plain text.
      const here = contextFor(bank.full, bank.file, raw.line);
      const stem = renderMarkdownWithText(raw.stem, here);
      const options = raw.options.map((option) => ({
        ...renderInlineWithText(option.markdown, here),
        ...(option.rationale ? { rationaleHtml: renderInline(option.rationale, here) } : {}),
      }));
      questionTexts.push({ id: raw.id, file: bank.file, line: raw.line, stemText: stem.text });

      const lengths = options.map((o) => o.text.length);
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
        stemHtml: stem.html,
        stemText: stem.text,
        options: raw.options.map((option, index) => ({
          id: String.fromCharCode(97 + index),
          html: options[index]!.html,
          text: options[index]!.text,
          correct: option.correct,
          ...(options[index]!.rationaleHtml !== undefined ? { rationaleHtml: options[index]!.rationaleHtml } : {}),
        })),
        explanationHtml: raw.explanation ? renderMarkdown(raw.explanation, here).html : "",
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
      const here = contextFor(bank.full, bank.file, raw.line);
      flashcards.push({
        id: raw.id,
        topic: bank.topic,
        frontHtml: renderMarkdown(raw.front, here).html,
        backHtml: renderMarkdown(raw.back, here).html,
        ...(source ? { source } : {}),
      });
    }
  }

  if (options.buildDate) {
    issues.push(...staleNoteIssues(noteDates, options.buildDate), ...deprecatedRuntimeIssues(questionTexts, options.buildDate));
  }

  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { subject, topics, questions, flashcards, issues, media: images.media() };
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/**
 * Reading order within a group: front-matter `order` first, then natural order of titles, so
 * "Chapter 4.2" comes before "Chapter 4.10" (notes without `order` come after those with one).
 */
export function compareInGroup(a: { order: number; title: string }, b: { order: number; title: string }): number {
  return a.order - b.order || collator.compare(a.title, b.title);
}

/**
 * A bank whose topic has no note stands alone: it becomes a topic with no notes (title and domain
 * from its front matter, else its file name and folder). A bank that names its topic in front
 * matter must find that note: a misspelt `topic:` is an error, not a new topic.
 */
/** A bank as the loader holds it: where it is, and the file name it was written under. */
type Bank = RawBank & { file: string; full: string; inContent: string; stem: string };

function standaloneTopics(
  banks: readonly Bank[],
  noteSlugs: ReadonlySet<string>,
  seenSlugs: Map<string, string>,
  issues: ContentIssue[],
  domainOf: (bank: Bank) => DomainInfo,
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
      title: bank.meta.title ?? readableName(bank.stem),
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
 * The lines a person reads: every error, and every warning, except that a warning repeated word
 * for word across many files (a vault with no front matter anywhere gives hundreds) shows its
 * first `keep` places and a count of the rest, instead of a wall that hides the rare ones.
 */
export function formatIssues(issues: readonly ContentIssue[], keep = 3): string[] {
  const count = new Map<string, number>();
  for (const issue of issues) if (issue.severity === "warning") count.set(issue.message, (count.get(issue.message) ?? 0) + 1);
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const issue of issues) {
    const total = issue.severity === "warning" ? count.get(issue.message)! : 1;
    if (total <= keep + 1) {
      lines.push(formatIssue(issue));
      continue;
    }
    const n = (shown.get(issue.message) ?? 0) + 1;
    shown.set(issue.message, n);
    if (n <= keep) lines.push(formatIssue(issue));
    if (n === keep) lines.push(`… and ${total - keep} more files: warning: ${issue.message} (\`npm run content:check -- --all\` lists every one)`);
  }
  return lines;
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
