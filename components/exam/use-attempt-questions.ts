"use client";
// Loads the questions an attempt needs from the static JSON files: only the topics that hold them.
import { useEffect, useMemo, useState } from "react";
import type { Question } from "@/lib/content/types";
import { fetchQuestionsById } from "@/lib/data/fetch-bank";

interface Loaded {
  key: string;
  questions?: Map<string, Question>;
  error?: string;
}

const EMPTY: Map<string, Question> = new Map();

export function useAttemptQuestions(questionIds: readonly string[] | undefined) {
  // Sorted once per attempt, not on every answer.
  const key = useMemo(() => (questionIds ? [...questionIds].sort().join(",") : ""), [questionIds]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    fetchQuestionsById(key.split(",")).then(
      (questions) => !cancelled && setLoaded({ key, questions }),
      (e: unknown) => !cancelled && setLoaded({ key, error: (e as Error).message }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, attempt]);

  const current = loaded?.key === key ? loaded : null;
  return {
    // An attempt with no questions has nothing to fetch (only reachable through odd stored data).
    questions: questionIds && questionIds.length === 0 ? EMPTY : (current?.questions ?? null),
    error: current?.error ?? null,
    retry: () => {
      setLoaded(null);
      setAttempt((n) => n + 1);
    },
  };
}
