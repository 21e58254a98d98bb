// Helpers for the service worker: wait until it controls the page and has cached what it must.
import { expect, type Page } from "@playwright/test";

/** Resolves once a service worker controls the page (it registers after the load event). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  });
}

/** Waits until `path` is in a cache (runtime or precache) of this origin. */
export async function expectCached(page: Page, path: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(async (url) => Boolean(await caches.match(url, { ignoreSearch: true })), path), { timeout: 20_000 })
    .toBe(true);
}
