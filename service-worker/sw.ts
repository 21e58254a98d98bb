// Stratus's service worker, built by scripts/postbuild (esbuild, then @serwist/build's injectManifest
// writes the precache list into it as out/sw.js).
// - Precaches the app shell: every JS/CSS chunk, the non-topic pages and the question bank, so a new
//   exam or a review session works offline after one visit.
// - Caches every other page, data file, image and search chunk as it is visited (network first).
// - Waits for the page to say SKIP_WAITING: the app offers "Reload for the new version" and never
//   swaps versions under a running exam.
// - Adds COOP/COEP to its own navigations and worker scripts (the coi-serviceworker pattern) so pages are cross-origin
//   isolated on hosts that cannot set headers. `credentialless` keeps no-CORS remote images working.
/// <reference lib="webworker" />
import { NetworkFirst, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";
import { SITE_CACHE, SKIP_WAITING } from "../lib/offline/names";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // /exam/results/?id=… and Next's ?_rsc=… are the precached page, whatever the query.
    ignoreURLParametersMatching: [/.*/],
  },
  skipWaiting: false,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(new URL(self.registration.scope).pathname),
      handler: new NetworkFirst({ cacheName: SITE_CACHE, networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true } }),
    },
  ],
});

function crossOriginIsolated(response: Response): Response {
  // Redirects and opaque responses cannot be rebuilt; the browser follows them as usual.
  if (response.type === "opaqueredirect" || response.status === 0) return response;
  const headers = new Headers(response.headers);
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Cross-Origin-Embedder-Policy", "credentialless");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener("install", (event) => void serwist.handleInstall(event));
self.addEventListener("activate", (event) => void serwist.handleActivate(event));
self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === SKIP_WAITING) void self.skipWaiting();
});
/**
 * Pages, and the scripts of Web Workers (the optimiser's), get their response rebuilt with the
 * headers. A worker needs it twice over: its script must carry COEP like its page, and a rebuilt
 * response takes the request's URL with its `#fragment`, where Turbopack's worker bootstrap reads
 * its config; a cached response has lost it ("Missing worker bootstrap config").
 */
const isolates = (request: Request) => request.mode === "navigate" || request.destination === "worker" || request.destination === "sharedworker";

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (!isolates(request) || new URL(request.url).origin !== self.location.origin) {
    serwist.handleFetch(event);
    return;
  }
  const handled = serwist.handleRequest({ request, event }) ?? fetch(request);
  event.respondWith(handled.then(crossOriginIsolated));
});
