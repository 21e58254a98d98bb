// The study loop as a careful candidate uses it over several days (issue 12): no spoilers before an
// answer, unanswered is not missed, new cards mixed from day one, text that reads right, the home
// page's exam reminder, one exam per tab, the fast exam page, and "Report a problem".
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import type { BankIndex, TopicBank } from "@/lib/content/types";
import { planExam } from "@/lib/exam/compose";
import type { ExamAttempt } from "@/lib/exam/types";
import { catalogOf } from "@/lib/review/session";
import { answerRight, count, liveCard, loadBank, seedProgress, STORE_KEY } from "./support/study";

const T0 = Date.UTC(2026, 2, 2, 9);
const MIN = 60_000;
const HOUR = 60 * MIN;

async function allQuestions(request: Parameters<typeof loadBank>[0]) {
  const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
  const banks: TopicBank[] = [];
  for (const t of index.topics) banks.push((await (await request.get(`/data/topics/${t.slug}.json`)).json()) as TopicBank);
  return { index, banks, questions: banks.flatMap((b) => b.questions) };
}

function quickCheck(index: BankIndex, startedAt: number): ExamAttempt {
  const quick = index.subject.profiles.find((p) => p.id === "quick");
  if (!quick) throw new Error("content/stratus.yml has no quick profile");
  const plan = planExam({ kind: "profile", profile: quick }, index.topics, 7, startedAt);
  if (!plan.ok) throw new Error(plan.error);
  return plan.attempt;
}

/** Saved data with this exam running, written once per browser context (shared by its tabs). */
async function seedExam(context: BrowserContext, attempt: ExamAttempt) {
  const value = JSON.stringify({
    state: { cards: {}, log: {}, settings: { retention: 0.9, newPerDay: 20, updatedAt: 0 }, epoch: 0, examActive: attempt, examHistory: [], passMark: 72, examSetAside: [] },
    version: 2,
  });
  await context.addInitScript(
    ([key, raw]) => {
      if (!localStorage.getItem("e2e-seeded")) {
        localStorage.setItem(key, raw);
        localStorage.setItem("e2e-seeded", "1");
      }
    },
    [STORE_KEY, value] as const,
  );
}

// Pages that load the store and the bank files can be slow on a busy CI machine.
const LOADED = { timeout: 15_000 };

const examHeading = (page: Page) => page.getByRole("heading", { level: 2, name: /^Question \d+ of \d+/ });
const examOptions = (page: Page) => page.getByRole("group", { name: /^Options for question/ }).locator("input");

test.describe.configure({ timeout: 60_000 });

test.describe("1. no spoilers", () => {
  test("review shows the source section only once the answer is checked or the card revealed", async ({ page, request }) => {
    const { bank } = await loadBank(request);
    const question = bank.questions[0]!;
    const card = bank.flashcards[0]!;
    await page.goto(`/review/?ids=${question.id},${card.id}`);
    const q = page.getByRole("article", { name: "Question" });
    await expect(q.getByRole("group", { name: "Answer options" })).toBeVisible();
    await expect(q.getByText(/^Source:/)).toHaveCount(0);
    await expect(q.getByRole("link", { name: question.source!.label, exact: true })).toHaveCount(0);
    await answerRight(page, question);
    await expect(q.getByRole("link", { name: question.source!.label, exact: true })).toHaveAttribute(
      "href",
      `/topics/${question.source!.topic}/#${question.source!.anchor}`,
    );
    await page.keyboard.press("3");

    const f = page.getByRole("article", { name: "Flashcard" });
    await expect(f.getByRole("button", { name: "Show answer" })).toBeVisible();
    await expect(f.getByText(/^Source:/)).toHaveCount(0);
    await page.keyboard.press("Space");
    await expect(f.getByRole("link", { name: card.source!.label, exact: true })).toBeVisible();
  });
});

