import type { Metadata } from "next";
import { ExamSession } from "@/components/exam/exam-session";
import { getTopicInfo } from "@/lib/content/topic-info";

export const metadata: Metadata = { title: "Exam in progress", robots: { index: false } };

export default function ExamSessionPage() {
  return <ExamSession topics={getTopicInfo()} />;
}
