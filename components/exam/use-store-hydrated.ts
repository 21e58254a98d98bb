"use client";
// The store skips hydration so the first render never reads local storage (server and client
// agree). This reads it once, after mount, and reports when it is done.
import { useEffect, useSyncExternalStore } from "react";
import { useStratus } from "@/lib/store";

const subscribe = (onChange: () => void) => useStratus.persist.onFinishHydration(onChange);

export function useStoreHydrated(): boolean {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => useStratus.persist.hasHydrated(),
    () => false,
  );
  useEffect(() => {
    if (!useStratus.persist.hasHydrated()) void useStratus.persist.rehydrate();
  }, []);
  return hydrated;
}
