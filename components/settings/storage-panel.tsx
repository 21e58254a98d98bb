"use client";
// Where progress lives, asking the browser to keep it, and any unreadable data kept aside.
import { useEffect, useState } from "react";
import { persistState, requestPersistence, type PersistState } from "@/lib/store/persistent-storage";
import { deleteSetAsideInBrowser, readRawInBrowser, setAsideInBrowser } from "@/lib/store/set-aside";
import { STORAGE_KEY } from "@/lib/store";
import { downloadText } from "@/components/study/download";
import { muted, secondaryButton } from "@/components/study/styles";

const persistText: Record<PersistState, string> = {
  persisted: "This browser has agreed to keep Stratus's data: it will not clear it to free space.",
  "not-persisted": "This browser may clear Stratus's data to free space or after a long absence.",
  unsupported: "This browser does not say whether it will keep Stratus's data.",
};

export function StoragePanel() {
  const [persist, setPersist] = useState<PersistState | null>(null);
  const [aside, setAside] = useState<ReturnType<typeof setAsideInBrowser>>([]);

  useEffect(() => {
    let live = true;
    void persistState().then((state) => live && setPersist(state));
    // Read after mount: the list lives in this browser's storage, which the static page cannot know.
    queueMicrotask(() => live && setAside(setAsideInBrowser(STORAGE_KEY)));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="space-y-3">
      <p>
        Your progress lives only in this browser, in its storage for this site: card schedules and settings in local
        storage, the full history of your ratings in IndexedDB. Nothing is sent to a server. It does not follow you to
        another browser or device, and clearing site data deletes it. Export it now and then to keep a copy, and to
        move it elsewhere.
      </p>
      <p role="status">{persist ? persistText[persist] : ""}</p>
      {persist === "not-persisted" ? (
        <button type="button" className={secondaryButton} onClick={() => void requestPersistence().then(setPersist)}>
          Ask the browser to keep my progress
        </button>
      ) : null}
      {aside.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">Unreadable data kept aside</h3>
          <p className={`text-sm ${muted}`}>
            Saved data Stratus could not read. It was kept, not deleted; download it if you want to inspect or recover it.
          </p>
          <ul className="space-y-2">
            {aside.map((item) => (
              <li key={item.key} className="flex flex-wrap items-center gap-3">
                <span>
                  Found {new Date(item.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                  {item.size.toLocaleString("en-GB")} characters
                </span>
                <button
                  type="button"
                  className={secondaryButton}
                  onClick={() => {
                    const raw = readRawInBrowser(item.key);
                    if (raw !== null) downloadText(`stratus-unreadable-${item.at}.txt`, raw, "text/plain");
                  }}
                >
                  Download
                </button>
                <button
                  type="button"
                  className={secondaryButton}
                  onClick={() => {
                    if (window.confirm("Delete this unreadable data for good?")) {
                      deleteSetAsideInBrowser(item.key);
                      setAside(setAsideInBrowser(STORAGE_KEY));
                    }
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
