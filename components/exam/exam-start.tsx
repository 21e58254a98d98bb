"use client";
// The /exam/ page: what is running, ways to start, the history and the pass mark.
import { useRouter, useSearchParams } from "next/navigation";
import { lazy, Suspense, useEffect } from "react";
import type { Subject } from "@/lib/content/types";
import type { ProfilePlan } from "@/lib/exam/compose";
import type { ExamAttempt } from "@/lib/exam/types";
import { parseTopicList, type TopicInfo } from "@/lib/exam/labels";
import { useStratus } from "@/lib/store";
import { selectActiveAttempt } from "@/lib/store/exam-slice";
import { hasSavedExam } from "@/lib/store/saved-exam";
import { ExamHistory } from "./exam-history";
import { PassMarkSetting } from "./pass-mark-setting";
import { ProfileExams } from "./profile-exams";
import { SetAsideNotice } from "./set-aside-notice";
import { Skeleton } from "./skeleton";
import { useExpiryCheck } from "./use-expiry-check";
import { useLoaded } from "@/components/ui/use-loaded";
import { useStoreHydrated } from "./use-store-hydrated";

// Only a link from a result ("Retake the ones I missed") opens the page with ?retake=.
const RetakePanel = lazy(() => import("./retake-panel").then((m) => ({ default: m.RetakePanel })));
// Shown only while an exam is running: requested on mount when saved data holds one, so it is
// there by the time saved progress has been read, and nobody else loads it.
const loadActiveNotice = () => import("./active-exam-notice");
// Below the profiles' exams (a phone shows none of it at first): requested on mount.
const loadCustomForm = () => import("./custom-exam-form");

type StartProps = {
  topics: TopicInfo[];
  subject: Pick<Subject, "domains" | "profiles">;
  /** Each profile's plan (lib/exam/compose planProfiles), worked out at build time. */
  plans: ProfilePlan[];
};

export function ExamStart(props: StartProps) {
  const hydrated = useStoreHydrated();
  useEffect(() => {
    if (hasSavedExam(window.localStorage)) void loadActiveNotice();
    void loadCustomForm();
  }, []);
  return hydrated ? <StartScreen {...props} /> : <Skeleton label="Loading your exams" />;
}

function StartScreen({ topics, subject, plans }: StartProps) {
  const router = useRouter();
  const params = useSearchParams();
  const customForm = useLoaded(loadCustomForm);
  const active = useStratus(selectActiveAttempt);
  const retakeId = params.get("retake");
  const preselected = parseTopicList(params.get("topics"), topics);

  // The deadline passed while the tab was closed: the exam is over, so go straight to its results.
  useExpiryCheck();
  const timedOut = active !== null && active.status !== "running";
  useEffect(() => {
    if (timedOut) router.replace("/exam/session/");
  }, [timedOut, router]);

  return (
    <div className="space-y-10">
      <SetAsideNotice />
      {active && <ActiveNotice attempt={active} />}
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
        {customForm ? (
          <>
            <customForm.CustomExamForm topics={topics} domains={subject.domains} preselected={preselected} />
            <ScrollToHash />
          </>
        ) : (
          <Skeleton label="Loading the custom exam form" />
        )}
      </section>
      <ExamHistory />
      <PassMarkSetting profiles={subject.profiles} />
    </div>
  );
}

/** The running exam's notice, once its chunk is in (nothing until then: it is quick, see above). */
function ActiveNotice({ attempt }: { attempt: ExamAttempt }) {
  const notice = useLoaded(loadActiveNotice);
  return notice ? <notice.ActiveExamNotice attempt={attempt} /> : null;
}

/**
 * Links such as /exam/#pass-mark point at sections that exist only after storage is read. Rendered
 * with the custom exam form, which loads on its own: the sections below it are where they will
 * stay only once it is in.
 */
function ScrollToHash() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  return null;
}
