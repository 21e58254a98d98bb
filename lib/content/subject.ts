// The subject being studied: its title, domains and exam profiles, read from content/stratus.yml so a
// new certification needs no code change. Also decides which domain each note belongs to.
// Build-time only (reached through load.ts); pure apart from reading the one file.
import fs from "node:fs";
import path from "node:path";
import { slug } from "github-slugger";
import { isNode, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { ContentIssue, DomainInfo, ExamProfile, Subject } from "./types";
import { withoutExportId } from "./notion";

export const SUBJECT_FILE = "stratus.yml";

/** What a subject falls back to, piece by piece, when content/stratus.yml leaves it out. */
export const DEFAULT_TITLE = "Study notes";
export const DEFAULT_TAGLINE = "Notes, practice questions, timed exams and spaced review, all in your browser.";
export const DEFAULT_PROFILES: readonly ExamProfile[] = [
  {
    id: "full",
    name: "Full mock",
    description: "Drawn from every topic in proportion to its bank. No feedback until the end, like test day.",
    questions: 65,
    minutes: 130,
    passMark: 72,
  },
  {
    id: "quick",
    name: "Quick check",
    description: "A short timed set from every topic, for a daily check.",
    questions: 10,
    minutes: 20,
    passMark: 72,
  },
];
/** The domain of root-level notes when nothing is configured. */
export const NOTES_DOMAIN: DomainInfo = { id: "notes", title: "Notes", blurb: "", configured: false };

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and hyphens (e.g. secure-architectures)");
const text = z.string().trim().min(1);

const domainSchema = z.strictObject({
  id: idSchema,
  title: text,
  blurb: z.string().trim().default(""),
  /** Position among the domains; domains without one follow, in the order written. */
  order: z.number().optional(),
});

const profileSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    description: text.optional(),
    questions: z.number().int().min(1),
    minutes: z.number().int().min(1).max(600),
    passMark: z.number().int().min(1).max(100),
    weights: z.record(z.string(), z.number().positive()).optional(),
    unscored: z.number().int().min(0).optional(),
  })
  .refine((p) => (p.unscored ?? 0) < p.questions, { path: ["unscored"], message: "must be fewer than the questions" });

const subjectSchema = z.strictObject({
  title: text.default(DEFAULT_TITLE),
  tagline: text.default(DEFAULT_TAGLINE),
  defaultDomain: z.string().optional(),
  report: z
    .strictObject({ url: z.url().optional(), email: z.email().optional() })
    .refine((r) => r.url !== undefined || r.email !== undefined, "give a url or an email")
    .optional(),
  domains: z.array(domainSchema).default([]),
  profiles: z.array(profileSchema).min(1).optional(),
});

export interface LoadedSubject {
  subject: Subject;
  issues: ContentIssue[];
  /** Line of a path in the file (the nearest existing parent when the path is missing); 1 without a file. */
  lineOf: (path: readonly (string | number)[]) => number;
}

export function defaultSubject(): Subject {
  return { title: DEFAULT_TITLE, tagline: DEFAULT_TAGLINE, domains: [], profiles: DEFAULT_PROFILES.map((p) => ({ ...p })) };
}

/** Reads `<contentDir>/stratus.yml`; `file` is how messages name it. No file: the defaults. */
export function loadSubject(contentDir: string, file = SUBJECT_FILE): LoadedSubject {
  const full = path.join(contentDir, SUBJECT_FILE);
  if (!fs.existsSync(full)) return { subject: defaultSubject(), issues: [], lineOf: () => 1 };
  return parseSubject(fs.readFileSync(full, "utf8"), file);
}

