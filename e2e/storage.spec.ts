import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { SCHEMA_VERSION } from "@/lib/store/persisted";
import { answerAnyCard, count, logCount, savedState, STORE_KEY } from "./support/study";

test("corrupted storage: the app starts, says so, keeps the data aside and offers it for download", async ({ page }) => {
  const raw = '{"state":{"cards":{"ec2-x":[1803891600000,2.3';
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [STORE_KEY, raw] as const,
  );
  await page.goto("/");
  const banner = page.getByRole("alert").filter({ hasText: "Some saved progress could not be read" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("not valid JSON");
  await expect(banner).toContainText("has not been deleted");

  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("stratus:unreadable:")));
  expect(aside).toHaveLength(1);
  expect(await page.evaluate((key) => localStorage.getItem(key), aside[0]!)).toBe(raw);

  const downloading = page.waitForEvent("download");
  await banner.getByRole("button", { name: "Download the unreadable data" }).click();
  expect(await readFile(await (await downloading).path(), "utf8")).toBe(raw);

  // The app works: review a card, and it is saved properly while the old data stays aside.
  await page.goto("/review/");
  await answerAnyCard(page);
  await expect(count(page, "Done today")).toHaveText("1");
  const saved = await savedState(page);
  expect(saved!.version).toBe(SCHEMA_VERSION);
  expect(logCount(saved)).toBe(1);
  expect(await page.evaluate((key) => localStorage.getItem(key), aside[0]!)).toBe(raw);

  // Settings lists it too, for download later.
  await page.goto("/settings/");
  await expect(page.getByRole("heading", { name: "Unreadable data kept aside" })).toBeVisible();
});

test("two tabs reviewing at once lose no review", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto("/review/");
  await b.goto("/review/");
  await expect(a.getByRole("article")).toBeVisible();
  await expect(b.getByRole("article")).toBeVisible();
  for (let round = 0; round < 3; round++) {
    await answerAnyCard(a);
    await answerAnyCard(b);
  }
  await expect.poll(async () => logCount(await savedState(a))).toBe(6);
  // Each tab has picked up the other's reviews.
  await expect(a.getByText("Done today").locator("..").locator("dd")).toHaveText("6");
  await expect(b.getByText("Done today").locator("..").locator("dd")).toHaveText("6");
});

test("storage full: the candidate is told, nothing saved is lost, and the app keeps working", async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException("Quota exceeded", "QuotaExceededError");
      setItem.call(this, key, value);
    };
  });
  await page.goto("/review/");
  await answerAnyCard(page);
  await expect.poll(async () => logCount(await savedState(page))).toBe(1);
  const saved = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);

  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
  await answerAnyCard(page);
  const banner = page.getByRole("alert").filter({ hasText: "storage for this site is full" });
  await expect(banner).toBeVisible();
  await expect(count(page, "Done today")).toHaveText("2");
  expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(saved);

  // Export still has everything, from memory.
  const downloading = page.waitForEvent("download");
  await banner.getByRole("button", { name: "Export progress" }).click();
  const exported = JSON.parse(await readFile(await (await downloading).path(), "utf8"));
  expect(Object.values(exported.state.log as Record<string, unknown[]>).flat()).toHaveLength(2);

  // Room again: the next save writes everything, and the banner goes.
  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = false));
  // Focus is still on the banner's Export button, where Enter would export again: click the card.
  await page.getByRole("article").click({ position: { x: 4, y: 4 } });
  await answerAnyCard(page);
  await expect(banner).toHaveCount(0);
  await expect.poll(async () => logCount(await savedState(page))).toBe(3);
});
