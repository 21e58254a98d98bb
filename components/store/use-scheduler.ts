"use client";
// Pages that record answers (review, the running exam) load the scheduler as they open, so it is
// there by the first answer; other pages never load it (see lib/store/scheduler-port.ts).
import { useEffect } from "react";
import { loadScheduler } from "@/lib/store/scheduler-port";

export function useScheduler(): void {
  useEffect(() => {
    // A failure (offline, chunk not cached) is retried by the first answer, which waits for it.
    loadScheduler().catch(() => undefined);
  }, []);
}
