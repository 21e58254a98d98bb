"use client";
// Loaded only when saved data holds an exam (home-exam-notice.tsx): reads it through the store,
// which checks the record, and shows the same notice as the exams page.
import { useStratus } from "@/lib/store";
import { selectActiveAttempt } from "@/lib/store/exam-slice";
import { ActiveExamNotice } from "./active-exam-notice";
import { useStoreHydrated } from "./use-store-hydrated";

export function HomeExamBanner() {
  const hydrated = useStoreHydrated();
  const active = useStratus(selectActiveAttempt);
  if (!hydrated || !active) return null;
  return <ActiveExamNotice attempt={active} place="home" />;
}
