// The progress file "Export" writes. Kept apart from import's validation (zod) so pages that only
// export do not load the validator.
import { SCHEMA_VERSION, type PersistedState } from "./persisted";
import type { Review } from "./review-log";

export const EXPORT_APP = "stratus";
export const EXPORT_KIND = "progress";

export interface ExportFile {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  version: number;
  exportedAt: number;
  state: PersistedState;
  /** The full review log (IndexedDB), oldest first. Files from before it existed have none. */
  reviews?: Review[];
}

export function buildExport(state: PersistedState, now: number, reviews: Review[]): ExportFile {
  return { app: EXPORT_APP, kind: EXPORT_KIND, version: SCHEMA_VERSION, exportedAt: now, state, reviews };
}

/** stratus-progress-2027-03-14.json, dated in the candidate's time zone. */
export function exportFileName(now: number, offsetMinutes: number): string {
  const local = new Date(now - offsetMinutes * 60_000).toISOString().slice(0, 10);
  return `stratus-progress-${local}.json`;
}