/** Parses the text of a stratus.yml. Every problem is an error at `file:line`; the defaults fill in. */
export function parseSubject(source: string, file: string): LoadedSubject {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const lineOf = (at: readonly (string | number)[]) => {
    for (let n = at.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(at.slice(0, n), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 1;
  };
  const issue = (line: number, message: string): ContentIssue => ({ file, line, message, severity: "error" });

  if (doc.errors.length > 0) {
    return {
      subject: defaultSubject(),
      issues: doc.errors.map((e) => issue(lineAt(e.pos[0]), `not valid YAML: ${e.message.split("\n")[0]}`)),
      lineOf,
    };
  }
  const result = subjectSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issues = result.error.issues.flatMap((i) => {
      const at = i.path.map((p) => (typeof p === "number" ? p : String(p)));
      const where = at.join(".");
      if (i.code === "unrecognized_keys") {
        return i.keys.map((key) => issue(lineOf([...at, key]), `unknown field "${where ? `${where}.` : ""}${key}"`));
      }
      return [issue(lineOf(at), where ? `${where}: ${i.message}` : i.message)];
    });
    return { subject: defaultSubject(), issues, lineOf };
  }

  const data = result.data;
  const issues: ContentIssue[] = [];
  const domains = data.domains
    .map((d, index) => ({ d, index }))
    .sort((a, b) => (a.d.order ?? Infinity) - (b.d.order ?? Infinity) || a.index - b.index)
    .map(({ d }): DomainInfo => ({ id: d.id, title: d.title, blurb: d.blurb, configured: true }));
  const ids = [...new Set(domains.map((d) => d.id))];
  const known = () => (ids.length > 0 ? `known domains: ${ids.join(", ")}` : "no domains are configured");

  const firstSeen = new Map<string, number>();
  data.domains.forEach((d, index) => {
    if (firstSeen.has(d.id)) issues.push(issue(lineOf(["domains", index, "id"]), `duplicate domain id "${d.id}" (also domains.${firstSeen.get(d.id)})`));
    else firstSeen.set(d.id, index);
  });
  const profileSeen = new Map<string, number>();
  (data.profiles ?? []).forEach((p, index) => {
    if (profileSeen.has(p.id)) issues.push(issue(lineOf(["profiles", index, "id"]), `duplicate profile id "${p.id}" (also profiles.${profileSeen.get(p.id)})`));
    else profileSeen.set(p.id, index);
  });
  if (data.defaultDomain !== undefined && !ids.includes(data.defaultDomain)) {
    issues.push(issue(lineOf(["defaultDomain"]), `defaultDomain "${data.defaultDomain}" is not a configured domain (${known()})`));
  }

  const profiles = (data.profiles ?? DEFAULT_PROFILES).map(
    (p): ExamProfile => ({
      id: p.id,
      name: p.name,
      ...(p.description ? { description: p.description } : {}),
      questions: p.questions,
      minutes: p.minutes,
      passMark: p.passMark,
      ...(p.weights ? { weights: { ...p.weights } } : {}),
      ...(p.unscored ? { unscored: p.unscored } : {}),
    }),
  );
  issues.sort((a, b) => a.line - b.line);
  const subject: Subject = {
    title: data.title,
    tagline: data.tagline,
    domains,
    profiles,
    ...(data.report ? { report: data.report } : {}),
    ...(data.defaultDomain && ids.includes(data.defaultDomain) ? { defaultDomain: data.defaultDomain } : {}),
  };
  return { subject, issues, lineOf };
}

/**
 * Profile weights must name domains that exist once folder domains are known: checked after every
 * note has been placed. Unknown ones are errors at their line, listing the domains there are.
 */
export function checkProfileWeights(loaded: LoadedSubject, file: string): ContentIssue[] {
  const ids = loaded.subject.domains.map((d) => d.id);
  return loaded.subject.profiles.flatMap((profile, index) =>
    Object.keys(profile.weights ?? {})
      .filter((id) => !ids.includes(id))
      .map((id) => ({
        file,
        line: loaded.lineOf(["profiles", index, "weights", id]),
        message: `profile "${profile.id}" weighs unknown domain "${id}" (known domains: ${ids.join(", ") || "none"})`,
        severity: "error" as const,
      })),
  );
}

/** "ec2_and-ebs" → "Ec2 and ebs": a folder name made readable, its own capitals kept. */
export function readableName(name: string): string {
  const words = name.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type DomainResolution = { ok: true; domain: DomainInfo } | { ok: false; message: string };

/**
 * The domain of a note. `file` is its path inside the content folder ("Networking/vpc.md").
 * Front matter wins, and must name a configured domain; else the top folder (a configured domain
 * when its slug matches one's id, otherwise an implicit domain named after the folder); else, for a
 * file at the content root, the default domain, the first configured one, or "Notes".
 */
export function resolveDomain(subject: Pick<Subject, "domains" | "defaultDomain">, file: string, frontMatterDomain?: string): DomainResolution {
  const configured = subject.domains.filter((d) => d.configured);
  if (frontMatterDomain !== undefined) {
    const domain = configured.find((d) => d.id === frontMatterDomain);
    if (domain) return { ok: true, domain };
    const known = configured.length > 0 ? `known domains: ${configured.map((d) => d.id).join(", ")}` : `no domains are configured in ${SUBJECT_FILE}`;
    return { ok: false, message: `unknown domain "${frontMatterDomain}" (${known})` };
  }
  const parts = file.split(/[\\/]/).filter(Boolean);
  if (parts.length > 1) {
    const folder = withoutExportId(parts[0]!);
    const id = slug(folder);
    const domain = configured.find((d) => d.id === id);
    return { ok: true, domain: domain ?? { id, title: readableName(folder), blurb: "", configured: false } };
  }
  const fallback = configured.find((d) => d.id === subject.defaultDomain) ?? configured[0] ?? NOTES_DOMAIN;
  return { ok: true, domain: fallback };
}

const natural = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** The configured domains, then the implicit ones that notes used, in natural order of their titles. */
export function withImplicitDomains(subject: Subject, used: readonly DomainInfo[]): Subject {
  const ids = new Set(subject.domains.map((d) => d.id));
  const implicit = new Map<string, DomainInfo>();
  for (const d of used) if (!ids.has(d.id) && !implicit.has(d.id)) implicit.set(d.id, d);
  const extra = [...implicit.values()].sort((a, b) => natural.compare(a.title, b.title) || natural.compare(a.id, b.id));
  return { ...subject, domains: [...subject.domains, ...extra] };
}
