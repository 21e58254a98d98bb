// Reads one note's front matter. Rendering happens later, once every topic's title is known (so
// `[[wikilinks]]` can resolve). A note with missing or broken front matter still yields a topic.
import matter from "gray-matter";
import { z } from "zod";
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

export interface NoteSource {
  meta: TopicMeta;
  /** The Markdown body without front matter (and without a leading `# Title`). */
  body: string;
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

function titleFromFileName(slug: string): string {
  const words = slug.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function firstParagraph(body: string): string {
  const paragraph = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block && !/^(#|[-*+] |\||!\[|<|```)/.test(block));
  const text = (paragraph ?? "").replace(/[*_`[\]]/g, "").replace(/\s+/g, " ");
  return text.length > 180 ? `${text.slice(0, 177)}…` : text;
}

/** Drops a leading `# Title` line: the page prints the title itself. */
function withoutLeadingTitle(body: string): string {
  return body.replace(/^\s*#\s+[^\n]*\n?/, "");
}

/** `domainOf` places the note (see resolveDomain in ./subject): given its front-matter `domain`, if any. */
export function readNote(
  file: string,
  slug: string,
  domainOf: (declared: string | undefined) => DomainResolution,
  raw: string,
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
    issues.push({ file, line: 1, message: "note has no front matter; title taken from its first heading", severity: "warning" });
  }

  const fallback: TopicMeta = {
    slug,
    title: firstHeading(body) ?? titleFromFileName(slug),
    domain: fallbackDomain,
    order: 999,
    summary: firstParagraph(withoutLeadingTitle(body)),
    updated: "",
    sources: [],
  };

  if (!hasFrontMatter(raw) || issues.length > 0) {
    return { meta: fallback, body: withoutLeadingTitle(body), issues };
  }

  const result = noteFrontMatterSchema.safeParse(data);
  if (!result.success) {
    issues.push(...frontMatterIssues(file, frontMatter, result.error));
    const partial = data as Partial<TopicMeta>;
    const placed = typeof partial.domain === "string" ? domainOf(partial.domain) : byFolder;
    if (!placed.ok) issues.push({ file, line: frontMatterLine(frontMatter, "domain"), message: placed.message, severity: "error" });
    return {
      meta: { ...fallback, domain: placed.ok ? placed.domain.id : fallbackDomain, title: typeof partial.title === "string" ? partial.title : fallback.title },
      body: withoutLeadingTitle(body),
      issues,
    };
  }
  const { domain: declared, ...fields } = result.data;
  const placed = domainOf(declared);
  if (!placed.ok) issues.push({ file, line: frontMatterLine(frontMatter, "domain"), message: placed.message, severity: "error" });
  return { meta: { slug, ...fields, domain: placed.ok ? placed.domain.id : fallbackDomain }, body: withoutLeadingTitle(body), issues };
}
