"use client";
// Settings' "Your exam" section: the exam plan form, with the profiles the bank index names.
import { ExamPlanForm } from "./exam-plan-form";
import { profilesOf } from "@/lib/readiness/inputs";
import { useBankIndex } from "./use-bank-index";
import { useNow } from "@/components/store/use-now";
import { useStratus } from "@/lib/store";
import { selectPassMarkOverride } from "@/lib/store/exam-slice";
import { muted } from "@/components/study/styles";

export function ExamPlanSettings() {
  const index = useBankIndex();
  const now = useNow();
  const passMark = useStratus(selectPassMarkOverride);
  if (index instanceof Error) return <p role="alert">The exam list could not be loaded ({index.message}). Reload to try again.</p>;
  if (index === null || now === null) return <p aria-busy="true" className={muted}>Loading…</p>;
  return <ExamPlanForm profiles={profilesOf(index, passMark)} now={now} />;
}
