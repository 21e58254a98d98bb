"use client";
// The progress page's live part: everything here is read from saved progress after hydration.
import { lazy, Suspense, useEffect } from "react";
import { useCatalog } from "@/components/store/use-bank";
import { useHydrated } from "@/components/store/use-hydrated";
import { useNow } from "@/components/store/use-now";
import { muted } from "@/components/study/styles";
import { Section } from "./section";

// Nothing here can paint before saved progress is read and the bank index has arrived, so the
// figures load in their own chunks (React.lazy, not next/dynamic: neither renders on the server,
// and next/dynamic's loader would itself add ~1.5 KiB to the page):
// - the readiness model and its charts;
// - every other figure, with the code that computes it (progress-details.tsx): requested on
//   mount, so it arrives while the bank index loads and costs the page no time.
const ReadinessPanel = lazy(() => import("@/components/readiness/readiness-panel").then((m) => ({ default: m.ReadinessPanel })));
const loadDetails = () => import("./progress-details");
const ProgressDetails = lazy(loadDetails);

export function ProgressView() {
  const hydrated = useHydrated();
  useEffect(() => void loadDetails(), []);
  const now = useNow();
  const catalog = useCatalog();

  if (catalog.status === "error") return <p role="alert">The question bank could not be loaded ({catalog.message}). Reload to try again.</p>;
  if (!hydrated || now === null || catalog.status !== "ready") return <p aria-busy="true" className={muted}>Loading your progress…</p>;

  return (
    <div className="grid gap-6">
      <Section id="readiness-title" title="Am I ready?">
        <Suspense fallback={<p aria-busy="true" className={muted}>Loading your readiness…</p>}>
          <ReadinessPanel />
        </Suspense>
      </Section>
      <Suspense fallback={<p aria-busy="true" className={muted}>Loading your progress…</p>}>
        <ProgressDetails catalog={catalog.data} now={now} />
      </Suspense>
    </div>
  );
}
