import type { Metadata } from "next";
import { Suspense } from "react";
import { ExamResults } from "@/components/exam/exam-results";
import { Skeleton } from "@/components/exam/skeleton";
import { getSubject } from "@/lib/content";
import { getTopicInfo } from "@/lib/content/topic-info";

export const metadata: Metadata = { title: "Exam results", robots: { index: false } };

export default function ExamResultsPage() {
  return (
    <Suspense fallback={<Skeleton label="Loading your results" />}>
      <ExamResults topics={getTopicInfo()} domains={getSubject().domains} />
    </Suspense>
  );
}
