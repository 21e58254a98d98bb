// "Make available offline": fetch every file the service worker did not precache into the cache it
// serves from. Browser and network come in as arguments, so this runs in a unit test too.
import type { OfflineList } from "./names";

export interface DownloadProgress {
  doneBytes: number;
  totalBytes: number;
  doneFiles: number;
  totalFiles: number;
}

export interface DownloadResult extends DownloadProgress {
  /** URLs that could not be fetched (offline, removed by a newer deploy): try again later. */
  failed: string[];
}

interface CacheLike {
  put(request: string, response: Response): Promise<void>;
}

export interface DownloadOptions {
  list: OfflineList;
  cache: CacheLike;
  fetch: (url: string) => Promise<Response>;
  /** Prefixed to every URL of the list (the site's base path). */
  prefix?: string;
  concurrency?: number;
  onProgress?: (progress: DownloadProgress) => void;
}

export const totalBytes = (list: OfflineList) => list.files.reduce((sum, file) => sum + file.bytes, 0);

export async function downloadSite({ list, cache, fetch, prefix = "", concurrency = 4, onProgress }: DownloadOptions): Promise<DownloadResult> {
  const progress: DownloadProgress = { doneBytes: 0, totalBytes: totalBytes(list), doneFiles: 0, totalFiles: list.files.length };
  const failed: string[] = [];
  let next = 0;
  async function worker() {
    while (next < list.files.length) {
      const file = list.files[next++]!;
      const url = `${prefix}${file.url}`;
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        await cache.put(url, response);
      } catch {
        failed.push(file.url);
      }
      progress.doneBytes += file.bytes;
      progress.doneFiles += 1;
      onProgress?.({ ...progress });
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { ...progress, failed };
}
