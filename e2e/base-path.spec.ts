// The site built with STRATUS_BASE_PATH=/stratus and served from a sub-folder by `python3 -m
// http.server`: one journey, home → topic → exam → results, and everything it touches stays under
// /stratus/ (links, data, images, Markdown links, search, the service worker's scope).
// Run by `npm run test:e2e:base-path` (playwright.base-path.config.ts).
import { expect, test, type Page } from "@playwright/test";
import { waitForServiceWorker } from "./support/offline";

const questionHeading = (page: Page) => page.getByRole("heading", { level: 2, name: /^Question \d+ of \d+/ });

test("home → topic → exam → results under /stratus/", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith("/stratus/")) outside.push(url.pathname);
  });
  const failed: string[] = [];
  page.on("response", (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));

  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // A topic with a diagram and links to other notes (Markdown links are built by topicHref).
  await page.goto("./topics/ec2/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const diagram = page.locator('img[src$="ec2-purchase-options.svg"]');
  await expect(diagram).toHaveAttribute("src", /^\/stratus\/diagrams\//);
  // Note images load lazily: bring it into view first.
  await diagram.scrollIntoViewIfNeeded();
  await expect.poll(() => diagram.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const noteLinks = await page.locator(".prose a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  for (const href of noteLinks) expect(href).toMatch(/^\/stratus\//);

  // The service worker is registered for /stratus/ only.
  await waitForServiceWorker(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${origin}/stratus/`);

  // Search finds notes and links under /stratus/.
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Search notes and flashcards" });
  await dialog.getByRole("searchbox", { name: "Search" }).fill("Spot");
  await expect(dialog.getByRole("status")).toHaveText(/^\d+ results? for/);
  await expect(dialog.locator("a[data-result]").first()).toHaveAttribute("href", /^\/stratus\/topics\//);
  await page.keyboard.press("Escape");

  // An exam from the header's navigation: its questions come from /stratus/data/.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exams" }).click();
  await expect(page).toHaveURL(`${origin}/stratus/exam/`);
  await page.getByRole("button", { name: "Start quick check" }).click();
  await expect(questionHeading(page)).toHaveText(/^Question 1 of 10/, { timeout: 20_000 });
  await page.keyboard.press("1");
  await page.getByRole("button", { name: "End exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End exam and see results" }).click();
  await expect(page.getByTestId("score")).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/stratus\/exam\/results\/\?id=/);

  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
});
