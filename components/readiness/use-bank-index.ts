"use client";
// The bank index (subject, profiles, topics), fetched once per page. Apart from use-readiness.ts so
// the settings page's exam plan form does not load the readiness model and FSRS with it.
import { useEffect, useState } from "react";
import type { BankIndex } from "@/lib/content/types";
import { fetchBankIndex, loadedBankIndex } from "@/lib/data/fetch-bank";

export function useBankIndex(): BankIndex | null | Error {
  const [index, setIndex] = useState<BankIndex | null | Error>(loadedBankIndex);
  useEffect(() => {
    if (loadedBankIndex()) return;
    let live = true;
    fetchBankIndex().then(
      (data) => live && setIndex(data),
      (error: unknown) => live && setIndex(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, []);
  return index;
}
