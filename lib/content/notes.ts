// Reads one note's front matter. Rendering happens later, once every topic's title is known (so
// `[[wikilinks]]` can resolve). A note with missing or broken front matter still yields a topic.
import matter from "gray-matter";
import { z } from "zod";
import { firstParagraphText, SUMMARY_LENGTH, truncateAtWord } from "./markdown/plain-text";
import { isNotionPage, withNotionProperties } from "./notion";
import type { DomainResolution } from "./subject";
import type { ContentIssue, TopicMeta } from "./types";

const isoDate = z.union([
  z.iso.date(),
  // YAML reads an unquoted 2026-11-21 as a Date.
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

export const noteFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Checked against content/stratus.yml by the domain resolver; absent: the note's folder decides. */
  domain: z.string().trim().min(1).optional(),
  order: z.number().int(),
  summary: z.string().trim().min(1),
  updated: isoDate,
  sources: z.array(z.url()).default([]),
});

/**
 * Keys Obsidian and its common plugins write. They never fail a build: a note whose front matter has
 * only these (and `title`) is a vault note, and a Stratus note may carry them beside its own fields.
 */
export const OBSIDIAN_KEYS = [
  "aliases", "alias", "tags", "tag", "cssclasses", "cssclass", "created", "date", "modified", "updated_at",
  "publish", "permalink", "description", "author", "authors", "source", "status", "type", "category",
  "categories", "draft", "banner", "cover", "image", "lang", "id", "kanban-plugin", "share", "link",
] as const;

/** The fields only Stratus notes use: front matter with any of them is checked strictly. */
const STRATUS_KEYS = ["domain", "order", "summary", "updated", "sources"];

export interface NoteSource {
  meta: TopicMeta;
  /** Other names `[[wikilinks]]` may use for this note (front-matter `aliases`). */
  aliases: string[];
  /** The Markdown body without front matter (and without a leading `# Title`). */
  body: string;
  /** Line of the file on which `body` starts (1-based), so body line n is file line bodyLine + n - 1. */
  bodyLine: number;
  /** A note as Obsidian writes them (no front matter, or only Obsidian's): rendered with Obsidian's line breaks. */
  fromVault: boolean;
  issues: ContentIssue[];
}

/** 1-based line of `key:` inside a front matter block that starts on line 1. */
export function frontMatterLine(frontMatter: string, key: string | undefined): number {
  if (key) {
    const index = frontMatter.split("\n").findIndex((line) => line.startsWith(`${key}:`));
    if (index >= 0) return index + 2;
  }
  return 1;
}

export function hasFrontMatter(raw: string): boolean {
  return /^---\r?\n/.test(raw);
}

/** Turns zod's verdict on front matter into `file:line` issues. */
export function frontMatterIssues(file: string, frontMatter: string, error: z.ZodError): ContentIssue[] {
  return error.issues.flatMap((issue): ContentIssue[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        file,
        line: frontMatterLine(frontMatter, key),
        message: `unknown front-matter field "${key}"`,
        severity: "error",
      }));
    }
    const key = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    const line = frontMatterLine(frontMatter, key);
    const missing = key !== undefined && !new RegExp(`^${key}:`, "m").test(frontMatter);
    return [
      {
        file,
        line,
        message: missing ? `missing front-matter field "${key}"` : `front-matter field "${issue.path.join(".")}": ${issue.message}`,
        severity: "error",
      },
    ];
  });
}

function firstHeading(body: string): string | undefined {
  return /^#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
}

/**
 * A title from a file name: a name written as a title (`AWS Lambda`, `XIV. Lambda@Edge`) is kept as
 * it is, as Obsidian shows it; a slug-like name (`lambda-limits`) is made readable.
 */
