"use client";
// On arrival, ends an attempt whose deadline passed while the tab was closed or asleep, so the
// page shows what really happened: the exam is over and is scored with the answers given.
import { useEffect } from "react";
import { useStratus } from "@/lib/store";

export function useExpiryCheck() {
  useEffect(() => {
    useStratus.getState().examEvent({ type: "tick" }, Date.now());
  }, []);
}
