import { expect, test } from "@playwright/test";
import { DAY, examResult, loadBank, reviewCard, seedProgress } from "./support/study";

const T0 = Date.UTC(2027, 2, 10, 9, 0, 0);

test("progress: reviews due over 14 days, mastery per topic, exam scores and study days", async ({ page, request }) => {
  const { topic } = await loadBank(request);
  const [a, b, c] = topic.questionIds;
  await page.clock.install({ time: T0 });
  await seedProgress(page, {
    cards: { [a!]: reviewCard(T0 - DAY), [b!]: reviewCard(T0 + 2 * DAY), [c!]: reviewCard(T0 + 2 * DAY + 3_600_000) },
    log: {
      [a!]: [[T0 - 4 * DAY, 3, 2, 1]],
      [b!]: [[T0 - 4 * DAY, 3, 2, 1], [T0 - DAY, 3, 2, 1]],
      [c!]: [[T0 - 3 * DAY, 1, 0, 0, "a"]],
    },
    examHistory: [examResult("e1", T0 - 5 * DAY, 6, 10), examResult("e2", T0 - DAY, 9, 10)],
  });
  await page.goto("/progress/");

  const due = page.getByRole("region", { name: "Reviews due, next 14 days" });
  await expect(due.getByRole("img")).toHaveAccessibleName(/^3 reviews due over the next 14 days, 1 of them today \(1 due now\); the busiest day is .* with 2\.$/);
  await due.getByText("Show as a table").click();
  await expect(due.getByRole("row")).toHaveCount(15);
  await expect(due.getByRole("row").nth(1)).toHaveText("Today1");

  const mastery = page.getByRole("region", { name: "Mastery by topic" });
  const row = mastery.getByRole("row", { name: new RegExp(`^${topic.title}`) });
  await expect(row).toContainText(`3 / ${topic.questionIds.length + topic.flashcardIds.length}`);
  await expect(row.getByRole("meter")).not.toHaveAttribute("aria-valuenow", "0");

  const exams = page.getByRole("region", { name: "Exam scores" });
  await expect(exams.getByRole("img")).toHaveAccessibleName(/^2 exams; latest 90% on .*; best 90%; pass mark 72%\.$/);

  const days = page.getByRole("region", { name: "Study days" });
  await expect(days.getByRole("img")).toHaveAccessibleName(/^Studied on 3 of the last \d+ days\. Current streak 1 day; longest 2\.$/);
});

test("progress: the figures arrive together, so nothing on the page moves once shown", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const shifts: { value: number; moved: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
        // The page's own content; the header can move once while the HTML is still being read.
        const moved = entry.sources.map((s) => s.node).filter((node): node is Element => node instanceof Element && !!node.closest("main"));
        if (!entry.hadRecentInput && moved.length > 0) shifts.push({ value: entry.value, moved: moved.map((node) => node.outerHTML.slice(0, 80)) });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  // Slower than the machine, as on a phone: the parts have time to arrive one by one.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto("/progress/");
  await expect(page.getByRole("region", { name: "Am I ready?" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("region", { name: "Study days" })).toBeVisible();
  await expect(page.getByText(/Loading your/)).toHaveCount(0);
  // Layout shifts are reported after the frame that had them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).toEqual([]);
});