export function titleFromFileName(name: string): string {
  if (!/^[\p{Ll}\p{N}]+([-_][\p{Ll}\p{N}]+)*$/u.test(name)) return name;
  const words = name.replace(/[-_]+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function aliasesOf(data: Record<string, unknown>): string[] {
  const value = data.aliases ?? data.alias;
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
  return list.filter((a): a is string | number => typeof a === "string" || typeof a === "number").map((a) => String(a).trim()).filter(Boolean);
}

/**
 * A front-matter title as text. YAML reads an unquoted `title: 2024-01-01` as a date and
 * `title: 1984` as a number: those are titles too, written as they read, not reasons to fall back.
 */
function titleOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** Drops a leading `# Title` line: the page prints the title itself. */
function withoutLeadingTitle(body: string): string {
  return body.replace(/^\s*#\s+[^\n]*\n?/, "");
}

/** 1-based line of the file on which `body` (a tail of `raw`) starts, for messages about the body. */
function lineOfTail(raw: string, body: string): number {
  const start = raw.endsWith(body) ? raw.length - body.length : 0;
  return (raw.slice(0, start).match(/\n/g)?.length ?? 0) + 1;
}

/**
 * Whether a lead (the summary under the title) would only repeat the start of the note's first
 * paragraph, which the page shows right below it.
 */
function repeatsFirstParagraph(summary: string, firstParagraph: string): boolean {
  const words = (text: string) => text.toLowerCase().replace(/…$/, "").split(/\s+/).filter(Boolean);
  const lead = words(summary);
  const first = words(firstParagraph);
  return lead.length > 0 && lead.length <= first.length && lead.every((word, i) => first[i] === word || (i === lead.length - 1 && first[i]!.startsWith(word)));
}

/**
 * @param slug the note's URL slug (see ./slug.ts)
 * @param domainOf places the note (see resolveDomain in ./subject), given its front-matter `domain` if any
 * @param fileStem the file name without `.md`, a fallback title
 */
export function readNote(
  file: string,
  slug: string,
  domainOf: (declared: string | undefined) => DomainResolution,
  raw: string,
  fileStem = slug,
): NoteSource {
  const issues: ContentIssue[] = [];
  const byFolder = domainOf(undefined);
  const fallbackDomain = byFolder.ok ? byFolder.domain.id : "";

  let data: Record<string, unknown> = {};
  let body = raw;
  let frontMatter = "";
  if (hasFrontMatter(raw)) {
    try {
      const parsed = matter(raw, {}); // options disable gray-matter's cache, whose hits lack `.matter`
      data = parsed.data;
      body = parsed.content;
      frontMatter = parsed.matter.replace(/^\r?\n/, "");
    } catch (error) {
      const line = /line (\d+)/.exec(String(error))?.[1];
      issues.push({
        file,
        line: line ? Number(line) + 1 : 1,
        message: `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
        severity: "error",
      });
      body = raw.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, "");
    }
  } else {
    const from = firstHeading(body) === undefined ? "its file name" : "its first heading";
    issues.push({ file, line: 1, message: `note has no front matter; title taken from ${from}`, severity: "warning" });
  }

  const tail = withoutLeadingTitle(body);
  const bodyLine = lineOfTail(raw, tail);
  const content = isNotionPage(file) ? withNotionProperties(tail) : tail;
  // Parsed once here for both the fallback summary and the check that a lead repeats it.
  const firstParagraph = firstParagraphText(content);
  const fallbackSummary = truncateAtWord(firstParagraph, SUMMARY_LENGTH);
  const fallback: TopicMeta = {
    slug,
    title: firstHeading(body) ?? titleFromFileName(fileStem),
    domain: fallbackDomain,
    order: 999,
    summary: fallbackSummary,
    ...(fallbackSummary ? { leadRepeatsBody: true } : {}),
    updated: "",
    sources: [],
  };
  const source = { body: content, bodyLine, fromVault: !hasFrontMatter(raw), issues };

  const aliases = aliasesOf(data);
  if (!hasFrontMatter(raw) || issues.length > 0) {
    return { meta: fallback, aliases, ...source };
  }
  // A vault note: its front matter is Obsidian's (tags, aliases, dates…), none of it ours to check.
  if (!Object.keys(data).some((key) => STRATUS_KEYS.includes(key))) {
    return { meta: { ...fallback, title: titleOf(data.title) ?? fallback.title }, aliases, ...source, fromVault: true };
  }

  const ours = Object.fromEntries(Object.entries(data).filter(([key]) => !(OBSIDIAN_KEYS as readonly string[]).includes(key)));
  const result = noteFrontMatterSchema.safeParse(ours);
  if (!result.success) {
    issues.push(...frontMatterIssues(file, frontMatter, result.error));
    const partial = data as Partial<TopicMeta>;
    const placed = typeof partial.domain === "string" ? domainOf(partial.domain) : byFolder;
    if (!placed.ok) issues.push({ file, line: frontMatterLine(frontMatter, "domain"), message: placed.message, severity: "error" });
    return {
      meta: { ...fallback, domain: placed.ok ? placed.domain.id : fallbackDomain, title: titleOf(partial.title) ?? fallback.title },
      aliases,
      ...source,
    };
  }
  const { domain: declared, ...fields } = result.data;
  const placed = domainOf(declared);
  if (!placed.ok) issues.push({ file, line: frontMatterLine(frontMatter, "domain"), message: placed.message, severity: "error" });
  const repeats = repeatsFirstParagraph(fields.summary, firstParagraph);
  return {
    meta: { slug, ...fields, domain: placed.ok ? placed.domain.id : fallbackDomain, ...(repeats ? { leadRepeatsBody: true } : {}) },
    aliases,
    ...source,
  };
}
