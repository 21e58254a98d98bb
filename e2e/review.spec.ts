import { expect, test } from "@playwright/test";
import type { TopicBank } from "@/lib/content/types";
import { catalogOf } from "@/lib/review/session";
import { answerRight, count, DAY, loadBank, optionKey, questionOnScreen, reviewCard, savedState, seedProgress } from "./support/study";

const T0 = Date.UTC(2027, 2, 1, 9, 0, 0);

test("a review session by keyboard: most overdue first, then new cards, with intervals on the buttons", async ({ page, request }) => {
  const { bank, index } = await loadBank(request);
  // The first card of the mixed new-card order (lib/srs/new-order.ts) is the first new card; the
  // two seeded ones answer by one key.
  const firstId = catalogOf(index).newOrder[0]!;
  const firstRef = catalogOf(index).byId.get(firstId)!;
  expect(firstRef.kind, "this journey answers a question as its first new card").toBe("question");
  const firstBank = (await (await request.get(`/data/topics/${firstRef.topic}.json`)).json()) as TopicBank;
  const first = firstBank.questions.find((q) => q.id === firstId)!;
  const [second, third] = bank.questions.filter((q) => q.kind === "single" && q.id !== first.id);
  await page.clock.install({ time: T0 });
  await seedProgress(page, { cards: { [second!.id]: reviewCard(T0 - DAY), [third!.id]: reviewCard(T0 - 5 * DAY) } });
  await page.goto("/review/");

  await expect(count(page, "Due")).toHaveText("2");
  await expect(count(page, "New")).toHaveText("20");
  await expect(count(page, "Done today")).toHaveText("0");

  // 1. The most overdue card comes first. Answer it right by keyboard, rate Easy.
  await answerRight(page, third!);
  await expect(page.getByRole("heading", { name: "Correct" })).toBeFocused();
  for (const name of ["Hard", "Good", "Easy"]) {
    await expect(page.getByRole("button", { name: new RegExp(`^${name}: next review in \\d`) })).toBeVisible();
  }
  await expect(page.getByRole("button", { name: /^Again/ })).toHaveCount(0);
  await page.keyboard.press("4");

  // 2. Then the one overdue by a day. Answer it wrong: it is Again, and Enter moves on.
  await expect(count(page, "Done today")).toHaveText("1");
  await page.keyboard.press(await optionKey(page, second!, "wrong"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Not quite" })).toBeVisible();
  await page.keyboard.press("Enter");

  // 3. Then new cards, in the mixed new-card order.
  await expect(count(page, "Done today")).toHaveText("2");
  await expect(page.getByRole("article", { name: "Question" })).toBeVisible();
  await answerRight(page, first);
  await page.keyboard.press("Enter"); // Good

  // The store saves just after the frame that shows the answer: wait for that write.
  await expect.poll(async () => (await savedState(page))?.state.log[first.id]?.length ?? 0).toBe(1);
  const saved = await savedState(page);
  expect(saved!.state.log[third!.id]!.map((e) => e.slice(1, 4))).toEqual([[4, 2, 1]]);
  expect(saved!.state.log[second!.id]![0]!.slice(1, 4)).toEqual([1, 2, 0]);
  expect(saved!.state.log[first.id]![0]!.slice(1, 4)).toEqual([3, 2, 1]);
  // Easy on a card due today pushes it days out; Again brings the other back within minutes.
  expect(saved!.state.cards[third!.id]![0]).toBeGreaterThan(T0 + 2 * DAY);
  expect(saved!.state.cards[second!.id]![0]).toBeLessThan(T0 + 15 * 60_000);

  // Ten minutes on, the two cards in learning steps (the lapse, and the new card rated Good) are
  // due again, ahead of the remaining new cards.
  await page.clock.fastForward("11:00");
  for (let i = 0; i < 2; i++) {
    const shown = await questionOnScreen(page, [first, second!]);
    await answerRight(page, shown);
    await page.keyboard.press("3");
  }
  await expect.poll(async () => (await savedState(page))!.state.log[second!.id]!.length).toBe(2);
  expect((await savedState(page))!.state.log[first.id]).toHaveLength(2);
});

test.describe("the first card of a first visit", () => {
  async function firstNewCard(request: Parameters<typeof loadBank>[0]) {
    const { index } = await loadBank(request);
    const ref = catalogOf(index).byId.get(catalogOf(index).newOrder[0]!)!;
    const bank = (await (await request.get(`/data/topics/${ref.topic}.json`)).json()) as TopicBank;
    const question = bank.questions.find((q) => q.id === ref.id);
    const text = question ? question.stemText : bank.flashcards.find((f) => f.id === ref.id)!.frontHtml.replace(/<[^>]+>/g, "");
    return { ref, question, firstLine: text.split("\n")[0]!.slice(0, 40), title: index.topics.find((t) => t.slug === ref.topic)!.title };
  }

  test("is painted from the page's HTML before any script runs, and the live card takes its place", async ({ page, request }) => {
    const { ref, question, firstLine, title } = await firstNewCard(request);
    const article = page.getByRole("article", { name: ref.kind === "question" ? "Question" : "Flashcard" });
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.goto("/review/");
    await expect(article.getByText(firstLine)).toBeVisible();
    await expect(article.getByText(`${ref.kind === "question" ? "Question" : "Flashcard"} · ${title}`)).toBeVisible();
    await expect(count(page, "Due")).toHaveText("0");
    await expect(count(page, "New")).toHaveText("20");

    await page.unroute("**/_next/static/**/*.js");
    await page.reload();
    if (question) {
      await answerRight(page, question);
      await page.keyboard.press("3");
      await expect(count(page, "Done today")).toHaveText("1");
    } else {
      await expect(page.getByRole("button", { name: "Show answer" })).toBeEnabled();
      await page.keyboard.press("Space");
      await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
    }
    await expect(article.getByText(firstLine)).toHaveCount(0);
  });

  test("is not shown to someone with saved progress, nor for a topic", async ({ page, request }) => {
    const { bank } = await loadBank(request);
    const { firstLine } = await firstNewCard(request);
    await page.clock.install({ time: T0 });
    await seedProgress(page, { cards: { [bank.questions[1]!.id]: reviewCard(T0 - DAY) } });
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.goto("/review/");
    await expect(page.getByRole("heading", { name: "Review", level: 1 })).toBeVisible();
    await expect(page.getByText(firstLine)).toBeHidden();
    await expect(page.getByRole("article")).toHaveCount(0);
    await page.unroute("**/_next/static/**/*.js");
    await page.reload();
    await questionOnScreen(page, [bank.questions[1]!]);
    await expect(count(page, "Due")).toHaveText("1");
  });
});

test("flashcards: Space reveals the back, 1–4 rate, each button shows its next interval", async ({ page, request }) => {
  const { bank } = await loadBank(request);
  const card = bank.flashcards[0]!;
  await page.clock.install({ time: T0 });
  await page.goto(`/review/?ids=${card.id}`);
  await expect(page.getByRole("article", { name: "Flashcard" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Answer" })).toHaveCount(0);
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Again: next review in 1 minute" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Hard: next review in 6 minutes" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Good: next review in 10 minutes" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Easy: next review in \d+ days$/ })).toBeVisible();
  await page.keyboard.press("2");
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  const saved = await savedState(page);
  expect(saved!.state.log[card.id]).toEqual([[expect.any(Number), 2, 2]]);
});

test("review by topic, then practise it ahead once nothing is due", async ({ page, request }) => {
  const { topic } = await loadBank(request);
  const ids = [...topic.questionIds, ...topic.flashcardIds];
  await page.clock.install({ time: T0 });
  // Every card of the topic studied and due next week.
  await seedProgress(page, { cards: Object.fromEntries(ids.map((id) => [id, reviewCard(T0 + 7 * DAY)])) });
  await page.goto(`/review/?topic=${topic.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Review: ${topic.title}`);
  await expect(page.getByRole("heading", { name: "Nothing is due right now" })).toBeVisible();
  await expect(page.getByText("The next card is due in 7 days.")).toBeVisible();
  await page.getByRole("button", { name: `Practise ahead (${ids.length} not due yet)` }).click();
  await expect(page.getByRole("article")).toBeVisible();
  await expect(count(page, "Ahead")).toHaveText(String(ids.length));
});
