// "Report a problem" with a question or flashcard: a link that opens a prefilled issue (GitHub new
// issue page) or an e-mail, built from the subject's `report` config. Pure, so each rule is tested.

/** Where reports go: `subject.report` in the content config (served in /data/index.json). */
export interface ReportTarget {
  url?: string;
  email?: string;
}

export interface ReportedItem {
  id: string;
  topic: string;
  kind: "question" | "flashcard";
  /** Plain text of the stem or the front of the card. */
  text: string;
}

/** Browsers and GitHub cope with far longer, but some mail clients cut a mailto near 2,000 characters. */
export const MAX_ISSUE_URL = 8000;
export const MAX_MAILTO = 2000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `report` part of a bank index, if it has a usable one; anything else reads as "not set". */
export function reportTargetOf(index: unknown): ReportTarget | undefined {
  const report = isObject(index) && isObject(index.subject) ? index.subject.report : undefined;
  if (!isObject(report)) return undefined;
  const target: ReportTarget = {};
  if (typeof report.url === "string" && /^https?:\/\//i.test(report.url.trim())) target.url = report.url.trim();
  if (typeof report.email === "string" && /^[^\s@<>]+@[^\s@<>]+$/.test(report.email.trim())) target.email = report.email.trim();
  return target.url || target.email ? target : undefined;
}

export function reportTitle(item: ReportedItem): string {
  return `Problem with ${item.kind} ${item.id}`;
}

export function reportBody(item: ReportedItem, text: string): string {
  return [
    `${item.kind === "question" ? "Question" : "Flashcard"}: ${item.id}`,
    `Topic: ${item.topic}`,
    "",
    "Text:",
    ...text.split("\n").map((line) => `> ${line}`),
    "",
    "What is wrong (and a source, if you have one):",
    "",
  ].join("\n");
}

/** A repository page (https://github.com/owner/repo, with or without /issues…) → its new-issue page. */
function newIssueBase(url: string): string {
  const github = /^(https?:\/\/github\.com\/[^/?#]+\/[^/?#]+)/i.exec(url);
  if (github) return `${github[1]!.replace(/\.git$/, "")}/issues/new`;
  return url;
}

function withParams(base: string, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&");
  return `${base}${base.includes("?") ? "&" : "?"}${query}`;
}

/**
 * The longest text (cut at a character, "…" added) whose link fits in `max` characters. The
 * encoded length grows unevenly with the text, so the cut is found by binary search.
 */
function fitted(build: (text: string) => string, text: string, max: number): string {
  const full = build(text);
  if (full.length <= max) return full;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (build(`${chars.slice(0, mid).join("")}…`).length <= max) low = mid;
    else high = mid - 1;
  }
  return build(`${chars.slice(0, low).join("")}…`);
}

/**
 * The link for "Report a problem", or null when the content config names nowhere to report to
 * (then the link is hidden). A URL wins over an e-mail address.
 */
export function reportHref(target: ReportTarget | undefined, item: ReportedItem): string | null {
  if (target?.url) {
    const base = newIssueBase(target.url);
    return fitted((text) => withParams(base, { title: reportTitle(item), body: reportBody(item, text) }), item.text, MAX_ISSUE_URL);
  }
  if (target?.email) {
    const base = `mailto:${target.email}`;
    return fitted((text) => withParams(base, { subject: reportTitle(item), body: reportBody(item, text) }), item.text, MAX_MAILTO);
  }
  return null;
}
