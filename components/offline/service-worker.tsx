"use client";
// Registers the service worker after the page has loaded (its code is fetched only then, so it adds
// nothing to the first load) and offers "Reload for the new version" when a new deploy is waiting.
// The offer is held back on the exam session page: reloading must never interrupt an exam.
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { BASE_PATH, withBasePath } from "@/lib/content/links";
import { buttonClass } from "@/components/ui/button";

type Waiting = { reload: () => void };

export function ServiceWorker() {
  const pathname = usePathname() ?? "/";
  const [waiting, setWaiting] = useState<Waiting | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let cancelled = false;
    const start = async () => {
      const [{ Serwist }, { cacheThisPage }] = await Promise.all([import("@serwist/window"), import("@/lib/offline/visited")]);
      if (cancelled) return;
      const sw = new Serwist(withBasePath("/sw.js"), { scope: `${BASE_PATH}/`, type: "classic" });
      sw.addEventListener("waiting", () => {
        setWaiting({
          reload: () => {
            sw.addEventListener("controlling", () => window.location.reload());
            sw.messageSkipWaiting();
          },
        });
      });
      await sw.register();
      await navigator.serviceWorker.ready;
      await cacheThisPage(window.location);
    };
    const run = () => void start().catch(() => undefined);
    if (document.readyState === "complete") run();
    else window.addEventListener("load", run, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener("load", run);
    };
  }, []);

  if (!waiting || pathname.startsWith("/exam/session")) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-md flex-wrap items-center gap-3 rounded-lg border border-slate-300 bg-white p-4 shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="flex-1 text-sm">A new version of Stratus is ready.</p>
      <button type="button" className={buttonClass("primary", "sm")} onClick={waiting.reload}>
        Reload for the new version
      </button>
    </div>
  );
}
