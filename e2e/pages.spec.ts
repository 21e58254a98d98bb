// Reading journeys: home → topic → section, themes, the 404 page, phones, keyboard and axe.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { BankIndex, TopicBank } from "../lib/content/types";
import { THEME_STORAGE_KEY } from "../lib/store/theme";

const DARK_CLASS = /(^|\s)dark(\s|$)/;

async function bankIndex(request: APIRequestContext): Promise<BankIndex> {
  const response = await request.get("/data/index.json");
  expect(response.ok()).toBe(true);
  return (await response.json()) as BankIndex;
}

async function firstTopicWithQuestions(request: APIRequestContext) {
  const topic = (await bankIndex(request)).topics.find((t) => t.questionIds.length > 0);
  if (!topic) throw new Error("the built site has no topic with questions");
  return topic;
}

/** Topics of the built site, known when tests are collected so each page gets its own test. */
function builtTopicSlugs(): string[] {
  const file = path.join(__dirname, "..", "out", "data", "index.json");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the e2e tests`);
  return (JSON.parse(fs.readFileSync(file, "utf8")) as BankIndex).topics.map((t) => t.slug);
}

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  expect(summary).toEqual([]);
}

test("home leads to a topic, and its table of contents jumps to a section", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("not affiliated");

  const topicLink = page.getByRole("region", { name: "Topics" }).getByRole("listitem").first().getByRole("link");
  const title = (await topicLink.textContent())!.trim();
  await topicLink.click();
  await expect(page).toHaveURL(/\/topics\/[^/]+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" })).toHaveAttribute("aria-current", "true");

  const toc = page.getByRole("navigation", { name: "On this page" });
  const entry = toc.getByRole("link").nth(2);
  const href = (await entry.getAttribute("href"))!;
  expect(href).toMatch(/^#.+/);
  await entry.click();

  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const heading = byId(page, href.slice(1));
  await expect(heading).toBeInViewport();
  // Not hidden under the sticky header: the heading settles just below it.
  const headerHeight = (await page.getByRole("banner").boundingBox())!.height;
  await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThanOrEqual(headerHeight);
  await expect(entry).toHaveAttribute("aria-current", "location");
});

test("links prefetch the page they lead to on intent (pointer or keyboard focus), not while the page loads", async ({ page }) => {
  // Next's router fetches a page's data as `…txt?_rsc=…`; the service worker would answer from its cache.
  await page.context().route("**/sw.js", (route) => route.abort());
  const prefetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("_rsc=")) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Topics" }).hover();
  await expect.poll(() => prefetched.some((p) => p.startsWith("/topics/"))).toBe(true);
  await nav.getByRole("link", { name: "Exams" }).focus();
  await expect.poll(() => prefetched.some((p) => p.startsWith("/exam/"))).toBe(true);
  // And the link still navigates.
  await nav.getByRole("link", { name: "Exams" }).press("Enter");
  await expect(page).toHaveURL(/\/exam\/$/);
});

test("the table of contents follows the reader", async ({ page, request }) => {
  const { slug } = await firstTopicWithQuestions(request);
  await page.goto(`/topics/${slug}/`);
  const links = page.getByRole("navigation", { name: "On this page" }).getByRole("link");
  const ids = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!.slice(1)));
  expect(ids.length).toBeGreaterThan(3);

  const target = ids[3]!;
  await byId(page, target).evaluate((el) => window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 40, behavior: "instant" }));
  await expect(page.locator(`a[href="#${target}"]`).first()).toHaveAttribute("aria-current", "location");
  await expect(page.getByRole("navigation", { name: "On this page" }).locator('[aria-current="location"]')).toHaveCount(1);
});

test("a topic page links to practice without printing its questions", async ({ page, request }) => {
  const { slug } = await firstTopicWithQuestions(request);
  const bank = (await (await request.get(`/data/topics/${slug}.json`)).json()) as TopicBank;
  await page.goto(`/topics/${slug}/`);

  const box = page.getByRole("main").getByRole("region", { name: "Test yourself" });
  await expect(box).toContainText(`${bank.questions.length} question`);
  await expect(box).toContainText(`${bank.flashcards.length} flashcard`);
  await expect(box.getByRole("link", { name: "Practise this topic" })).toHaveAttribute("href", `/review/?topic=${slug}`);
  await expect(box.getByRole("link", { name: "Exam on this topic" })).toHaveAttribute("href", `/exam/?topics=${slug}`);

  const squash = (text: string) => text.replace(/\s+/g, " ").trim();
  const pageText = squash(await page.locator("body").innerText());
  for (const question of bank.questions) expect(pageText).not.toContain(squash(question.stemText).slice(0, 80));
  await expect(page.getByRole("main")).toContainText(/Facts checked \d{1,2} \w+ \d{4}/);
  // The date links to the list of sources the facts were checked against.
  const checked = page.getByRole("main").getByRole("link", { name: /^\d+ sources?$/ });
  await expect(checked).toHaveAttribute("href", "#topic-sources");
  await checked.click();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeInViewport();
  const sourceLinks = page.getByRole("region", { name: "Sources" }).getByRole("link");
  await expect(sourceLinks).toHaveCount(Number((await checked.innerText()).split(" ")[0]));
});

test("previous and next links walk the topics in order", async ({ page, request }) => {
  const { topics } = await bankIndex(request);
  expect(topics.length).toBeGreaterThanOrEqual(2);
  const [first, second] = [topics[0]!, topics[1]!];
  await page.goto(`/topics/${first.slug}/`);
  const pager = page.getByRole("navigation", { name: "Previous and next topic" });
  await expect(pager.getByRole("link", { name: /Previous topic/ })).toHaveCount(0);
  await pager.getByRole("link", { name: new RegExp(`Next topic.*${second.title}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${second.slug}/$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second.title);
  await page.getByRole("navigation", { name: "Previous and next topic" }).getByRole("link", { name: /Previous topic/ }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${first.slug}/$`));
});

test("the topic index groups topics by domain with their counts", async ({ page, request }) => {
  const { topics } = await bankIndex(request);
  await page.goto("/topics/");
  await expect(page.getByRole("heading", { level: 1, name: "Topics" })).toBeVisible();
  for (const topic of topics) {
    const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: topic.title, exact: true }) });
    await expect(card).toContainText(`${topic.questionIds.length} question`);
    await expect(card).toContainText(`${topic.flashcardIds.length} flashcard`);
  }
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
});

test.describe("theme", () => {
  test("the toggle remembers the choice across reloads and can follow the system again", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    const html = page.locator("html");
    const toggle = page.getByRole("group", { name: "Colour theme" });
    await expect(html).not.toHaveClass(DARK_CLASS);
    await expect(toggle.getByRole("button", { name: "System theme" })).toHaveAttribute("aria-pressed", "true");

    await toggle.getByRole("button", { name: "Dark theme" }).click();
    await expect(html).toHaveClass(DARK_CLASS);
    await page.reload();
    await expect(html).toHaveClass(DARK_CLASS);
    await expect(toggle.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
    await expect(toggle.getByRole("button", { name: "System theme" })).toHaveAttribute("aria-pressed", "false");

    // An explicit light choice wins over a dark system.
    await page.emulateMedia({ colorScheme: "dark" });
    await toggle.getByRole("button", { name: "Light theme" }).click();
    await page.reload();
    await expect(html).not.toHaveClass(DARK_CLASS);

    // Back to the system: it follows the system, live.
    await toggle.getByRole("button", { name: "System theme" }).click();
    await expect(html).toHaveClass(DARK_CLASS);
    await page.emulateMedia({ colorScheme: "light" });
    await expect(html).not.toHaveClass(DARK_CLASS);
    await page.reload();
    await expect(toggle.getByRole("button", { name: "System theme" })).toHaveAttribute("aria-pressed", "true");
  });

  test("a corrupted saved theme falls back to the system theme without crashing and is not overwritten", async ({ page }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '{"not":"a theme"}'), THEME_STORAGE_KEY);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(DARK_CLASS);
    await expect(page.getByRole("button", { name: "System theme" })).toHaveAttribute("aria-pressed", "true");
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBe('{"not":"a theme"}');
  });

  test.describe("without any app script (no flash of the wrong theme)", () => {
    // With every bundle blocked, only the inline script in <head> can have set the class.
    test.beforeEach(async ({ page }) => {
      await page.route("**/_next/static/**/*.js", (route) => route.abort());
    });

    test("a saved dark theme is on <html> before the page is painted", async ({ page }) => {
      await page.addInitScript((key) => localStorage.setItem(key, "dark"), THEME_STORAGE_KEY);
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto("/topics/");
      expect(await page.evaluate(() => document.documentElement.className)).toMatch(DARK_CLASS);
    });

    test("with nothing saved, a dark system gives the dark theme", async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto("/");
      expect(await page.evaluate(() => document.documentElement.className)).toMatch(DARK_CLASS);
    });

    test("a saved light theme wins over a dark system", async ({ page }) => {
      await page.addInitScript((key) => localStorage.setItem(key, "light"), THEME_STORAGE_KEY);
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto("/");
      expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(DARK_CLASS);
    });
  });

  test("the theme script runs in <head>, before any of the body is parsed", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const script = html.indexOf(THEME_STORAGE_KEY);
    expect(script).toBeGreaterThan(html.indexOf("<head>"));
    expect(script).toBeLessThan(html.indexOf("</head>"));
  });
});

test("an unknown address shows a helpful 404 page", async ({ page }) => {
  for (const path of ["/no-such-page/", "/topics/not-a-topic/"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }
  // It names the domains (a handful), not every topic: Next puts this page in the data of every page.
  const domains = page.getByRole("region", { name: "Topics by domain" }).getByRole("link");
  await expect(domains.first()).toBeVisible();
  const domain = (await domains.first().textContent())!;
  await domains.first().click();
  await expect(page).toHaveURL(/\/topics\/#domain-/);
  await expect(page.getByRole("heading", { level: 2, name: domain })).toBeInViewport();

  await page.goto("/no-such-page/");
  await page.getByRole("main").getByRole("link", { name: "Browse all topics" }).click();
  await expect(page).toHaveURL(/\/topics\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Topics" })).toBeVisible();
});

test("keyboard: the first Tab reaches the skip link, which moves focus to the main content", async ({ page }) => {
  await page.goto("/topics/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.getElementById("main")!.contains(document.activeElement))).toBe(true);
});

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("no page scrolls sideways, and wide tables scroll inside their own focusable region", async ({ page, request }) => {
    const { topics } = await bankIndex(request);
    const paths = ["/", "/topics/", "/no-such-page/", ...topics.map((t) => `/topics/${t.slug}/`)];
    let overflowingTables = 0;
    for (const path of paths) {
      await page.goto(path);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), path).toBeLessThanOrEqual(360);
      overflowingTables += await page.locator(".table-scroll").evaluateAll(
        (regions) => regions.filter((r) => r.scrollWidth > r.clientWidth && r.getAttribute("tabindex") === "0").length,
      );
    }
    expect(overflowingTables).toBeGreaterThan(0);
  });

  test("the menu opens, marks the current page, and closes after navigating or on Escape", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = nav.getByRole("button", { name: "Menu" });
    await expect(nav.getByRole("link", { name: "Topics" })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await nav.getByRole("link", { name: "Topics" }).click();
    await expect(page).toHaveURL(/\/topics\/$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "Topics" })).toBeHidden();

    await menu.click();
    await expect(nav.getByRole("link", { name: "Topics" })).toHaveAttribute("aria-current", "page");
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
  });

  test("the collapsible table of contents jumps to a section and closes", async ({ page, request }) => {
    const { slug } = await firstTopicWithQuestions(request);
    await page.goto(`/topics/${slug}/`);
    await page.locator("summary", { hasText: "On this page" }).click();
    const entry = page.getByRole("navigation", { name: "On this page" }).getByRole("link").nth(1);
    const href = (await entry.getAttribute("href"))!;
    await entry.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(byId(page, href.slice(1))).toBeInViewport();
    await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
  });

  test("the open menu has no axe violations in the dark theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await page.getByRole("button", { name: "Menu" }).click();
    await expectNoAxeViolations(page);
  });
});

test.describe("accessibility (axe)", () => {
  const pages = [
    ["home", "/"],
    ["topic index", "/topics/"],
    ["404", "/no-such-page/"],
  ] as const;

  for (const scheme of ["light", "dark"] as const) {
    test.describe(`${scheme} theme`, () => {
      test.use({ colorScheme: scheme });

      for (const [name, path] of pages) {
        test(`${name} has no violations`, async ({ page }) => {
          await page.goto(path);
          await expect(page.locator("html")).toHaveClass(scheme === "dark" ? DARK_CLASS : /^(?!.*\bdark\b)/);
          await expectNoAxeViolations(page);
        });
      }

      for (const slug of builtTopicSlugs()) {
        test(`topic page ${slug} has no violations`, async ({ page }) => {
          await page.goto(`/topics/${slug}/`);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
});
