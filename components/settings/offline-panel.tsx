"use client";
// "Make available offline": shows what the download costs first (the list and sizes come from
// /offline.json, written by the build), then fetches every page, data file, image and search chunk
// into the service worker's cache with a progress bar.
import { useEffect, useState } from "react";
import { withBasePath } from "@/lib/content/links";
import { downloadSite, totalBytes, type DownloadProgress, type DownloadResult } from "@/lib/offline/download";
import { formatBytes, OFFLINE_LIST, SITE_CACHE, type OfflineList } from "@/lib/offline/names";
import { muted, secondaryButton } from "@/components/study/styles";

type State =
  | { status: "loading" }
  | { status: "unavailable"; reason: string }
  | { status: "ready"; list: OfflineList }
  | { status: "downloading"; list: OfflineList; progress: DownloadProgress }
  | { status: "done"; list: OfflineList; result: DownloadResult };

export function OfflinePanel() {
  const [state, setState] = useState<State>({ status: "loading" });

  useEffect(() => {
    let live = true;
    const load = async (): Promise<State> => {
      if (!("serviceWorker" in navigator) || !("caches" in window)) {
        return { status: "unavailable", reason: "This browser cannot keep Stratus for offline use." };
      }
      const response = await fetch(withBasePath(OFFLINE_LIST), { cache: "no-cache" });
      if (!response.ok) return { status: "unavailable", reason: "Offline use is set up by the production build (npm run build)." };
      return { status: "ready", list: (await response.json()) as OfflineList };
    };
    load().then(
      (next) => live && setState(next),
      () => live && setState({ status: "unavailable", reason: "You seem to be offline: connect once to make Stratus available offline." }),
    );
    return () => {
      live = false;
    };
  }, []);

  const start = async (list: OfflineList) => {
    setState({ status: "downloading", list, progress: { doneBytes: 0, totalBytes: totalBytes(list), doneFiles: 0, totalFiles: list.files.length } });
    const cache = await caches.open(SITE_CACHE);
    const result = await downloadSite({
      list,
      cache,
      prefix: withBasePath(""),
      fetch: (url) => fetch(url, { cache: "no-cache" }),
      onProgress: (progress) => setState({ status: "downloading", list, progress }),
    });
    setState({ status: "done", list, result });
  };

  if (state.status === "loading") return <p aria-busy="true" className={muted}>Checking what offline use needs…</p>;
  if (state.status === "unavailable") return <p>{state.reason}</p>;

  const size = formatBytes(totalBytes(state.list));
  return (
    <div className="space-y-3">
      <p>
        Pages you open are kept for offline use as you go, and exams and review always work offline once Stratus has
        loaded. To read every topic and search with no connection, save the whole site on this device:{" "}
        <strong>{size}</strong> in {state.list.files.length} files.
      </p>
      {state.status === "downloading" ? (
        <div className="space-y-1">
          <label htmlFor="offline-progress" className="block text-sm font-medium">
            Saving for offline use
          </label>
          <progress id="offline-progress" className="w-full" max={state.progress.totalBytes} value={state.progress.doneBytes} />
          <p className={`text-sm ${muted}`}>
            {formatBytes(state.progress.doneBytes)} of {formatBytes(state.progress.totalBytes)}
          </p>
        </div>
      ) : (
        <button type="button" className={secondaryButton} onClick={() => void start(state.list)}>
          {state.status === "done" ? "Save again" : "Make available offline"} ({size})
        </button>
      )}
      <p role="status">
        {state.status === "done"
          ? state.result.failed.length === 0
            ? "Done: every page of Stratus is available offline on this device."
            : `Saved all but ${state.result.failed.length} ${state.result.failed.length === 1 ? "file" : "files"}: check your connection and save again.`
          : ""}
      </p>
    </div>
  );
}
