// Dates in the reader's locale and time zone. Client-only: called after hydration.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const shortDate = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });

export function formatDate(epochMs: number): string {
  return dateTime.format(epochMs);
}

export function formatShortDate(epochMs: number): string {
  return shortDate.format(epochMs);
}
