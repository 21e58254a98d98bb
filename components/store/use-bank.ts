// Bank data for client pages, fetched from the static JSON files at runtime.
import { useEffect, useState } from "react";
import { fetchBankIndex, fetchTopicBank } from "@/lib/data/fetch-bank";
import type { TopicBank } from "@/lib/content/types";
import { catalogOf, type BankCatalog } from "@/lib/review/catalog";

export type Loaded<T> = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; data: T };

export function useCatalog(): Loaded<BankCatalog> {
  const [state, setState] = useState<Loaded<BankCatalog>>({ status: "loading" });
  useEffect(() => {
    let live = true;
    fetchBankIndex().then(
      (index) => live && setState({ status: "ready", data: catalogOf(index) }),
      (error: unknown) => live && setState({ status: "error", message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** Several topics' banks at once (missed questions span topics); keyed by slug. */
export function useTopicBanks(slugs: readonly string[]): Loaded<Record<string, TopicBank>> {
  const key = [...slugs].sort().join(",");
  const [state, setState] = useState<{ key: string; loaded: Loaded<Record<string, TopicBank>> }>({ key: "", loaded: { status: "loading" } });
  useEffect(() => {
    let live = true;
    const list = key ? key.split(",") : [];
    Promise.all(list.map((slug) => fetchTopicBank(slug))).then(
      (banks) => live && setState({ key, loaded: { status: "ready", data: Object.fromEntries(banks.map((b, i) => [list[i]!, b])) } }),
      (error: unknown) => live && setState({ key, loaded: { status: "error", message: String(error) } }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state.key === key ? state.loaded : { status: "loading" };
}
