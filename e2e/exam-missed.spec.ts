// Answers from an exam reach the scheduler and the missed list; a right answer in review clears it.
import { expect, test } from "@playwright/test";
import type { BankIndex, Question, TopicBank } from "@/lib/content/types";
import { answerRight, savedState } from "./support/study";

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

test("a wrong exam answer shows up in missed questions and leaves after a right one", async ({ page, request }) => {
  const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
  const questions: Question[] = [];
  for (const t of index.topics) questions.push(...((await (await request.get(`/data/topics/${t.slug}.json`)).json()) as TopicBank).questions);

  await page.goto("/exam/");
  await page.getByRole("button", { name: "Start quick check" }).click();
  const group = page.getByRole("group", { name: /^Options for question/ });
  await expect(group).toBeVisible();
  const shown = norm(await group.innerText());
  const question = questions.find((q) => q.options.every((o) => shown.includes(norm(o.text).slice(0, 40))))!;
  expect(question, "the first exam question is in the bank").toBeDefined();
  const wrong = question.options.find((o) => !o.correct)!;
  await group.locator("label").filter({ hasText: norm(wrong.text).slice(0, 40) }).click();

  await page.getByRole("button", { name: "End exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End exam and see results" }).click();
  await expect(page).toHaveURL(/\/exam\/results\/\?id=/);

  // The exam's answer was recorded: the wrong pick (source 0, exam). The nine left unanswered
  // count as wrong in the score but leave the scheduler alone.
  const saved = (await savedState(page))!;
  expect(saved.state.log[question.id]).toEqual([[expect.any(Number), 1, 0, 0, wrong.id]]);
  expect(Object.keys(saved.state.cards)).toEqual([question.id]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Missed" }).click();
  await expect(page.getByText("1 question to put right.")).toBeVisible();
  const card = page.getByRole("article").filter({ hasText: wrong.text });
  await expect(card.getByRole("definition").nth(1)).toHaveText(wrong.text);
  await expect(page.getByRole("button", { name: "Left unanswered (9)" })).toBeVisible();

  await page.goto(`/review/?ids=${question.id}`);
  await answerRight(page, question);
  await page.keyboard.press("3");
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Missed" }).click();
  await expect(page.getByText("No missed questions.")).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: wrong.text })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Left unanswered (9)" })).toBeVisible();
});
