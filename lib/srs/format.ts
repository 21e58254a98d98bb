// Intervals as the answer buttons show them ("10m", "3d", "2.1mo"), like Anki.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function trim(n: number): string {
  return n < 10 ? String(Math.round(n * 10) / 10) : String(Math.round(n));
}

export function formatInterval(ms: number): string {
  if (ms < MINUTE) return "<1m";
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${trim(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

/** The same interval in words, for screen readers and tooltips. */
export function describeInterval(ms: number): string {
  if (ms < MINUTE) return "in under a minute";
  const short = formatInterval(ms);
  const value = short.replace(/[a-z]+$/, "");
  const unit = short.slice(value.length);
  const names: Record<string, string> = { m: "minute", h: "hour", d: "day", mo: "month", y: "year" };
  const name = names[unit] ?? unit;
  return `in ${value} ${name}${value === "1" ? "" : "s"}`;
}
