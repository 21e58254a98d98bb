"use client";
// Starting an exam: read the bank index, plan the attempt with a fresh seed, store it, open it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ExamRequest } from "@/lib/exam/compose";
import { useStratus } from "@/lib/store";
import { selectActiveAttempt } from "@/lib/store/exam-slice";

function newSeed(): number {
  // getRandomValues works on plain http too (randomUUID needs a secure context).
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now() >>> 0;
}

export function useStartExam() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function start(request: ExamRequest) {
    setError(null);
    if (selectActiveAttempt(useStratus.getState())) {
      setError("An exam is already running. Resume it or end it first (see the top of this page).");
      return;
    }
    setPending(true);
    try {
      // The composer and the bank's loader load with the index, only when an exam is started.
      const [index, { planExam }] = await Promise.all([
        import("@/lib/data/fetch-bank").then((m) => m.fetchBankIndex()),
        import("@/lib/exam/compose"),
      ]);
      const plan = planExam(request, index.topics, newSeed(), Date.now());
      if (!plan.ok) return setError(plan.error);
      const started = useStratus.getState().startExam(plan.attempt);
      if (!started.ok) return setError(started.error);
      router.push("/exam/session/");
    } catch (e) {
      setError(`The question index could not be loaded. Check your connection and try again. (${(e as Error).message})`);
    } finally {
      setPending(false);
    }
  }

  return { start, error, pending };
}
