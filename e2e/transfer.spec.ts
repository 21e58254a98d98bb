import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { SCHEMA_VERSION } from "@/lib/store/persisted";
import { answerAnyCard, loadBank, logCount, savedState, STORE_KEY } from "./support/study";

const T0 = Date.UTC(2027, 2, 1, 9, 0, 0);

test("export progress, then import it into a fresh browser with identical progress", async ({ page, browser, request }) => {
  const { bank } = await loadBank(request);
  const ids = [bank.questions[0]!.id, bank.questions[1]!.id, bank.flashcards[0]!.id];
  await page.clock.install({ time: T0 });
  await page.goto(`/review/?ids=${ids.join(",")}`);
  for (let i = 0; i < ids.length; i++) await answerAnyCard(page);
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  const original = (await savedState(page))!;
  expect(Object.keys(original.state.cards).sort()).toEqual([...ids].sort());

  await page.goto("/settings/");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("stratus-progress-2027-03-01.json");
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, "utf8"));
  expect(exported).toMatchObject({ app: "stratus", kind: "progress", version: SCHEMA_VERSION, exportedAt: expect.any(Number) });
  // The full review log (IndexedDB) travels with the file: one entry per answer.
  expect(exported.reviews).toHaveLength(3);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto("/settings/");
  await other.getByLabel("Import a progress file").setInputFiles(file);
  await expect(other.getByTestId("import-summary")).toHaveText(/^3 cards, 0 exams, exported on 1 March 2027 at \d\d:\d\d\.$/);
  await other.getByRole("button", { name: "Replace" }).click();
  await expect(other.getByText("Progress replaced by the imported file.")).toBeVisible();
  const imported = (await savedState(other))!;
  expect(imported.state.cards).toEqual(original.state.cards);
  expect(imported.state.log).toEqual(original.state.log);
  expect(logCount(imported)).toBe(3);
  // The imported progress drives the app: the missed list and the queue agree.
  await other.goto("/progress/");
  await expect(other.getByRole("table").first()).toBeVisible();
  await fresh.close();
});

test("an invalid file, another app's file or a newer version is refused and changes nothing", async ({ page, request }) => {
  const { bank } = await loadBank(request);
  await page.goto(`/review/?ids=${bank.flashcards[0]!.id}`);
  await answerAnyCard(page);
  await page.goto("/settings/");
  const before = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
  const input = page.getByLabel("Import a progress file");
  const cases: [string, string, RegExp][] = [
    ["broken.json", "{ not json", /not valid JSON/],
    ["anki.json", JSON.stringify({ app: "anki", decks: [] }), /not exported by Stratus/],
    ["future.json", JSON.stringify({ app: "stratus", kind: "progress", version: 99, exportedAt: 0, state: {} }), /newer version of Stratus/],
    ["damaged.json", JSON.stringify({ app: "stratus", kind: "progress", version: SCHEMA_VERSION, exportedAt: 0, state: { cards: { x: [1] }, log: {}, settings: { retention: 0.9, newPerDay: 20 } } }), /damaged/],
  ];
  for (const [name, text, message] of cases) {
    await input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    const alert = page.getByRole("alert").filter({ hasText: name });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText("Nothing was changed.");
    await expect(page.getByRole("button", { name: "Replace" })).toHaveCount(0);
  }
  expect(await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).toBe(before);
});

test("reset asks first, then forgets progress but keeps settings", async ({ page, request }) => {
  const { bank } = await loadBank(request);
  await page.goto(`/review/?ids=${bank.flashcards[0]!.id}`);
  await answerAnyCard(page);
  await page.goto("/settings/");
  await page.getByLabel("New cards per day").fill("35");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.getByRole("button", { name: "Reset progress…" }).click();
  await expect(page.getByText(/Delete all progress in this browser\? This forgets 1 card,/)).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  expect(Object.keys((await savedState(page))!.state.cards)).toHaveLength(1);
  await page.getByRole("button", { name: "Reset progress…" }).click();
  await page.getByRole("button", { name: "Yes, delete my progress" }).click();
  await expect(page.getByText("Progress reset. Your settings were kept.")).toBeVisible();
  const after = (await savedState(page))!;
  expect(after.state.cards).toEqual({});
  expect((after.state.settings as { newPerDay: number }).newPerDay).toBe(35);
});
