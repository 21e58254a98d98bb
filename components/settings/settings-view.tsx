"use client";
// The settings page's live part, shown once saved progress has been read.
import { useHydrated } from "@/components/store/use-hydrated";
import { muted, panel } from "@/components/study/styles";
import { ExamPlanSettings } from "@/components/readiness/exam-plan-settings";
import { OfflinePanel } from "./offline-panel";
import { OptimiserPanel } from "./optimiser-panel";
import { ResetPanel } from "./reset-panel";
import { StoragePanel } from "./storage-panel";
import { StudySettingsForm } from "./study-settings-form";
import { TransferPanel } from "./transfer-panel";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`${panel} space-y-3`}>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function SettingsView() {
  const hydrated = useHydrated();
  if (!hydrated) return <p aria-busy="true" className={muted}>Loading your settings…</p>;
  return (
    <div className="grid gap-6">
      <Section id="study" title="Study">
        <StudySettingsForm />
      </Section>
      <Section id="exam-plan" title="Your exam">
        <ExamPlanSettings />
      </Section>
      <Section id="optimiser" title="Optimise my scheduler">
        <OptimiserPanel />
      </Section>
      <Section id="storage" title="Where your progress lives">
        <StoragePanel />
      </Section>
      <Section id="export" title="Export and import">
        <TransferPanel />
      </Section>
      <Section id="offline" title="Offline use">
        <OfflinePanel />
      </Section>
      <Section id="reset" title="Reset">
        <ResetPanel />
      </Section>
    </div>
  );
}
