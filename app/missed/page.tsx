import type { Metadata } from "next";
import { MissedList } from "@/components/missed/missed-list";

export const metadata: Metadata = {
  title: "Missed questions",
  description: "Every question whose last answer was wrong, by topic, with the options you keep choosing.",
};

export default function MissedPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Missed questions</h1>
      <MissedList />
    </div>
  );
}
