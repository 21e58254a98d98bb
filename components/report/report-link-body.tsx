"use client";
// "Report a problem" under a question or flashcard: opens a prefilled issue or e-mail. Loaded by
// report-link.tsx only when the content config names somewhere to send reports.
import { useMemo } from "react";
import { reportHref, type ReportedItem, type ReportTarget } from "@/lib/report/issue-link";

export interface ReportLinkProps {
  target: ReportTarget | undefined;
  id: string;
  topic: string;
  kind: ReportedItem["kind"];
  /** Plain text, or HTML to read the text from (flashcards have no plain-text field). */
  text?: string;
  html?: string;
}

function textOf(html: string): string {
  // The browser's own parser, not a regex: entities, nesting and code spans come out right.
  return new DOMParser().parseFromString(html, "text/html").body.textContent?.trim() ?? "";
}

export default function ReportLinkBody({ target, id, topic, kind, text, html }: ReportLinkProps) {
  const href = useMemo(
    () => (target ? reportHref(target, { id, topic, kind, text: text ?? (html ? textOf(html) : "") }) : null),
    [target, id, topic, kind, text, html],
  );
  if (!href) return null;
  const external = !href.startsWith("mailto:");
  return (
    <p className="text-sm">
      <a
        href={href}
        className="text-slate-600 underline underline-offset-2 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white"
        aria-label={`Report a problem with this ${kind}`}
        {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      >
        Report a problem
      </a>
    </p>
  );
}
