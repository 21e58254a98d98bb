"use client";
// Mounted once in the layout, on every page: starts reading saved progress once the page is idle,
// and shows the storage banner when local storage lets the candidate down. Its words and buttons
// (storage-messages.tsx) load only then: almost every visit never needs them.
import { lazy, Suspense, useEffect, useSyncExternalStore } from "react";
import { HEALTHY, storageStatus, type StorageStatus } from "@/lib/store/storage-status";

const StorageMessages = lazy(() => import("./storage-messages"));

const needsBanner = (s: StorageStatus) => s.setAside !== null || s.blocked || s.full || s.unavailable || s.logUnsaved || s.logDamaged > 0;

export function StorageBanner() {
  const status = useSyncExternalStore(storageStatus.subscribe, storageStatus.get, () => HEALTHY);
  useEffect(() => {
    // Every page checks saved progress (and follows other tabs), not only the study pages; the
    // store loads after the page is interactive, in its own chunk.
    const start = () => void import("@/lib/store").then((m) => m.hydrateStore());
    if ("requestIdleCallback" in window) {
      const id = requestIdleCallback(start, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(start, 200);
    return () => clearTimeout(id);
  }, []);
  if (!needsBanner(status)) return null;
  return (
    <Suspense fallback={null}>
      <StorageMessages status={status} />
    </Suspense>
  );
}
