import type { Metadata } from "next";
import { ExamSession } from "@/components/exam/exam-session";
import { getTopicInfo } from "@/lib/content/topic-info";
import { examPreloadScript } from "@/lib/store/saved-exam";

export const metadata: Metadata = { title: "Exam in progress", robots: { index: false } };

export default function ExamSessionPage() {
  return (
    <>
      {/* Inline and blocking on purpose: it starts fetching the saved attempt's bank files while the
          page's JavaScript is still loading, so the first question can paint as soon as React runs. */}
      <script dangerouslySetInnerHTML={{ __html: examPreloadScript }} />
      <ExamSession topics={getTopicInfo()} />
    </>
  );
}
