"use client";
// Export progress to a file; import one after a preview, merging or replacing. A refused file
// changes nothing and says why.
import { useRef, useState } from "react";
import { useStratus } from "@/lib/store";
import type { ImportResult } from "@/lib/store/transfer";
import type { ImportMode } from "@/lib/store/transfer-slice";
import { downloadText } from "@/components/study/download";
import { focusRing, muted, primaryButton, secondaryButton } from "@/components/study/styles";

type Ready = Extract<ImportResult, { ok: true }>;

const plural = (n: number, word: string) => `${n.toLocaleString("en-GB")} ${word}${n === 1 ? "" : "s"}`;

export function TransferPanel() {
  const [pending, setPending] = useState<(Ready & { fileName: string }) | null>(null);
  const [error, setError] = useState("");
  const [message, setMessage] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  async function onFile(file: File) {
    setMessage("");
    setPending(null);
    // The validator (zod) loads only when a file is chosen, not with the page.
    const [{ parseImport }, text] = await Promise.all([import("@/lib/store/transfer"), file.text()]);
    const result = parseImport(text);
    if (result.ok) {
      setError("");
      setPending({ ...result, fileName: file.name });
    } else setError(`${file.name}: ${result.error}`);
  }

  function apply(mode: ImportMode) {
    if (!pending) return;
    useStratus.getState().importProgress(pending.state, mode, Date.now(), pending.reviews);
    setMessage(mode === "replace" ? "Progress replaced by the imported file." : "Imported progress merged with this browser's.");
    setPending(null);
    if (fileInput.current) fileInput.current.value = "";
  }

  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <button
          type="button"
          className={primaryButton}
          onClick={async () => {
            // The file format loads when asked for, not with the page.
            const { exportProgress } = await import("@/lib/store/export-progress");
            const { fileName, text } = await exportProgress(Date.now());
            downloadText(fileName, text);
            setMessage(`Exported to ${fileName}.`);
          }}
        >
          Export progress
        </button>
        <p className={`text-sm ${muted}`}>A JSON file with every card, answer, exam and setting, named with today&apos;s date.</p>
      </div>
      <div className="space-y-2">
        <button
          type="button"
          className={secondaryButton}
          onClick={async () => {
            const [{ reviewLogCsv }, { reviews }] = await Promise.all([import("@/lib/srs/optimiser/csv"), useStratus.reviewLog.read()]);
            const fileName = `stratus-review-log-${new Date().toISOString().slice(0, 10)}.csv`;
            downloadText(fileName, reviewLogCsv(reviews), "text/csv");
            setMessage(`Exported ${reviews.length.toLocaleString("en-GB")} reviews to ${fileName}.`);
          }}
        >
          Export review log (CSV)
        </button>
        <p className={`text-sm ${muted}`}>
          Every rating, in the columns the FSRS tools read (card_id, review_time, review_rating, review_state,
          review_duration), to check your data with other tools.
        </p>
      </div>
      <div className="space-y-2">
        <label htmlFor="import-file" className="block font-medium">
          Import a progress file
        </label>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void onFile(file);
          }}
          className={`block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-medium dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100 ${focusRing}`}
        />
      </div>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {error}
        </p>
      ) : null}
      {pending ? (
        <section aria-labelledby="import-preview-title" className="space-y-3 rounded-md border border-sky-300 bg-sky-50 p-4 dark:border-sky-800 dark:bg-sky-950">
          <h3 id="import-preview-title" className="font-semibold">
            Ready to import {pending.fileName}
          </h3>
          <p data-testid="import-summary">
            {plural(pending.summary.cards, "card")}, {plural(pending.summary.exams, "exam")}, exported on{" "}
            {new Date(pending.summary.exportedAt).toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" })}.
          </p>
          <p className="text-sm">
            <strong>Merge</strong> keeps everything here and adds the file&apos;s answers (each card takes its latest
            review). <strong>Replace</strong> throws away this browser&apos;s progress and uses the file&apos;s.
          </p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className={primaryButton} onClick={() => apply("merge")}>
              Merge
            </button>
            <button type="button" className={secondaryButton} onClick={() => apply("replace")}>
              Replace
            </button>
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                setPending(null);
                if (fileInput.current) fileInput.current.value = "";
              }}
            >
              Cancel
            </button>
          </div>
        </section>
      ) : null}
      <p role="status" className="text-sm font-medium">
        {message}
      </p>
    </div>
  );
}
