// Helpers for the study journeys: read the bank the way the app does, seed saved progress before
// the app loads, and answer whatever card is on screen by keyboard.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { BankIndex, Question, TopicBank } from "@/lib/content/types";

export const DAY = 86_400_000;
export const STORE_KEY = "stratus";

export async function loadBank(request: APIRequestContext) {
  const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
  const first = index.topics.find((t) => t.questionIds.length >= 3 && t.flashcardIds.length >= 1)!;
  const bank = (await (await request.get(`/data/topics/${first.slug}.json`)).json()) as TopicBank;
  return { index, topic: first, bank };
}

/** A review-state card (tuple as stored) due at `due`, last reviewed 3 days before. */
export function reviewCard(due: number): number[] {
  return [due, 3, 5, 3, 2, 0, 2, due - 3 * DAY, 0];
}

export interface SavedState {
  cards?: Record<string, number[]>;
  log?: Record<string, unknown[][]>;
  settings?: { retention: number; newPerDay: number; updatedAt: number };
  examHistory?: unknown[];
}

/** A finished exam as the exam slice stores it. */
export function examResult(id: string, finishedAt: number, correct: number, total: number) {
  return {
    id,
    config: { kind: "quick", mode: "exam", topics: [], minutes: 20 },
    seed: 1,
    questionIds: [],
    answers: {},
    flagged: [],
    startedAt: finishedAt - 600_000,
    deadline: finishedAt + 600_000,
    finishedAt,
    endedBy: "submitted",
    outcomes: {},
    correct,
    total,
    byTopic: [],
  };
}

/** Saved progress written before any page script runs, once per browser context. */
export async function seedProgress(page: Page, state: SavedState) {
  const value = JSON.stringify({
    state: { cards: {}, log: {}, settings: { retention: 0.9, newPerDay: 20, updatedAt: 0 }, epoch: 0, ...state },
    version: 2,
  });
  await page.addInitScript(
    ([key, raw]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, raw);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [STORE_KEY, value] as const,
  );
}

export async function savedState(page: Page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
  return raw ? (JSON.parse(raw) as { version: number; state: { cards: Record<string, number[]>; log: Record<string, unknown[][]> } & Record<string, unknown> }) : null;
}

export function logCount(state: Awaited<ReturnType<typeof savedState>>): number {
  return state ? Object.values(state.state.log).reduce((n, entries) => n + entries.length, 0) : 0;
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
/** What an option shows on screen: its HTML's text (an image option shows no alt text). */
const shown = (option: { html: string }) => norm(option.html.replace(/<[^>]*>/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'"));

/** The number key that picks `want` (right or wrong) option of `question`, once it is on screen. */
export async function optionKey(page: Page, question: Question, want: "right" | "wrong"): Promise<string> {
  const targets = question.options.filter((o) => o.correct === (want === "right")).map((o) => shown(o).slice(0, 40));
  let index = -1;
  await expect
    .poll(
      async () => {
        // Not the review page's static first card (a disabled fieldset): keys reach only the live one.
        const texts = (await page.locator("fieldset:not([disabled]) label").allInnerTexts()).map(norm);
        index = texts.findIndex((t) => targets.some((target) => t.includes(target)));
        return index;
      },
      { message: `option ${want} of ${question.id} on screen` },
    )
    .toBeGreaterThanOrEqual(0);
  return String(index + 1);
}

/** Picks every right option of `question` by keyboard and checks it. */
export async function answerRight(page: Page, question: Question) {
  for (const option of question.options.filter((o) => o.correct)) {
    const key = await optionKey(page, { ...question, options: [option] }, "right");
    const input = page.locator("fieldset:not([disabled]) label").nth(Number(key) - 1).locator("input");
    // The live card listens for keys from just after it is on screen: a key pressed in between is
    // lost (seen on a busy machine), so it is pressed again while the option stays unpicked.
    await expect(async () => {
      if (!(await input.isChecked())) await page.keyboard.press(key);
      await expect(input).toBeChecked({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  }
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Correct" })).toBeVisible();
}

/** Which of `questions` is on screen (waits until one is). */
export async function questionOnScreen(page: Page, questions: Question[]): Promise<Question> {
  let found: Question | undefined;
  await expect
    .poll(async () => {
      const texts = norm((await page.locator("fieldset").allInnerTexts()).join(" "));
      found = questions.find((q) => q.options.every((o) => texts.includes(shown(o).slice(0, 40))));
      return found?.id;
    })
    .toBeTruthy();
  return found!;
}

/** Answers the card on screen by keyboard (questions: the first option(s); flashcards: Good). */
/**
 * The card on screen once it is the live one. A new visitor's first review card is painted from the
 * page's HTML (disabled options, a disabled "Show answer") and takes no keys until the page's
 * JavaScript has put the live card in its place.
 */
export async function liveCard(page: Page) {
  const article = page.getByRole("article");
  await expect(article).toBeVisible();
  await expect(article.locator("fieldset[disabled]")).toHaveCount(0);
  await expect(article.getByRole("button", { name: "Show answer", disabled: true })).toHaveCount(0);
  return article;
}

export async function answerAnyCard(page: Page) {
  const article = await liveCard(page);
  if ((await article.getAttribute("aria-label")) === "Flashcard") {
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: /^Good/ })).toBeVisible();
    await page.keyboard.press("3");
  } else {
    const choose = (await article.innerText()).match(/Choose (\d)\./);
    for (let i = 1; i <= Number(choose?.[1] ?? 1); i++) await page.keyboard.press(String(i));
    await page.keyboard.press("Enter");
    const verdict = page.getByRole("heading", { name: /^(Correct|Not quite)$/ });
    await expect(verdict).toBeVisible();
    await page.keyboard.press(((await verdict.innerText()) === "Correct" ? "3" : "Enter"));
  }
}

export function count(page: Page, label: string) {
  return page.locator("dl div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");
}