test.describe("2. unseen is not missed", () => {
  test("ending a quick check after one answer: ten scored, one missed, nine left unanswered apart", async ({ page, request }) => {
    const { questions } = await allQuestions(request);
    const norm = (s: string) => s.replace(/\s+/g, " ").trim();
    await page.goto("/exam/");
    await page.getByRole("button", { name: "Start quick check" }).click();
    const group = page.getByRole("group", { name: /^Options for question/ });
    await expect(group).toBeVisible(LOADED);
    const shown = norm(await group.innerText());
    const question = questions.find((q) => q.options.every((o) => shown.includes(norm(o.text).slice(0, 40))))!;
    const wrong = question.options.find((o) => !o.correct)!;
    await group.locator("label").filter({ hasText: norm(wrong.text).slice(0, 40) }).click();
    await page.getByRole("button", { name: "End exam" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "End exam and see results" }).click();
    await expect(page).toHaveURL(/\/exam\/results\/\?id=/, LOADED);
    // Wrong in the score: 0 of 10.
    await expect(page.getByText(/0 of 10/).first()).toBeVisible();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Missed" }).click();
    await expect(page.getByText("1 question to put right.")).toBeVisible();
    await expect(page.getByText("Nothing: it was left unanswered")).toHaveCount(0);
    const filter = page.getByRole("group", { name: "Show" });
    await expect(filter.getByRole("button", { name: "Missed (1)" })).toHaveAttribute("aria-pressed", "true");
    await filter.getByRole("button", { name: "Left unanswered (9)" }).click();
    await expect(page.getByRole("heading", { name: "9 questions left unanswered" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Practise these (9)" })).toHaveAttribute("href", /^\/review\/\?ids=/);
    await expect(page.getByRole("listitem").filter({ hasText: question.stemText.slice(0, 40) })).toHaveCount(0);
  });
});

test.describe("3. new cards", () => {
  test("day one mixes topics and flashcards, in one order that survives a reload and the next day", async ({ page, request }) => {
    const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
    const catalog = catalogOf(index);
    const title = (slug: string) => index.topics.find((t) => t.slug === slug)!.title;
    const label = (id: string) => {
      const ref = catalog.byId.get(id)!;
      return `${ref.kind === "question" ? "Question" : "Flashcard"} · ${title(ref.topic)}`;
    };
    const dayOne = catalog.newOrder.slice(0, 20);
    expect(dayOne.filter((id) => catalog.byId.get(id)!.kind === "flashcard").length).toBeGreaterThanOrEqual(4);
    expect(new Set(dayOne.map((id) => catalog.byId.get(id)!.topic)).size).toBeGreaterThanOrEqual(6);

    await page.clock.install({ time: T0 });
    await page.goto("/review/");
    const header = page.getByRole("article").locator("p").first();
    await expect(header).toHaveText(label(dayOne[0]!));
    await page.reload();
    await expect(header).toHaveText(label(dayOne[0]!));
    await page.clock.fastForward(24 * HOUR);
    await page.reload();
    await expect(header).toHaveText(label(dayOne[0]!));

    // The first cards on screen follow that order: a flashcard comes up on day one.
    const firstFlashcard = dayOne.findIndex((id) => catalog.byId.get(id)!.kind === "flashcard");
    for (let i = 0; i <= firstFlashcard; i++) {
      await expect(header).toHaveText(label(dayOne[i]!));
      const article = await liveCard(page);
      if ((await article.getAttribute("aria-label")) === "Flashcard") {
        await page.keyboard.press("Space");
        await page.keyboard.press("3");
      } else {
        const choose = Number((await article.innerText()).match(/Choose (\d)\./)?.[1] ?? 1);
        for (let k = 1; k <= choose; k++) await page.keyboard.press(String(k));
        await page.keyboard.press("Enter");
        const verdict = page.getByRole("heading", { name: /^(Correct|Not quite)$/ });
        await expect(verdict).toBeVisible();
        await page.keyboard.press((await verdict.innerText()) === "Correct" ? "3" : "Enter");
      }
    }
  });
});

test.describe("4. text", () => {
  test("missed: the right answers of a multiple-response question are a list, not one run-on line", async ({ page, request }) => {
    const { questions } = await allQuestions(request);
    const question = questions.find((q) => q.kind === "multiple")!;
    const wrong = question.options.find((o) => !o.correct)!;
    await seedProgress(page, { log: { [question.id]: [[T0, 1, 2, 0, wrong.id]] } });
    await page.goto("/missed/");
    const article = page.getByRole("article").filter({ hasText: wrong.text.slice(0, 30) });
    const right = article.locator("dd").nth(2);
    await expect(right.getByRole("listitem")).toHaveCount(question.choose);
    for (const o of question.options.filter((x) => x.correct)) await expect(right).toContainText(o.text);
    await expect(right).not.toContainText(".;");
  });

  test("inline code has no literal backticks on review cards, as in the exam", async ({ page }) => {
    await page.goto("/review/?ids=ecs-secrets-fc-fields");
    const code = page.getByRole("article", { name: "Flashcard" }).locator("code").first();
    await expect(code).toHaveText("secrets");
    const marks = await code.evaluate((el) => [getComputedStyle(el, "::before").content, getComputedStyle(el, "::after").content]);
    expect(marks.every((c) => c === "none" || c === "normal" || c === '""')).toBe(true);
  });

  test("Progress and Review count the same learning cards the same way", async ({ page, request }) => {
    const { bank } = await loadBank(request);
    const learning = (due: number) => [due, 0.4, 5, 0, 1, 0, 1, T0 - 5 * MIN, 1];
    const cards = Object.fromEntries(bank.questions.slice(0, 4).map((q) => [q.id, learning(T0 + 5 * MIN)]));
    await seedProgress(page, { cards, settings: { retention: 0.9, newPerDay: 0, updatedAt: 0 } });
    await page.clock.install({ time: T0 });
    await page.goto("/progress/");
    await expect(page.getByRole("region", { name: "Reviews due, next 14 days" }).getByRole("img")).toHaveAccessibleName(
      "4 reviews due over the next 14 days, 4 of them today (0 due now, 4 learning, back within minutes).",
    );
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
    await expect(count(page, "Due")).toHaveText("0");
    await expect(count(page, "Learning")).toHaveText("4");
  });
});

test.describe("5. home page", () => {
  test("reminds of a running exam, and of one whose time ran out", async ({ page, request }) => {
    const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
    const attempt = quickCheck(index, T0);
    await seedExam(page.context(), attempt);
    await page.clock.setFixedTime(T0 + 5 * MIN);
    await page.goto("/");
    const notice = page.getByRole("region", { name: "You have an exam running" });
    await expect(notice).toContainText("Quick check: 0 of 10 answered, 15:00 left.");
    await expect(notice.getByRole("link", { name: "Resume exam" })).toHaveAttribute("href", "/exam/session/");

    await page.clock.setFixedTime(T0 + 35 * MIN);
    const expired = page.getByRole("region", { name: "Time is up on your exam" });
    await expect(expired).toBeVisible();
    await expired.getByRole("link", { name: "See your results" }).click();
    await expect(page).toHaveURL(/\/exam\/results\/\?id=/, LOADED);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "You have an exam running" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Time is up on your exam" })).toHaveCount(0);
  });
});

test.describe("6. one exam across tabs", () => {
  test("the second tab waits, takes over on request, and no answer is lost", async ({ page, request }) => {
    const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
    const context = page.context();
    await seedExam(context, quickCheck(index, Date.now()));
    const a = page;
    await a.goto("/exam/session/");
    await expect(examHeading(a)).toHaveText(/^Question 1 of 10/, LOADED);
    await examOptions(a).first().check();

    const b = await context.newPage();
    await b.goto("/exam/session/");
    await expect(b.getByRole("heading", { name: "This exam is open in another tab" })).toBeVisible(LOADED);
    await expect(examHeading(b)).toHaveCount(0);
    await b.getByRole("button", { name: "Continue the exam in this tab" }).click();
    await expect(examHeading(b)).toHaveText(/^Question 1 of 10/, LOADED);
    await expect(examOptions(b).first()).toBeChecked();
    await expect(a.getByRole("heading", { name: "This exam is open in another tab" })).toBeVisible();

    await b.getByRole("button", { name: "Next →" }).click();
    await expect(examHeading(b)).toHaveText(/^Question 2 of 10/);
    await examOptions(b).nth(1).check();
    const answers = () => a.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key)!).state.examActive.answers).length, STORE_KEY);
    await expect.poll(answers).toBe(2);

    await a.getByRole("button", { name: "Continue the exam in this tab" }).click();
    await expect(examHeading(a)).toHaveText(/^Question 2 of 10/, LOADED);
    await expect(examOptions(a).nth(1)).toBeChecked();
    await a.getByRole("button", { name: "← Previous" }).click();
    await expect(examOptions(a).first()).toBeChecked();
    await expect(b.getByRole("heading", { name: "This exam is open in another tab" })).toBeVisible();
    expect(await answers()).toBe(2);

    // Closing the active tab hands the exam back to the waiting one on its own.
    await a.close();
    await expect(examHeading(b)).toHaveText(/^Question 1 of 10/, LOADED);
  });
});

