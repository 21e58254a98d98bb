import type { Metadata } from "next";
import { EarlyExam } from "@/components/exam/early-exam";
import { ExamSession } from "@/components/exam/exam-session";
import { getTopicInfo } from "@/lib/content/topic-info";

export const metadata: Metadata = { title: "Exam in progress", robots: { index: false } };

export default function ExamSessionPage() {
  // EarlyExam paints the question on screen from saved data before the page's JavaScript has loaded.
  return <ExamSession topics={getTopicInfo()} early={<EarlyExam />} />;
}
