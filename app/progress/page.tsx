import type { Metadata } from "next";
import { ProgressView } from "@/components/progress/progress-view";

export const metadata: Metadata = {
  title: "Progress",
  description: "Reviews due over the next two weeks, mastery by topic, exam scores and study days.",
};

export default function ProgressPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Progress</h1>
      <ProgressView />
    </div>
  );
}
