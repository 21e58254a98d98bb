// Offline and installable: the service worker (Serwist) precaches the app shell and caches pages as
// they are visited; "Make available offline" saves the rest; an exam survives losing the network;
// a new deploy is offered, never forced; pages become cross-origin isolated.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectCached, waitForServiceWorker } from "./support/offline";

const questionHeading = (page: Page) => page.getByRole("heading", { level: 2, name: /^Question \d+ of \d+/ });

async function answerCurrent(page: Page) {
  const chooseLine = page.getByText(/^Choose \d\./);
  const n = (await chooseLine.count()) > 0 ? Number((await chooseLine.textContent())?.match(/Choose (\d)/)?.[1]) : 1;
  for (let i = 1; i <= n; i++) await page.keyboard.press(String(i));
}

test("installable: a manifest with icons, linked from every page", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = (await (await request.get(href!)).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
  expect(manifest).toMatchObject({ name: "Stratus", start_url: "/", display: "standalone" });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");
});

test("after one visit: the topic page, review and a new exam work offline; pages are cross-origin isolated", async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  await page.goto("/topics/lambda-limits/");
  await waitForServiceWorker(page);
  await expectCached(page, "/topics/lambda-limits/");

  // Once the worker serves the page it is cross-origin isolated (COOP + COEP credentialless), and a
  // no-CORS image from another origin (as remote images in notes are) still loads.
  await page.reload();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const otherOrigin = baseURL!.replace("localhost", "127.0.0.1");
  const width = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return img.naturalWidth;
  }, `${otherOrigin}/icons/icon-192.png`);
  expect(width).toBe(192);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Lambda limits/);

  await page.goto("/review/");
  await expect(page.getByRole("button", { name: /^(Show answer|Check answer)/ }).or(page.locator("fieldset")).first()).toBeVisible();

  await page.goto("/exam/");
  await page.getByRole("button", { name: "Start quick check" }).click();
  await expect(questionHeading(page)).toHaveText(/^Question 1 of 10/);
});

test("an exam started online finishes offline", async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto("/exam/");
  await waitForServiceWorker(page);
  await page.getByRole("button", { name: "Start quick check" }).click();
  await expect(questionHeading(page)).toHaveText(/^Question 1 of 10/);

  await context.setOffline(true);
  for (let i = 1; i <= 10; i++) {
    await expect(questionHeading(page)).toHaveText(new RegExp(`^Question ${i} of 10`));
    await answerCurrent(page);
    if (i < 10) await page.keyboard.press("ArrowRight");
  }
  await page.getByRole("button", { name: "End exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End exam and see results" }).click();
  await expect(page.getByTestId("score")).toBeVisible();
  // The results survive a reload with no network.
  await page.reload();
  await expect(page.getByTestId("score")).toBeVisible();
});

test("Make available offline: size first, a progress bar, then every topic and search work offline", async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto("/settings/");
  await waitForServiceWorker(page);
  const save = page.getByRole("button", { name: /^Make available offline \((\d+(\.\d)? MB|\d+ kB)\)$/ });
  await expect(save).toBeVisible();
  await expect(page.locator("#offline")).toContainText(/in \d+ files/);
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: "Done: every page of Stratus is available offline on this device." })).toBeVisible({ timeout: 60_000 });

  await context.setOffline(true);
  // A topic never opened before, with its diagram.
  await page.goto("/topics/ec2/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const diagram = page.locator('img[src$="ec2-purchase-options.svg"]');
  // Note images load lazily: bring it into view, then it must come from the offline copy.
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toBeVisible();
  await expect.poll(() => diagram.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Search", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Search notes and flashcards" });
  await dialog.getByRole("searchbox", { name: "Search" }).fill("Savings Plans");
  await expect(dialog.getByRole("status")).toHaveText(/^\d+ results? for/);
  await dialog.locator("a[data-result]").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a new deploy offers “Reload for the new version”, but not during an exam", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/exam/");
  await waitForServiceWorker(page);
  await page.getByRole("button", { name: "Start quick check" }).click();
  await expect(questionHeading(page)).toHaveText(/^Question 1 of 10/);

  // The next deploy: the same worker with different bytes, as a new build's precache list makes
  // it. The file itself changes (a browser fetches worker updates past any request interception).
  const worker = path.join(process.cwd(), "out", "sw.js");
  const deployed = fs.readFileSync(worker, "utf8");
  try {
    fs.writeFileSync(worker, `${deployed}\n// next deploy ${Date.now()}`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
  } finally {
    fs.writeFileSync(worker, deployed);
  }

  const reload = page.getByRole("button", { name: "Reload for the new version" });
  // In the middle of the exam: not offered.
  await page.waitForTimeout(500);
  await expect(reload).toHaveCount(0);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(reload).toBeVisible();
  // The click reloads the page: wait for the new one before asking it anything.
  await Promise.all([page.waitForEvent("load"), reload.click()]);
  await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  await expect(page.getByRole("button", { name: "Reload for the new version" })).toHaveCount(0);
});
