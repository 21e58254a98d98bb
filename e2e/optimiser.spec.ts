// "Optimise my scheduler" over a seeded history of a few thousand reviews: saved in the format-2
// answer log, so the journey also covers the migration into the full log (IndexedDB).
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { reviewCard } from "../lib/srs/scheduler";
import { simulateLog } from "../lib/srs/optimiser/simulate";
import type { StoredCard } from "../lib/srs/card";
import { STORE_KEY } from "./support/study";

const START = Date.UTC(2026, 0, 5, 9);

function seededState(cardCount: number) {
  const { reviews } = simulateLog({ cards: cardCount, days: 300, start: START, seed: "e2e-optimiser" });
  const cards: Record<string, StoredCard> = {};
  const log: Record<string, [number, number, number][]> = {};
  for (const [item, at, rating] of reviews) {
    cards[item] = reviewCard(cards[item], rating, at, { retention: 0.9, fuzz: true });
    (log[item] ??= []).push([at, rating, 2]);
  }
  // Format 2 kept the newest 20 answers per item: those items' histories are incomplete.
  let truncated = 0;
  for (const item in log) {
    if (log[item]!.length > 20) truncated++;
    log[item] = log[item]!.slice(-20);
  }
  const total = Object.values(log).reduce((n, l) => n + l.length, 0);
  return { total, truncated, raw: JSON.stringify({ version: 2, state: { cards, log, settings: { retention: 0.9, newPerDay: 20, updatedAt: 0 }, epoch: 0 } }) };
}

/** `cards`: how many cards the history covers; 300 give about 1,500 reviews to train on. */
async function seed(page: Page, cards = 300) {
  const { total, truncated, raw } = seededState(cards);
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [STORE_KEY, raw] as const,
  );
  return { total, truncated };
}

/** A plain static host: the same files without the COOP/COEP headers the e2e server sends. */
async function servePlainHost(page: Page) {
  await page.route("**/*", async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers["cross-origin-opener-policy"];
    delete headers["cross-origin-embedder-policy"];
    await route.fulfill({ response, headers });
  });
}

const savedParameters = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key)!) as { state: { settings: { parameters?: number[] } } }).state.settings.parameters, STORE_KEY);

test("optimise, compare on held-out reviews, apply, undo", async ({ page }) => {
  test.setTimeout(120_000);
  const { total, truncated } = await seed(page);
  expect(total).toBeGreaterThan(2000);
  // Training a few thousand reviews can take under a second on a quiet machine: record whether the
  // progress bar was ever shown, rather than race it.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('progress[aria-label="Optimiser progress"]')) (window as unknown as { sawProgress: boolean }).sawProgress = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/settings/");
  const panel = page.getByRole("region", { name: "Optimise my scheduler" });
  await expect(panel).toContainText("Currently: the default parameters.");
  await panel.getByRole("button", { name: "Optimise my scheduler" }).click();

  // Reading the log and loading 1.7 MB of WebAssembly first: slow on a busy machine.
  await expect(panel.getByText(/^Training on [\d,]+ reviews/)).toBeVisible({ timeout: 30_000 });
  const table = panel.getByRole("table");
  await expect(table).toBeVisible({ timeout: 90_000 });
  expect(await page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress)).toBe(true);
  await expect(table).toContainText("Log loss");
  await expect(table).toContainText("RMSE (bins)");
  await expect(panel).toContainText("The fitted parameters predict your newest reviews better than the defaults (lower log loss).");
  await expect(panel.getByTestId("optimiser-timing")).toHaveText(/^Trained on [\d,]+ reviews in [\d.]+ s \((\d threads|one thread)\)\.$/);

  await panel.getByRole("button", { name: "Apply fitted parameters" }).click();
  await expect(panel.getByRole("status")).toHaveText(
    `Fitted parameters applied: ${300 - truncated} cards rescheduled from their history. ${truncated} cards whose early reviews predate the full log keep their dates until their next review.`,
  );
  await expect(panel).toContainText("Currently: parameters fitted to you.");
  expect(await savedParameters(page)).toHaveLength(21);

  await panel.getByRole("button", { name: "Undo: back to the defaults" }).click();
  await expect(panel.getByRole("status")).toHaveText(new RegExp(`^Back to the default parameters: ${300 - truncated} cards rescheduled`));
  await expect(panel).toContainText("Currently: the default parameters.");
  expect(await savedParameters(page)).toBeUndefined();
});

test("cancel stops the optimiser and changes nothing", async ({ page }) => {
  // Four times the history, so training outlasts the click: 300 cards' trained in under a second,
  // and on a busy machine the run had ended before Cancel could be clicked.
  await seed(page, 1_200);
  await page.goto("/settings/");
  const panel = page.getByRole("region", { name: "Optimise my scheduler" });
  await panel.getByRole("button", { name: "Optimise my scheduler" }).click();
  await expect(panel.getByText(/^Training on/)).toBeVisible();
  await panel.getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByRole("button", { name: "Optimise my scheduler" })).toBeVisible();
  await expect(panel.getByRole("table")).toHaveCount(0);
  expect(await savedParameters(page)).toBeUndefined();
});

test("with too little history it explains why it will not run yet", async ({ page }) => {
  await page.goto("/settings/");
  const panel = page.getByRole("region", { name: "Optimise my scheduler" });
  await panel.getByRole("button", { name: "Optimise my scheduler" }).click();
  await expect(panel).toContainText("Not enough history yet.");
  await expect(panel).toContainText("at least 64 of those in your older reviews (you have 0)");
});

test.describe("a first visit to a plain host", () => {
  // No service worker yet (it would add the headers from the next page load on).
  test.use({ serviceWorkers: "block" });

  test("without cross-origin isolation it says so and still runs, on one thread", async ({ page }) => {
    test.setTimeout(150_000);
    await seed(page);
    await servePlainHost(page);
    await page.goto("/settings/");
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
    const panel = page.getByRole("region", { name: "Optimise my scheduler" });
    await expect(panel).toContainText("not cross-origin isolated");
    await panel.getByRole("button", { name: "Optimise my scheduler" }).click();
    await expect(panel.getByText(/^Training on [\d,]+ reviews \(one thread\)/)).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByRole("table")).toBeVisible({ timeout: 120_000 });
  });
});

test("the migrated log drives true retention and exports as CSV", async ({ page }) => {
  const { total } = await seed(page);
  await page.goto("/progress/");
  const section = page.getByRole("region", { name: "True retention" });
  const table = section.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table.getByRole("row", { name: /Last 365 days/ })).toContainText(/\d+\.\d%/);
  await expect(section.getByTestId("retention-summary")).toHaveText(/^Desired retention: 90%\. Actual, last 30 days: /);

  await page.goto("/settings/");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export review log (CSV)" }).click();
  const lines = (await readFile(await (await downloading).path(), "utf8")).trimEnd().split("\n");
  expect(lines[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
  expect(lines).toHaveLength(total + 1);
});

test("a returning visitor on a plain host: the service worker isolates the page and serves the optimiser's worker", async ({ page }) => {
  test.setTimeout(150_000);
  await seed(page);
  await servePlainHost(page);
  await page.goto("/settings/");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // The worker's script comes from the service worker's cache: it must still carry COEP and the
  // bootstrap config Turbopack puts in its URL's #fragment.
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  const panel = page.getByRole("region", { name: "Optimise my scheduler" });
  await panel.getByRole("button", { name: "Optimise my scheduler" }).click();
  await expect(panel.getByRole("table")).toBeVisible({ timeout: 120_000 });
  await expect(panel.getByRole("alert")).toHaveCount(0);
});
