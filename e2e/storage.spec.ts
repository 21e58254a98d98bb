import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
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
  expect(saved!.version).toBe(2);
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
