// Accessibility of the study pages in the states that matter, light and dark, and at 360 px.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DAY, loadBank, seedProgress } from "./support/study";

const T0 = Date.UTC(2027, 2, 1, 9, 0, 0);

async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${state}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
}

for (const theme of ["light", "dark"] as const) {
  test(`study pages have no axe violations (${theme})`, async ({ page, request }) => {
    test.setTimeout(90_000); // several axe runs across the study pages: over 30 s on a busy 2-core machine
    const { bank } = await loadBank(request);
    const question = bank.questions.find((q) => q.kind === "single")!;
    const wrong = question.options.find((o) => !o.correct)!;
    await page.clock.install({ time: T0 });
    await page.emulateMedia({ colorScheme: theme });
    await seedProgress(page, {
      cards: { [question.id]: [T0 - DAY, 2, 6, 1, 3, 1, 2, T0 - 2 * DAY, 0] },
      log: { [question.id]: [[T0 - 3 * DAY, 1, 0, 0, wrong.id], [T0 - 2 * DAY, 1, 2, 0, wrong.id]] },
    });
    await page.addInitScript((dark) => {
      document.addEventListener("DOMContentLoaded", () => document.documentElement.classList.toggle("dark", dark));
    }, theme === "dark");

    await page.goto("/review/");
    await expect(page.getByRole("article", { name: "Question" })).toBeVisible();
    await expectNoViolations(page, "review, question");
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: /^(Correct|Not quite)$/ })).toBeVisible();
    await expectNoViolations(page, "review, checked");

    await page.goto(`/review/?ids=${bank.flashcards[0]!.id}`);
    await expect(page.getByRole("article", { name: "Flashcard" })).toBeVisible();
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: /^Good/ })).toBeVisible();
    await expectNoViolations(page, "review, flashcard back");

    for (const path of ["/missed/", "/progress/", "/settings/"]) {
      await page.goto(path);
      await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      await expectNoViolations(page, path);
    }
  });
}

test("study pages work at 360 px wide", async ({ page, request }) => {
  const { bank } = await loadBank(request);
  await page.setViewportSize({ width: 360, height: 740 });
  await seedProgress(page, { log: { [bank.questions[0]!.id]: [[Date.now() - DAY, 1, 0, 0, bank.questions[0]!.options.find((o) => !o.correct)!.id]] } });
  for (const path of ["/review/", "/missed/", "/progress/", "/settings/"]) {
    await page.goto(path);
    await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
    await expectNoSidewaysScroll(page);
  }
});
