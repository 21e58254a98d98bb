"use client";
// The settings page's live part, shown once saved progress has been read.
import { lazy, Suspense, useEffect, type ComponentType } from "react";
import { useHydrated } from "@/components/store/use-hydrated";
import { muted, panel } from "@/components/study/styles";
import { StudySettingsForm } from "./study-settings-form";

// Only the study settings are in the page's first JavaScript. The panels below them (a phone shows
// none of them at first) load in one chunk, requested on mount, so it arrives with saved progress;
// their sections, headings and ids are there from the start, and each says it is loading until then.
const loadPanels = () => import("./settings-panels");
const lazyPanel = (name: Exclude<keyof Awaited<ReturnType<typeof loadPanels>>, "default">) =>
  lazy(() => loadPanels().then((m): { default: ComponentType } => ({ default: m[name] })));
const ExamPlanSettings = lazyPanel("ExamPlanSettings");
const OptimiserPanel = lazyPanel("OptimiserPanel");
const StoragePanel = lazyPanel("StoragePanel");
const TransferPanel = lazyPanel("TransferPanel");
const OfflinePanel = lazyPanel("OfflinePanel");
const ResetPanel = lazyPanel("ResetPanel");

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`${panel} space-y-3`}>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h2>
      <Suspense fallback={<p aria-busy="true" className={muted}>Loading…</p>}>{children}</Suspense>
    </section>
  );
}

export function SettingsView() {
  const hydrated = useHydrated();
  useEffect(() => void loadPanels(), []);
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
