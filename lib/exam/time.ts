// How time is shown and announced. The clock is always deadline − now, computed fresh.

/** h:mm:ss or m:ss, rounding up so 0:00 appears only when time is really up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** Spoken form, for screen readers and summaries: "1 hour 5 minutes", "42 minutes 10 seconds". */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  const parts: string[] = [];
  if (h) parts.push(part(h, "hour"));
  if (m) parts.push(part(m, "minute"));
  if (s && h === 0) parts.push(part(s, "second"));
  return parts.length ? parts.join(" ") : "0 seconds";
}

/** 0: plenty of time; 1: ten minutes or less; 2: one minute or less. */
export type TimeAlert = 0 | 1 | 2;

export const ALERT_THRESHOLDS_MS = { ten: 10 * 60_000, one: 60_000 } as const;

export function timeAlert(remainingMs: number): TimeAlert {
  if (remainingMs <= ALERT_THRESHOLDS_MS.one) return 2;
  if (remainingMs <= ALERT_THRESHOLDS_MS.ten) return 1;
  return 0;
}

export function alertMessage(level: TimeAlert): string {
  if (level === 2) return "1 minute left. The exam ends on its own when time is up.";
  if (level === 1) return "10 minutes left.";
  return "";
}
