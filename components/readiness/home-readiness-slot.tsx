"use client";
// Keeps the store and the readiness model out of the home page's own JavaScript: they load in a
// separate chunk after hydration, and render nothing unless an exam date is set.
import dynamic from "next/dynamic";

const HomeReadiness = dynamic(() => import("./home-readiness"), { ssr: false });

export function HomeReadinessSlot() {
  return <HomeReadiness />;
}
