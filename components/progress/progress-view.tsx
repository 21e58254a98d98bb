"use client";
// The progress page's live part: everything here is read from saved progress after hydration.
import { useCatalog } from "@/components/store/use-bank";
import { useHydrated } from "@/components/store/use-hydrated";
import { useNow } from "@/components/store/use-now";
import { muted } from "@/components/study/styles";
import { useLoaded } from "@/components/ui/use-loaded";
import { Section } from "./section";

// Nothing here can paint before saved progress is read and the bank index has arrived, so the
// figures load in their own chunks, both requested on mount, so they arrive while the bank index
// loads and cost the page no time (useLoaded, not next/dynamic, whose loader would itself add
// ~1.5 KiB to the page):
// - the readiness model and its charts;
// - every other figure, with the code that computes it (progress-details.tsx).
const loadReadiness = () => import("@/components/readiness/readiness-panel");
const loadDetails = () => import("./progress-details");

export function ProgressView() {
  const hydrated = useHydrated();
  const readiness = useLoaded(loadReadiness);
  const details = useLoaded(loadDetails);
  const now = useNow();
  const catalog = useCatalog();

  if (catalog.status === "error") return <p role="alert">The question bank could not be loaded ({catalog.message}). Reload to try again.</p>;
  // All at once: the readiness panel above the other figures is taller than any placeholder, so
  // showing the figures first would push them down the page as it arrives.
  if (!hydrated || now === null || catalog.status !== "ready" || !readiness || !details) {
    return <p aria-busy="true" className={muted}>Loading your progress…</p>;
  }

  return (
    <div className="grid gap-6">
      <Section id="readiness-title" title="Am I ready?">
        <readiness.ReadinessPanel />
      </Section>
      <details.ProgressDetails catalog={catalog.data} now={now} />
    </div>
  );
}
