"use client";
// Pages that record answers (review, the running exam) load the scheduler as they open, in
// parallel with their data, so it is there by the first answer; other pages never load it (see
// lib/store/scheduler-port.ts). Returns it once loaded.
import { useEffect, useState } from "react";
import { loadedScheduler, loadScheduler, type SchedulerModule } from "@/lib/store/scheduler-port";

export function useScheduler(): SchedulerModule | undefined {
  const [scheduler, setScheduler] = useState(loadedScheduler);
  useEffect(() => {
    if (scheduler) return;
    let live = true;
    // A failure (offline, chunk not cached) is retried by the first answer, which waits for it.
    loadScheduler().then(
      (m) => live && setScheduler(() => m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [scheduler]);
  return scheduler;
}
