"use client";
// The /exam/ page: what is running, ways to start, the history and the pass mark.
import { useRouter, useSearchParams } from "next/navigation";
import { lazy, Suspense, useEffect } from "react";
import type { Subject } from "@/lib/content/types";
import type { ProfilePlan } from "@/lib/exam/compose";
import { parseTopicList, type TopicInfo } from "@/lib/exam/labels";
import { useStratus } from "@/lib/store";
import { selectActiveAttempt } from "@/lib/store/exam-slice";
import { ActiveExamNotice } from "./active-exam-notice";
import { CustomExamForm } from "./custom-exam-form";
import { ExamHistory } from "./exam-history";
import { PassMarkSetting } from "./pass-mark-setting";
import { ProfileExams } from "./profile-exams";
import { SetAsideNotice } from "./set-aside-notice";
import { Skeleton } from "./skeleton";
import { useExpiryCheck } from "./use-expiry-check";
import { useStoreHydrated } from "./use-store-hydrated";

// Only a link from a result ("Retake the ones I missed") opens the page with ?retake=.
const RetakePanel = lazy(() => import("./retake-panel").then((m) => ({ default: m.RetakePanel })));

type StartProps = {
  topics: TopicInfo[];
  subject: Pick<Subject, "domains" | "profiles">;
  /** Each profile's plan (lib/exam/compose planProfiles), worked out at build time. */
  plans: ProfilePlan[];
};

export function ExamStart(props: StartProps) {
  const hydrated = useStoreHydrated();
  return hydrated ? <StartScreen {...props} /> : <Skeleton label="Loading your exams" />;
}

function StartScreen({ topics, subject, plans }: StartProps) {
  const router = useRouter();
  const params = useSearchParams();
  const active = useStratus(selectActiveAttempt);
  const retakeId = params.get("retake");
  const preselected = parseTopicList(params.get("topics"), topics);

  // The deadline passed while the tab was closed: the exam is over, so go straight to its results.
  useExpiryCheck();
  const timedOut = active !== null && active.status !== "running";
  useEffect(() => {
    if (timedOut) router.replace("/exam/session/");
  }, [timedOut, router]);

  // Links such as /exam/#pass-mark point at sections that exist only after storage is read.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);

  return (
    <div className="space-y-10">
      <SetAsideNotice />
      {active && <ActiveExamNotice attempt={active} />}
      {retakeId && (
        <Suspense fallback={<Skeleton label="Loading the retake" />}>
          <RetakePanel attemptId={retakeId} />
        </Suspense>
      )}
      <section aria-labelledby="start-title" className="space-y-4">
        <h2 id="start-title" className="text-xl font-semibold">
          Start an exam
        </h2>
        <ProfileExams profiles={subject.profiles} plans={plans} domains={subject.domains} />
        <CustomExamForm topics={topics} domains={subject.domains} preselected={preselected} />
      </section>
      <ExamHistory />
      <PassMarkSetting profiles={subject.profiles} />
    </div>
  );
}
