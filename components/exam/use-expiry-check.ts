"use client";
// On arrival, ends an attempt whose deadline passed while the tab was closed or asleep, so the
// page shows what really happened: the exam is over and is scored with the answers given.
import { useEffect } from "react";

export function useExpiryCheck() {
  useEffect(() => {
    // Loaded, not imported: the exam page would otherwise ship the exam engine for this one check
    // (the session page has it already, so there it resolves at once).
    void import("@/lib/store/exam-actions").then(({ examEvent }) => examEvent({ type: "tick" }, Date.now()));
  }, []);
}
