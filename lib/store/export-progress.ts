// "Export": its own module, loaded when a download is asked for, so the file format's code
// (export-file.ts) is not part of every page that uses the store.
import { buildExport, exportFileName } from "./export-file";
import { useStratus } from "./index";
import { persistedPart } from "./persisted";

/** The progress file "Export" downloads: everything saved, as it is saved, and the full review log. */
export async function exportProgress(now: number): Promise<{ fileName: string; text: string }> {
  const { reviews } = await useStratus.reviewLog.read();
  const file = buildExport(persistedPart(useStratus.getState()), now, reviews);
  return { fileName: exportFileName(now, new Date(now).getTimezoneOffset()), text: JSON.stringify(file) };
}
