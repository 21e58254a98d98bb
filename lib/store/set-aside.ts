// Unreadable data the store found and kept aside under `<key>:unreadable:<time>`. Separate from
// safe-storage so the banner can offer the download without loading the store (or the scheduler).
import { browserLocalStorage } from "./browser-storage";

export const SET_ASIDE_SEPARATOR = ":unreadable:";

type Readable = Pick<Storage, "getItem" | "key" | "length">;

/** Unreadable copies kept for `name`, newest first. */
export function listSetAside(s: Readable, name: string): { key: string; at: number; size: number }[] {
  const prefix = `${name}${SET_ASIDE_SEPARATOR}`;
  const found: { key: string; at: number; size: number }[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(prefix)) continue;
    found.push({ key, at: Number(key.slice(prefix.length)) || 0, size: s.getItem(key)?.length ?? 0 });
  }
  return found.sort((a, b) => b.at - a.at);
}

export function setAsideInBrowser(name: string) {
  const s = browserLocalStorage();
  return s ? listSetAside(s, name) : [];
}

/** The raw text under a set-aside key, or under the store's own key when it could not be moved. */
export function readRawInBrowser(key: string): string | null {
  return browserLocalStorage()?.getItem(key) ?? null;
}

/** Deleting is only ever the candidate's explicit choice (settings page, after a download). */
export function deleteSetAsideInBrowser(key: string): void {
  if (key.includes(SET_ASIDE_SEPARATOR)) browserLocalStorage()?.removeItem(key);
}
