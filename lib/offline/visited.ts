// The page the user opened before the service worker took control was fetched without it: put it in
// the runtime cache now, so "offline after one visit" holds for that very page too.
import { SITE_CACHE } from "./names";

export async function cacheThisPage(location: Location): Promise<void> {
  if (!("caches" in globalThis)) return;
  const cache = await caches.open(SITE_CACHE);
  const url = location.pathname;
  if (await cache.match(url, { ignoreSearch: true })) return;
  const response = await fetch(url, { cache: "no-cache" });
  if (response.ok) await cache.put(url, response);
}
