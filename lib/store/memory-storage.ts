// A Storage stand-in for unit tests and the benchmark: same API, optional size limit that throws
// the browser's QuotaExceededError, so "storage full" can be tested without a browser.
import type { StorageLike } from "./safe-storage";

export interface MemoryStorage extends StorageLike {
  /** Characters allowed across keys and values; Infinity for no limit. */
  quota: number;
  dump(): Record<string, string>;
}

export function createMemoryStorage(initial: Record<string, string> = {}, quota = Infinity): MemoryStorage {
  const items = new Map(Object.entries(initial));
  const used = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    quota,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      const after = used() - (items.has(key) ? key.length + items.get(key)!.length : 0) + key.length + value.length;
      if (after > this.quota) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      items.set(key, String(value));
    },
    removeItem: (key) => void items.delete(key),
    dump: () => Object.fromEntries(items),
  };
}
