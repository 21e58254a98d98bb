// Saved progress is read after the first render (the static HTML knows nothing of it), so pages
// render a neutral state until this turns true.
import { useEffect, useSyncExternalStore } from "react";
import { hydrateStore, useStratus } from "@/lib/store";

const subscribe = (onChange: () => void) => useStratus.persist.onFinishHydration(onChange);

export function useHydrated(): boolean {
  useEffect(() => {
    void hydrateStore();
  }, []);
  return useSyncExternalStore(subscribe, () => useStratus.persist.hasHydrated(), () => false);
}
