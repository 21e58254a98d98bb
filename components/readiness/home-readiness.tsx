"use client";
// The home page's readiness summary, shown only once an exam date is set. Loaded after the page is
// interactive (see home-readiness-slot.tsx): it brings the store and the model with it.
import { useHydrated } from "@/components/store/use-hydrated";
import { panel } from "@/components/study/styles";
import { useStratus } from "@/lib/store";
import { selectExamPlan } from "@/lib/store/plan-slice";
import { ReadinessPanel } from "./readiness-panel";

export default function HomeReadiness() {
  const hydrated = useHydrated();
  const plan = useStratus(selectExamPlan);
  if (!hydrated || !plan) return null;
  return (
    <section aria-labelledby="home-readiness-title" className={`${panel} space-y-3`}>
      <h2 id="home-readiness-title" className="text-2xl font-bold tracking-tight">
        Am I ready?
      </h2>
      <ReadinessPanel summary />
    </section>
  );
}
