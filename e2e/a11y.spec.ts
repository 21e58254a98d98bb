// Accessibility: axe-core on every page and state a candidate meets, in the light and dark themes,
// must find no violations. Each state is a row in STATES: how to reach it, and what shows it is ready.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

interface State {
  name: string;
  /** Brings the page into the state to check, starting from a fresh browser context. */
  open: (page: Page) => Promise<void>;
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
        await state.open(page);
        await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        await expectNoViolations(page);
      });
    }
  });
}