test.describe("7. running exam page", () => {
  test("is not indexed and paints the question on screen from saved data before any script runs", async ({ page, request }) => {
    const { index, banks } = await allQuestions(request);
    const attempt = { ...quickCheck(index, Date.now()), current: 1 };
    const id = attempt.questionIds[1]!;
    const bank = banks.find((b) => b.questions.some((q) => q.id === id))!;
    const question = bank.questions.find((q) => q.id === id)!;
    await seedExam(page.context(), attempt);
    // No page JavaScript at all: only the inline script can paint the question.
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.goto("/exam/session/");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    const early = page.locator("#exam-early");
    await expect(early.getByText(question.stemText.split("\n")[0]!.slice(0, 40))).toBeVisible(LOADED);
    await expect(early.getByText(`Question 2 of ${attempt.questionIds.length}`, { exact: true })).toBeVisible();
    await expect(early.getByText(index.topics.find((t) => t.slug === bank.topic)!.title, { exact: true })).toBeVisible();
    await expect(early.getByText("Quick check", { exact: true })).toBeVisible();
    // The index and that question's topic file first; the attempt's other topic files after.
    const data = requested.filter((p) => p.startsWith("/data/"));
    expect(data.slice(0, 2)).toEqual(["/data/index.json", `/data/topics/${bank.topic}.json`]);
    await expect.poll(() => new Set(requested.filter((p) => p.startsWith("/data/topics/"))).size).toBe(attempt.config.topics.length);

    // With its JavaScript, the page takes over the same files (fetched once each) and shows the
    // real, answerable question in the placeholder's place.
    await page.unroute("**/_next/static/**/*.js");
    requested.length = 0;
    await page.reload();
    await expect(examHeading(page)).toHaveText(new RegExp(`^Question 2 of ${attempt.questionIds.length}`), LOADED);
    await expect(examOptions(page)).toHaveCount(question.options.length);
    await expect(early).toHaveCount(0);
    const files = requested.filter((p) => p.startsWith("/data/"));
    expect(files.length).toBe(new Set(files).size);
  });
});

