"use client";
// The store skips hydration so the first render never reads local storage (server and client
// agree). This reads it once, after mount, and reports when it is done.
import { useEffect, useSyncExternalStore } from "react";
import { hydrateStore, useStratus } from "@/lib/store";

const subscribe = (onChange: () => void) => useStratus.persist.onFinishHydration(onChange);

export function useStoreHydrated(): boolean {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => useStratus.persist.hasHydrated(),
    () => false,
  );
  useEffect(() => {
    // hydrateStore reads once per page load and then follows other tabs' writes.
    void hydrateStore();
  }, []);
  return hydrated;
}
