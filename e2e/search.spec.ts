// Search (Pagefind over the built site), as a learner uses it: from the keyboard, in Chinese and
// with or without accents; flashcards are found, question stems are not.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Two shared cores: the first search of a page loads Pagefind's WebAssembly.
test.describe.configure({ timeout: 60_000 });

const dialog = (page: Page) => page.getByRole("dialog", { name: "Search notes and flashcards" });
const status = (page: Page) => dialog(page).getByRole("status");

async function searchFor(page: Page, term: string) {
  await dialog(page).getByRole("searchbox", { name: "Search" }).fill(term);
  await expect(status(page)).toHaveText(new RegExp(`(No results|\\d+ results?) for “${term}”`));
}

test("search by keyboard: / opens it, results are highlighted, Enter lands on the heading", async ({ page }) => {
  await page.goto("/exam/");
  // The exam page has hydrated (its start buttons come from the client), so shortcuts are live.
  await expect(page.getByRole("button", { name: "Start quick check" })).toBeVisible({ timeout: 20_000 });
  // Nothing of search is loaded before it is opened.
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  expect(requested.filter((url) => url.includes("/pagefind/"))).toEqual([]);

  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole("searchbox", { name: "Search" })).toBeFocused();
  await page.keyboard.type("SnapStart");
  await expect(status(page)).toHaveText(/^\d+ results? for “SnapStart”/);
  await expect(dialog(page).locator("mark").first()).toHaveText(/snapstart/i);

  await page.keyboard.press("ArrowDown");
  const first = dialog(page).locator("a[data-result]").first();
  await expect(first).toBeFocused();
  const href = await first.getAttribute("href");
  // A note's section, or a flashcard's (?card=…), always at a heading.
  expect(href).toMatch(/^\/topics\/[^/?]+\/(\?card=[^#]+)?#[^#]+$/);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  const id = decodeURIComponent(href!.split("#")[1]!);
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  await expect(dialog(page)).toBeHidden();
});

test("Ctrl-K opens search, Escape closes it and focus returns to the search button", async ({ page }) => {
  await page.goto("/");
  // Pressed again until hydration has attached the shortcut (a second press on an open dialog is harmless).
  await expect(async () => {
    await page.keyboard.press("Control+k");
    await expect(dialog(page)).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.keyboard.type("Lambda");
  // One Escape closes search even with text in the field (a search field alone would just clear it).
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole("button", { name: "Search", exact: true })).toBeFocused();
});

test("Chinese and accented text are found, with or without the accents", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  for (const term of ["冷启动", "执行环境", "démarrage", "demarrage"]) {
    await searchFor(page, term);
    await expect(status(page)).toHaveText(/^\d+ results? for/);
    const first = dialog(page).locator("a[data-result]").first();
    await expect(first).toHaveAttribute("href", /\/topics\/lambda-fundamentals\//);
    await expect(first.locator("mark").first()).toBeVisible();
  }
});

test("flashcards are found; question stems are not (no spoilers)", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await searchFor(page, "memory range and default");
  // The card's result lands on the section of the note that teaches it.
  const card = dialog(page).locator('a[href*="card=lambda-fundamentals-fc-memory"]');
  await expect(card).toContainText("Flashcard");
  await expect(card).toHaveAttribute("href", /^\/topics\/lambda-fundamentals\/\?card=[^#]+#memory-and-cpu$/);

  // A word that exists only in a question stem (lambda-limits-config-size), in no note or card:
  // Pagefind may still offer near matches, but never the stem's word itself.
  await searchFor(page, "redeploying");
  await expect(dialog(page).locator("mark", { hasText: /redeploying/i })).toHaveCount(0);
  await expect(dialog(page).getByRole("list", { name: "Results" }).getByText(/redeploying/i)).toHaveCount(0);
});

test("the search dialog has no axe violations, empty and with results", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(dialog(page)).toBeVisible();
  expect((await new AxeBuilder({ page }).include("dialog").analyze()).violations).toEqual([]);
  await searchFor(page, "Lambda");
  await expect(dialog(page).locator("a[data-result]").first()).toBeVisible();
  expect((await new AxeBuilder({ page }).include("dialog").analyze()).violations).toEqual([]);
});
