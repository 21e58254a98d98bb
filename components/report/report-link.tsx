"use client";
// "Report a problem" under a question or flashcard. Most subjects configure nowhere to send reports
// (content/stratus.yml `report`), so the link and its issue-text builder load only when one does.
import { lazy, Suspense } from "react";
import type { ReportLinkProps } from "./report-link-body";

const ReportLinkBody = lazy(() => import("./report-link-body"));

export function ReportLink(props: ReportLinkProps) {
  if (!props.target) return null;
  return (
    <Suspense fallback={null}>
      <ReportLinkBody {...props} />
    </Suspense>
  );
}
