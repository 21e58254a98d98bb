// Accessibility: axe-core on every page and state a candidate meets, in the light and dark themes,
// must find no violations. Each state is a row in STATES: how to reach it, and what shows it is ready.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DAY, loadBank, seedProgress } from "./support/study";

interface State {
  name: string;
  /** Brings the page into the state to check, starting from a fresh browser context. */
  open: (page: Page) => Promise<void>;
}

const questionHeading = (page: Page) => page.getByRole("heading", { level: 2, name: /^Question \d+ of \d+/ });

async function startQuickCheck(page: Page) {
  await page.goto("/exam/");
  await page.getByRole("button", { name: "Start quick check" }).click();
  await expect(questionHeading(page)).toHaveText(/^Question 1 of/);
}

/** Picks as many options as the question on screen asks for, with the exam's number keys. */
async function answerCurrent(page: Page) {
  const chooseLine = page.getByText(/^Choose \d\./);
  const n = (await chooseLine.count()) > 0 ? Number((await chooseLine.textContent())?.match(/Choose (\d)/)?.[1]) : 1;
  for (let i = 1; i <= n; i++) await page.keyboard.press(String(i));
}

async function finishExam(page: Page) {
  await page.getByRole("button", { name: "End exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End exam and see results" }).click();
  await expect(page.getByTestId("score")).toBeVisible();
}

/** Saved progress with something in it: one question overdue and missed twice, one flashcard due. */
async function seedStudied(page: Page) {
  const { bank } = await loadBank(page.request);
  const question = bank.questions.find((q) => q.kind === "single")!;
  const wrong = question.options.find((o) => !o.correct)!;
  const now = Date.now();
  await seedProgress(page, {
    cards: {
      [question.id]: [now - DAY, 2, 6, 1, 3, 1, 2, now - 2 * DAY, 0],
      [bank.flashcards[0]!.id]: [now - DAY, 3, 5, 3, 2, 0, 2, now - 4 * DAY, 0],
    },
    log: {
      [question.id]: [
        [now - 3 * DAY, 1, 0, 0, wrong.id],
        [now - 2 * DAY, 1, 2, 0, wrong.id],
      ],
      [bank.flashcards[0]!.id]: [[now - 4 * DAY, 3, 2]],
    },
  });
  return { bank, question };
}

/** Waits until a study page has read storage and its bank (no "Loading…" left). */
async function settled(page: Page) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

async function firstTopicPath(page: Page): Promise<string> {
  const response = await page.request.get("/data/index.json");
  const index = (await response.json()) as { topics: { slug: string }[] };
  const slug = index.topics[0]?.slug;
  if (!slug) throw new Error("the bank index has no topics");
  return `/topics/${slug}/`;
}

