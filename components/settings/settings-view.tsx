"use client";
// The settings page's live part, shown once saved progress has been read.
import { useHydrated } from "@/components/store/use-hydrated";
import { muted, panel } from "@/components/study/styles";
import { useLoaded } from "@/components/ui/use-loaded";
import { StudySettingsForm } from "./study-settings-form";

// Only the study settings are in the page's first JavaScript. The panels below them (a phone shows
// none of them at first) load in one chunk, requested on mount, so it arrives with saved progress;
// their sections, headings and ids are there from the start, and each says it is loading until then.
const loadPanels = () => import("./settings-panels");

/** `children` null or false: still loading. */
function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={`${panel} space-y-3`}>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h2>
      {children || <p aria-busy="true" className={muted}>Loading…</p>}
    </section>
  );
}

export function SettingsView() {
  const hydrated = useHydrated();
  const panels = useLoaded(loadPanels);
  if (!hydrated) return <p aria-busy="true" className={muted}>Loading your settings…</p>;
  return (
    <div className="grid gap-6">
      <Section id="study" title="Study">
        <StudySettingsForm />
      </Section>
      <Section id="exam-plan" title="Your exam">
        {panels && <panels.ExamPlanSettings />}
      </Section>
      <Section id="optimiser" title="Optimise my scheduler">
        {panels && <panels.OptimiserPanel />}
      </Section>
      <Section id="storage" title="Where your progress lives">
        {panels && <panels.StoragePanel />}
      </Section>
      <Section id="export" title="Export and import">
        {panels && <panels.TransferPanel />}
      </Section>
      <Section id="offline" title="Offline use">
        {panels && <panels.OfflinePanel />}
      </Section>
      <Section id="reset" title="Reset">
        {panels && <panels.ResetPanel />}
      </Section>
    </div>
  );
}
