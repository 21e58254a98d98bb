import type { Metadata } from "next";
import { Suspense } from "react";
import { ExamStart } from "@/components/exam/exam-start";
import { Skeleton } from "@/components/exam/skeleton";
import { getSubject } from "@/lib/content";
import { getTopicInfo } from "@/lib/content/topic-info";
import { planProfiles } from "@/lib/exam/compose";

export const metadata: Metadata = { title: "Practice exams" };

export default function ExamPage() {
  const topics = getTopicInfo();
  const subject = getSubject();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Practice exams</h1>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">
          Timed like the real exam, scored as a percentage. The exam in progress is saved in this browser: reload or
          close the tab and carry on where you left off.
        </p>
      </header>
      <Suspense fallback={<Skeleton label="Loading your exams" />}>
        <ExamStart topics={topics} subject={subject} plans={planProfiles(subject.profiles, topics, subject.domains)} />
      </Suspense>
    </div>
  );
}
