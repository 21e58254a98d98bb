// A public bank brought in with `npm run content:import` and no note of its own: it is a topic
// that can be practised and examined, says it has no notes and no explanations, and never links
// to a note section that does not exist. Runs against the site that scripts/build-imported-site.ts builds into out-imported/.
import { expect, test } from "@playwright/test";
import type { TopicBank } from "@/lib/content/types";
import { importedSitePort } from "../playwright.config";
import { answerRight, questionOnScreen } from "./support/study";

test.use({ baseURL: `http://localhost:${importedSitePort}` });

const NO_EXPLANATION = "This bank gives no explanation for this question.";

test("an imported bank with no note is a topic: its page says so, and it can be practised", async ({ page, request }) => {
  await page.goto("/topics/");
  await page.getByRole("link", { name: /Solutions Architect Associate practice questions/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Solutions Architect Associate practice questions");
  await expect(page.getByText("There are no notes for this topic yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "example.com/saa-practice-bank" })).toBeVisible();

  // Review: whichever new question comes first, it has no explanation and no source.
  const bank = (await (await request.get("/data/topics/saa-practice.json")).json()) as TopicBank;
  expect(bank.questions).toHaveLength(7);
  // Options that are images in the public bank came with their images (copied by the importer).
  const imageOptions = bank.questions.flatMap((q) => q.options).filter((o) => o.html.includes("<img"));
  expect(imageOptions).toHaveLength(2);
  for (const option of imageOptions) {
    const src = /src="([^"]+)"/.exec(option.html)![1]!;
    expect((await request.get(src)).status()).toBe(200);
  }
  expect(bank.questions.every((q) => q.imported && q.source === undefined)).toBe(true);
  await page.getByRole("article").getByRole("link", { name: "Practise this topic" }).click();
  const card = page.getByRole("article", { name: "Question" });
  await expect(card).toBeVisible();
  await expect(card.getByRole("link")).toHaveCount(0);
  await answerRight(page, await questionOnScreen(page, bank.questions));
  await expect(page.getByText(NO_EXPLANATION)).toBeVisible();
});

test("an exam on the imported bank checks answers and shows no Study-this link", async ({ page }) => {
  test.setTimeout(150_000); // seven checked answers on a shared machine
  await page.goto("/topics/saa-practice/");
  await page.getByRole("article").getByRole("link", { name: "Exam on this topic" }).click();
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Custom exam" }) });
  await expect(form.getByRole("spinbutton", { name: /^Questions/ })).toBeVisible({ timeout: 30_000 });
  await form.getByRole("spinbutton", { name: /^Questions/ }).fill("7");
  await form.getByRole("radio", { name: /^Practice/ }).check();
  await form.getByRole("button", { name: "Start custom exam" }).click();

  let withoutExplanation = 0;
  for (let n = 1; n <= 7; n++) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Question ${n} of 7`) })).toBeVisible();
    const chooseLine = page.getByText(/^Choose \d\./);
    const picks = (await chooseLine.count()) > 0 ? Number((await chooseLine.textContent())?.match(/Choose (\d)/)?.[1]) : 1;
    for (let i = 1; i <= picks; i++) await page.keyboard.press(String(i));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText("Explanation", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Study this/ })).toHaveCount(0);
    withoutExplanation += await page.getByText(NO_EXPLANATION).count();
    if (n < 7) await page.keyboard.press("ArrowRight");
  }
  // The exam holds all seven imported questions: six came without an explanation, one had text after its options.
  expect(withoutExplanation).toBe(6);
});

test("a weighted mock over imported banks: the blueprint per domain, then per-domain scores beside the weights", async ({ page }) => {
  test.setTimeout(120_000); // a whole mock and its results on a shared machine
  await page.goto("/exam/");
  const card = page.getByRole("region", { name: "Weighted mock" });
  // The exam page reads saved exams before it shows the profiles; slow on a busy machine.
  await expect(card).toContainText("5 questions · 10 minutes · pass mark 70%", { timeout: 30_000 });
  await expect(card.getByRole("list", { name: "Weighted mock: questions per domain" }).getByRole("listitem")).toHaveText([
    "Compute foundations: 20% · 1 question",
    "Storage and delivery: 40% · 2 questions",
    "Cloud concepts: 40% · 2 questions",
  ]);
  await card.getByRole("button", { name: "Start Weighted mock" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1 of 5/ })).toBeVisible();
  await page.keyboard.press("1");
  await page.getByRole("button", { name: "End exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End exam and see results" }).click();
  await expect(page).toHaveURL(/\/exam\/results\/\?id=/);

  await expect(page.getByText("70% (from the Weighted mock profile)")).toBeVisible();
  const table = page.getByRole("region", { name: "Results by domain" });
  const totals: number[] = [];
  for (const [name, weight, drawn] of [["Compute foundations", "20%", 1], ["Storage and delivery", "40%", 2], ["Cloud concepts", "40%", 2]] as const) {
    const [w, correct, score] = (await table.getByRole("row", { name: new RegExp(`^${name}`) }).getByRole("cell").allInnerTexts()).map((t) => t.trim());
    expect(w).toBe(weight);
    const [right, total] = correct!.split("/").map(Number);
    expect(total).toBe(drawn);
    expect(right).toBeLessThanOrEqual(total!);
    expect(score).toMatch(/^\d+%/);
    totals.push(total!);
  }
  expect(totals.reduce((a, b) => a + b, 0)).toBe(5);
  // The review of the imported questions says plainly that the bank gives no explanation.
  await expect(page.getByText(NO_EXPLANATION).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^Study this/ }).first()).toBeVisible(); // the foundations question has its note
});
