// Accessibility: axe-core on every page and state a candidate meets, in the light and dark themes,
// must find no violations. Each state is a row in STATES: how to reach it, and what shows it is ready.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

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
});
