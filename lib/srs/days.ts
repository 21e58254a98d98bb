// Calendar days in the candidate's time zone, from epoch ms. The offset is a parameter (minutes, as
// Date#getTimezoneOffset gives it) so this stays pure; one offset for a whole range can be an hour
// off around a daylight-saving change, which only moves a count between neighbouring days.
import { DAY_MS } from "./card";

/** Days since 1970-01-01 in local time. */
export function dayNumber(ms: number, offsetMinutes: number): number {
  return Math.floor((ms - offsetMinutes * 60_000) / DAY_MS);
}

/** Epoch ms of the local midnight that starts the day containing `ms`. */
export function startOfDay(ms: number, offsetMinutes: number): number {
  return dayNumber(ms, offsetMinutes) * DAY_MS + offsetMinutes * 60_000;
}

/** "2027-03-14" for a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
