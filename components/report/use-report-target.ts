"use client";
// The subject's "Report a problem" target, read once from the bank index the page fetches anyway.
import { useEffect, useState } from "react";
import { fetchReportTarget } from "@/lib/data/fetch-bank";
import type { ReportTarget } from "@/lib/report/issue-link";

export function useReportTarget(): ReportTarget | undefined {
  const [target, setTarget] = useState<ReportTarget | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // No target (or no index) simply hides the link: reporting is never worth an error message.
    fetchReportTarget().then(
      (t) => live && setTarget(t),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return target;
}
