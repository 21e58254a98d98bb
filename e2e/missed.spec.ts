import { expect, test } from "@playwright/test";
import { answerRight, loadBank, optionKey, seedProgress } from "./support/study";

const T0 = Date.UTC(2027, 2, 1, 9, 0, 0);

test("a wrong answer shows up in missed questions and leaves after a right one", async ({ page, request }) => {
  const { bank, topic } = await loadBank(request);
  const question = bank.questions.find((q) => q.kind === "single")!;
  await page.clock.install({ time: T0 });
  await page.goto(`/review/?ids=${question.id}`);
  const wrong = question.options.find((o) => !o.correct)!;
  await page.keyboard.press(await optionKey(page, { ...question, options: [{ ...wrong, correct: true }] }, "right"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Not quite" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Missed" }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${topic.title}`) })).toBeVisible();
  const card = page.getByRole("article", { name: /^Missed question/ });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("definition").first()).toHaveText("once");
  await expect(card.getByRole("definition").nth(1)).toHaveText(wrong.text);

  // "Practise these" starts a session of exactly that question; a right answer takes it off the list.
  await page.getByRole("link", { name: "Practise these (1)" }).click();
  await expect(page).toHaveURL(new RegExp(`/review/\\?ids=${question.id}$`));
  await answerRight(page, question);
  await page.keyboard.press("3");
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Missed" }).click();
  await expect(page.getByText("No missed questions.")).toBeVisible();
});

test("missed answers from an exam are listed, and a wrong option chosen twice is called out", async ({ page, request }) => {
  const { bank } = await loadBank(request);
  const question = bank.questions.find((q) => q.kind === "single")!;
  const wrong = question.options.find((o) => !o.correct)!;
  const right = question.options.find((o) => o.correct)!;
  const other = bank.questions.find((q) => q.id !== question.id)!;
  await seedProgress(page, {
    cards: { [question.id]: [T0 + 60_000, 0.2, 7, 0, 2, 1, 3, T0, 0], [other.id]: [T0 + 60_000, 0.2, 7, 0, 1, 0, 1, T0, 0] },
    log: {
      // Two exam answers (source 0) with the same wrong pick, then a practice miss with another.
      [question.id]: [
        [T0 - 2 * 86_400_000, 1, 0, 0, wrong.id],
        [T0 - 86_400_000, 1, 0, 0, wrong.id],
      ],
      [other.id]: [[T0, 1, 1, 0, other.options.find((o) => !o.correct)!.id]],
    },
  });
  await page.goto("/missed/");
  await expect(page.getByText("2 questions to put right.")).toBeVisible();
  const quote = (text: string) => {
    const bare = text.trim().replace(/[.;:]+$/, "");
    return bare.split(/\s+/).length > 3 ? `“${bare}”` : bare;
  };
  const sentence = `You chose ${quote(wrong.text)} twice where ${quote(right.text)} was right.`;
  await expect(page.getByRole("region", { name: "Confusions you keep making" })).toContainText(sentence);
  await expect(page.getByRole("article").filter({ hasText: sentence }).getByRole("definition").first()).toHaveText("twice");
  await expect(page.getByRole("link", { name: "Practise these (2)" })).toHaveAttribute("href", `/review/?ids=${question.id},${other.id}`);
});