const STATES: State[] = [
  {
    name: "home",
    open: async (page) => {
      await page.goto("/");
      await expect(page.getByRole("main")).toBeVisible();
    },
  },
  {
    name: "topic index",
    open: async (page) => {
      await page.goto("/topics/");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    },
  },
  {
    name: "topic page",
    open: async (page) => {
      await page.goto(await firstTopicPath(page));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    },
  },
  {
    name: "exam start",
    open: async (page) => {
      await page.goto("/exam/");
      await expect(page.getByRole("button", { name: "Start full mock" })).toBeVisible();
    },
  },
  {
    name: "exam running, answered and flagged",
    open: async (page) => {
      await startQuickCheck(page);
      await answerCurrent(page);
      await page.keyboard.press("f");
      await expect(questionHeading(page)).toContainText("Flagged");
    },
  },
  {
    name: "exam end dialog",
    open: async (page) => {
      await startQuickCheck(page);
      await page.getByRole("button", { name: "End exam" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    name: "practice exam, answer checked",
    open: async (page) => {
      await page.goto("/exam/");
      const form = page.locator("form", { has: page.getByRole("heading", { name: "Custom exam" }) });
      await form.getByRole("spinbutton", { name: /^Questions/ }).fill("3");
      await form.getByLabel(/^Practice/).check();
      await form.getByRole("button", { name: "Start custom exam" }).click();
      await expect(questionHeading(page)).toHaveText(/^Question 1 of 3/);
      await answerCurrent(page);
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByRole("status").filter({ hasText: /Correct|Not quite/ })).toBeVisible();
    },
  },
  {
    name: "exam results",
    open: async (page) => {
      await startQuickCheck(page);
      await answerCurrent(page);
      await finishExam(page);
    },
  },
  {
    name: "exam start with history",
    open: async (page) => {
      await startQuickCheck(page);
      await finishExam(page);
      await page.goto("/exam/");
      await expect(page.getByRole("heading", { name: "Your attempts" })).toBeVisible();
    },
  },
  {
    name: "review, nothing studied yet (new cards)",
    open: async (page) => {
      await page.goto("/review/");
      await settled(page);
      await expect(page.getByRole("article")).toBeVisible();
    },
  },
  {
    name: "review, question answered wrong",
    open: async (page) => {
      const { question } = await seedStudied(page);
      await page.goto(`/review/?ids=${question.id}`);
      await expect(page.getByRole("article", { name: "Question" })).toBeVisible();
      const wrongText = question.options.find((o) => !o.correct)!.text.slice(0, 30);
      await page.locator("fieldset label").filter({ hasText: wrongText }).click();
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByRole("heading", { name: "Not quite" })).toBeVisible();
    },
  },
  {
    name: "review, flashcard front",
    open: async (page) => {
      const { bank } = await loadBank(page.request);
      await page.goto(`/review/?ids=${bank.flashcards[0]!.id}`);
      await expect(page.getByRole("article", { name: "Flashcard" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
    },
  },
  {
    name: "review, flashcard back with ratings",
    open: async (page) => {
      const { bank } = await loadBank(page.request);
      await page.goto(`/review/?ids=${bank.flashcards[0]!.id}`);
      await page.getByRole("button", { name: "Show answer" }).click();
      await expect(page.getByRole("button", { name: /^Good: next review/ })).toBeVisible();
    },
  },
  {
    name: "review, session complete",
    open: async (page) => {
      const { bank } = await loadBank(page.request);
      await page.goto(`/review/?ids=${bank.flashcards[0]!.id}`);
      await page.getByRole("button", { name: "Show answer" }).click();
      await page.getByRole("button", { name: /^Good: next review/ }).click();
      await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
    },
  },
  {
    name: "missed, empty",
    open: async (page) => {
      await page.goto("/missed/");
      await settled(page);
    },
  },
  {
    name: "missed, with a missed question",
    open: async (page) => {
      await seedStudied(page);
      await page.goto("/missed/");
      await settled(page);
      await expect(page.getByRole("article").first()).toBeVisible();
    },
  },
  {
    name: "progress, empty",
    open: async (page) => {
      await page.goto("/progress/");
      await settled(page);
    },
  },
  {
    name: "progress, with answers and an exam",
    open: async (page) => {
      await seedStudied(page);
      await startQuickCheck(page);
      await answerCurrent(page);
      await finishExam(page);
      await page.goto("/progress/");
      await settled(page);
    },
  },
  {
    name: "settings",
    open: async (page) => {
      await seedStudied(page);
      await page.goto("/settings/");
      await settled(page);
    },
  },
  {
    name: "page not found",
    open: async (page) => {
      await page.goto("/no-such-page/");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    },
  },
];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  // A readable list (rule, impact, the offending nodes) instead of axe's raw objects.
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1).join(" ").trim()}`),
  }));
  expect(violations).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const state of STATES) {
      test(`${state.name} has no violations`, async ({ page }) => {
        // axe on long pages (exam results list every question) is slow on a shared machine.
        test.setTimeout(90_000);
        await state.open(page);
        await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        await expectNoViolations(page);
      });
    }
  });
}

// Keyboard only: no mouse, no clicks. Tab until a control has focus, then use it.
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The focused control shows a focus ring: an outline that is not "none" and not zero wide. */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  expect(ring).not.toBeNull();
  expect(ring!.outline !== "none" && ring!.width > 0 ? true : ring!.shadow !== "none").toBe(true);
}

test.describe("keyboard only", () => {
  test("an exam from the start page to its results", async ({ page }) => {
    await page.goto("/exam/");
    const start = page.getByRole("button", { name: "Start quick check" });
    await expect(start).toBeVisible();
    await tabTo(page, start);
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await expect(questionHeading(page)).toHaveText(/^Question 1 of (\d+)/);
    const total = Number((await questionHeading(page).textContent())?.match(/of (\d+)/)?.[1]);

    // Question 1: Tab into the options and choose with the arrow keys and Space, as in any form.
    const firstOption = page.getByRole("group", { name: /^Options for question 1/ }).locator("input").first();
    await tabTo(page, firstOption);
    await expectVisibleFocus(page);
    await page.keyboard.press("Space");
    await expect(firstOption).toBeChecked();
    // Then Tab to "Next →" and press Enter.
    const next = page.getByRole("button", { name: "Next →" });
    await tabTo(page, next);
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await expect(questionHeading(page)).toHaveText(/^Question 2 of/);

    // The rest with the exam's shortcuts: a number picks, N moves on.
    for (let n = 2; n <= total; n++) {
      await answerCurrent(page);
      if (n < total) {
        await page.keyboard.press("n");
        await expect(questionHeading(page)).toHaveText(new RegExp(`^Question ${n + 1} of`));
      }
    }
    const finish = page.getByRole("button", { name: "Finish…" });
    await expect(finish).toBeVisible();
    await tabTo(page, finish);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId("end-summary")).toContainText("0 unanswered");
    await tabTo(page, dialog.getByRole("button", { name: "End exam and see results" }));
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("score")).toBeVisible();
    await expect(page).toHaveURL(/\/exam\/results\/\?id=/);
  });

  test("a review of a question and a flashcard, to the end of the session", async ({ page }) => {
    const { bank, question } = await seedStudied(page);
    const card = bank.flashcards[0]!;
    await page.goto(`/review/?ids=${question.id},${card.id}`);
    const article = page.getByRole("article");
    await expect(article).toBeVisible();

    const done = page.getByRole("heading", { name: "Session complete" });
    // A card answered wrong may come back in the same session, so answer until the session ends.
    for (let step = 0; step < 6 && !(await done.isVisible()); step++) {
      await expect(article.or(done)).toBeVisible();
      if (await done.isVisible()) break;
      const before = await article.innerText();
      if ((await article.getAttribute("aria-label")) === "Flashcard") {
        const show = page.getByRole("button", { name: "Show answer" });
        await tabTo(page, show);
        await expectVisibleFocus(page);
        await page.keyboard.press("Enter");
        const good = page.getByRole("button", { name: /^Good: next review/ });
        await tabTo(page, good);
        await expectVisibleFocus(page);
        await page.keyboard.press("Enter");
      } else {
        // Tab into the options; Space picks the focused one, as in any form.
        const option = article.locator("fieldset input").first();
        await tabTo(page, option);
        await expectVisibleFocus(page);
        await page.keyboard.press("Space");
        await expect(option).toBeChecked();
        const check = page.getByRole("button", { name: "Check answer" });
        await tabTo(page, check);
        await page.keyboard.press("Enter");
        const verdict = page.getByRole("heading", { name: /^(Correct|Not quite)$/ });
        await expect(verdict).toBeVisible();
        const next =
          (await verdict.innerText()) === "Correct"
            ? page.getByRole("button", { name: /^Good: next review/ })
            : page.getByRole("button", { name: "Next", exact: true });
        await tabTo(page, next);
        await expectVisibleFocus(page);
        await page.keyboard.press("Enter");
      }
      await expect(async () => {
        expect((await done.isVisible()) || (await article.innerText()) !== before).toBe(true);
      }).toPass();
    }
    await expect(done).toBeVisible();
    // Both answers were saved.
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("stratus") ?? "{}") as { state: { log: Record<string, unknown[]> } });
    expect(saved.state.log[question.id]!.length).toBeGreaterThanOrEqual(3);
    expect(saved.state.log[card.id]).toHaveLength(2);
  });
});
