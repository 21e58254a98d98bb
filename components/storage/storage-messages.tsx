"use client";
// What the storage banner says when local storage lets the candidate down: unreadable data (kept
// aside, downloadable), a full disk, or storage switched off. Loaded only when one of these
// happens (storage-banner.tsx); the store loads only when an export is asked for.
import { useState } from "react";
import { readRawInBrowser } from "@/lib/store/set-aside";
import type { StorageStatus } from "@/lib/store/storage-status";
import { downloadText } from "@/components/study/download";
import { secondaryButton, textLink } from "@/components/study/styles";
import Link from "@/components/ui/link";

const STORE_KEY = "stratus";

async function exportNow() {
  const { exportProgress } = await import("@/lib/store/export-progress");
  const { fileName, text } = await exportProgress(Date.now());
  downloadText(fileName, text);
}

function downloadRaw(key: string) {
  const raw = readRawInBrowser(key);
  if (raw !== null) downloadText(`stratus-unreadable-${new Date().toISOString().slice(0, 10)}.txt`, raw, "text/plain");
}

export default function StorageMessages({ status }: { status: StorageStatus }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  const messages: React.ReactNode[] = [];

  if (status.setAside && dismissed !== status.setAside.key) {
    const { key, reason, partial } = status.setAside;
    messages.push(
      <div key="aside" className="space-y-2">
        <p>
          <strong>Some saved progress could not be read.</strong> {reason}{" "}
          {partial
            ? "Everything readable was kept."
            : "Stratus started with fresh progress."}{" "}
          The original data has not been deleted: it is kept aside in this browser, and you can download it.
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={secondaryButton} onClick={() => downloadRaw(key)}>
            Download the unreadable data
          </button>
          <button type="button" className={secondaryButton} onClick={() => setDismissed(key)}>
            Dismiss
          </button>
        </div>
      </div>,
    );
  }
  if (status.blocked) {
    messages.push(
      <div key="blocked" className="space-y-2">
        <p>
          <strong>Saved progress could not be read, and there is no room to keep a copy aside.</strong> To protect it,
          Stratus is not saving anything over it: answers in this tab are not saved. Download it, then free some
          browser storage for this site.
        </p>
        <button type="button" className={secondaryButton} onClick={() => downloadRaw(STORE_KEY)}>
          Download the saved data
        </button>
      </div>,
    );
  }
  if (status.full) {
    messages.push(
      <div key="full" className="space-y-2">
        <p>
          <strong>Your browser&apos;s storage for this site is full.</strong> Everything saved before is safe, and Stratus
          keeps working, but new answers live only in this tab until there is room again. Export your progress to keep
          them.
        </p>
        <button type="button" className={secondaryButton} onClick={() => void exportNow()}>
          Export progress
        </button>
      </div>,
    );
  }
  if (status.unavailable && !status.full) {
    messages.push(
      <p key="unavailable">
        <strong>This browser does not let Stratus save progress</strong> (storage is switched off, or a private window
        forbids it). Answers last until this tab closes.{" "}
        <Link className={textLink} href="/settings/">
          Export them from Settings
        </Link>{" "}
        to keep them.
      </p>,
    );
  }
  if (status.logUnsaved && !status.full && !status.unavailable) {
    messages.push(
      <div key="log" className="space-y-2">
        <p>
          <strong>Your review history could not be saved in this browser&apos;s database (IndexedDB).</strong> Your
          cards are saved and Stratus keeps working; the newest ratings live in this tab until saving works again.
          Export your progress to keep them.
        </p>
        <button type="button" className={secondaryButton} onClick={() => void exportNow()}>
          Export progress
        </button>
      </div>,
    );
  }
  if (status.logDamaged > 0 && dismissed !== "log-damaged") {
    messages.push(
      <div key="log-damaged" className="space-y-2">
        <p>
          <strong>
            {status.logDamaged} {status.logDamaged === 1 ? "entry" : "entries"} of your review history could not be read.
          </strong>{" "}
          {status.logDamaged === 1 ? "It is" : "They are"} left untouched in this browser&apos;s database and not used;
          everything readable is.
        </p>
        <button type="button" className={secondaryButton} onClick={() => setDismissed("log-damaged")}>
          Dismiss
        </button>
      </div>,
    );
  }
  if (messages.length === 0) return null;
  return (
    <div
      role="alert"
      className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-3">{messages}</div>
    </div>
  );
}
