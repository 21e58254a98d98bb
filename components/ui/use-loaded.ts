"use client";
// Code splitting without Suspense: the module a component needs, once it has loaded (null until
// then), for parts of a page that load in their own chunk. React.lazy would do the same, but React
// throttles revealing suspended content with a timer (up to 300 ms), which delays the paint, and
// never fires at all under a paused test clock. A module loaded once is there at once for every
// later mount (a new review card, another missed question): no loading state in between.
import { useEffect, useState } from "react";

const loaded = new Map<() => Promise<unknown>, unknown>();

export function useLoaded<M>(load: () => Promise<M>): M | null {
  const [module, setModule] = useState<M | null>(() => (loaded.get(load) as M | undefined) ?? null);
  useEffect(() => {
    if (module) return;
    let live = true;
    void load().then((m) => {
      loaded.set(load, m);
      if (live) setModule(() => m);
    });
    return () => {
      live = false;
    };
  }, [load, module]);
  return module;
}