test.describe("7. running exam page, reloaded", () => {
  // page.route must see every data request (a service worker would answer them from its cache).
  test.use({ serviceWorkers: "block" });

  test("paints the question on screen in the first frame, from the copy the exam page keeps, with no file fetched", async ({ page, request }) => {
    const { index, banks } = await allQuestions(request);
    const attempt = quickCheck(index, Date.now());
    await seedExam(page.context(), attempt);
    await page.goto("/exam/session/");
    await expect(examHeading(page)).toHaveText(/^Question 1 of/, LOADED);
    await page.getByRole("button", { name: "Next →" }).click();
    await expect(examHeading(page)).toHaveText(/^Question 2 of/);
    const id = attempt.questionIds[1]!;
    const bank = banks.find((b) => b.questions.some((q) => q.id === id))!;
    const question = bank.questions.find((q) => q.id === id)!;

    // Neither page JavaScript nor any data file can arrive: only the kept copy can paint it.
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.route("**/data/**", (route) => route.abort());
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        (window as unknown as { shownAtParse: boolean }).shownAtParse = document.getElementById("exam-early-question")?.hidden === false;
      });
    });
    await page.reload();
    const early = page.locator("#exam-early");
    await expect(early.getByText(question.stemText.split("\n")[0]!.slice(0, 40))).toBeVisible();
    await expect(early.getByText(`Question 2 of ${attempt.questionIds.length}`, { exact: true })).toBeVisible();
    await expect(early.getByText(index.topics.find((t) => t.slug === bank.topic)!.title, { exact: true })).toBeVisible();
    // It was there as soon as the HTML was parsed: in the page's first frame.
    expect(await page.evaluate(() => (window as unknown as { shownAtParse?: boolean }).shownAtParse)).toBe(true);

    // The copy is only for a running exam: gone once it has ended.
    await page.unrouteAll();
    await page.reload();
    await expect(examHeading(page)).toHaveText(/^Question 2 of/, LOADED);
    expect(await page.evaluate(() => localStorage.getItem("stratus:exam-screen"))).toContain(id);
    await page.getByRole("button", { name: "End exam" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "End exam and see results" }).click();
    await expect(page).toHaveURL(/\/exam\/results\//, LOADED);
    await expect.poll(() => page.evaluate(() => localStorage.getItem("stratus:exam-screen"))).toBeNull();
  });
});

test.describe("8. report a problem", () => {
  // The report target is set by rewriting data/index.json with page.route. Once the service worker
  // controls the page (it can take over between two page loads on a busy machine), it answers that
  // fetch from its cache and the route never sees it.
  test.use({ serviceWorkers: "block" });

  async function withReport(page: Page, report: { url?: string; email?: string }) {
    await page.route("**/data/index.json", async (route) => {
      const response = await route.fetch();
      const index = (await response.json()) as BankIndex;
      await route.fulfill({ response, json: { ...index, subject: { ...index.subject, report } } });
    });
  }

  test("questions and flashcards link to a prefilled issue in review, exam results and missed", async ({ page, request }) => {
    const { bank, topic } = await loadBank(request);
    const question = bank.questions[0]!;
    const card = bank.flashcards[0]!;
    await withReport(page, { url: "https://github.com/example/stratus-notes" });
    await page.goto(`/review/?ids=${question.id},${card.id}`);
    const q = page.getByRole("link", { name: "Report a problem with this question" });
    const href = new URL((await q.getAttribute("href"))!);
    expect(`${href.origin}${href.pathname}`).toBe("https://github.com/example/stratus-notes/issues/new");
    expect(href.searchParams.get("title")).toBe(`Problem with question ${question.id}`);
    expect(href.searchParams.get("body")).toContain(`Topic: ${topic.slug}`);
    expect(href.searchParams.get("body")).toContain(question.stemText.split("\n")[0]!.slice(0, 30));
    await answerRight(page, question);
    await page.keyboard.press("3");
    const f = page.getByRole("link", { name: "Report a problem with this flashcard" });
    await expect(f).toHaveAttribute("href", new RegExp(`title=Problem%20with%20flashcard%20${card.id}`));

    // Missed: the wrong answer of a review.
    const wrong = question.options.find((o) => !o.correct)!;
    await page.evaluate(
      ([key, id, option]) => {
        const saved = JSON.parse(localStorage.getItem(key)!);
        saved.state.log[id] = [...(saved.state.log[id] ?? []), [Date.now() + 1000, 1, 2, 0, option]];
        localStorage.setItem(key, JSON.stringify(saved));
      },
      [STORE_KEY, question.id, wrong.id] as const,
    );
    await page.goto("/missed/");
    await expect(page.getByRole("link", { name: "Report a problem with this question" })).toHaveCount(1);
  });

  test("exam results offer it per question; an e-mail target gives a mailto; nothing set hides it", async ({ page, request }) => {
    const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
    await seedExam(page.context(), quickCheck(index, Date.now() - 3 * HOUR));
    await withReport(page, { email: "notes@example.org" });
    await page.goto("/exam/session/");
    await expect(page).toHaveURL(/\/exam\/results\/\?id=/, LOADED);
    const links = page.getByRole("link", { name: "Report a problem with this question" });
    await expect(links).toHaveCount(10, LOADED);
    await expect(links.first()).toHaveAttribute("href", /^mailto:notes@example\.org\?subject=Problem%20with%20question%20/);

    await page.unroute("**/data/index.json");
    await page.reload();
    await expect(page.getByRole("button", { name: /^All \(10\)/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Report a problem/ })).toHaveCount(0);
  });
});
