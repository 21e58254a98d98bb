// Readiness: the exam date and profile, the predicted score with its interval and pass chance (the
// numbers lib/readiness computes from the same saved progress), the plan, and its accessibility.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { BankIndex } from "@/lib/content/types";
import { examTime } from "@/lib/readiness/exam-plan";
import { domainTitlesOf, profilesOf, readinessDomains, scoredQuestions } from "@/lib/readiness/inputs";
import { firstAnswersFromLog, predict } from "@/lib/readiness/model";
import { studyPlan } from "@/lib/readiness/plan";
import type { StoredCard } from "@/lib/srs/card";
import { DAY, reviewCard, seedProgress, savedState } from "./support/study";

test.use({ timezoneId: "UTC" });

const T0 = Date.UTC(2027, 2, 10, 9, 0, 0);
const EXAM_DAY = "2027-04-09";
const pct = (share: number) => `${Math.round(share * 100)}%`;

async function seeded(page: Page, index: BankIndex, answered: number, plan = true) {
  const ids = index.topics.flatMap((t) => t.questionIds).filter((_, i) => i % 3 === 0).slice(0, answered);
  const cards: Record<string, number[]> = {};
  const log: Record<string, unknown[][]> = {};
  ids.forEach((id, i) => {
    cards[id] = reviewCard(T0 + ((i % 7) - 2) * DAY);
    const right = i % 3 !== 0;
    log[id] = [[T0 - 10 * DAY + i * 60_000, right ? 3 : 1, 2, right ? 1 : 0, ...(right ? [] : ["a"])]];
  });
  await page.clock.install({ time: T0 });
  await seedProgress(page, { cards, log, ...(plan ? { examPlan: { date: EXAM_DAY, profile: profilesOf(index, 72)[0]!.id, updatedAt: T0 - DAY } } : {}) } as never);
  return { cards: cards as unknown as Record<string, StoredCard>, log };
}

function expected(index: BankIndex, saved: { cards: Record<string, StoredCard>; log: Record<string, unknown[][]> }, date: string) {
  const profile = profilesOf(index, 72)[0]!;
  const base = {
    domains: readinessDomains(index, profile, domainTitlesOf(index)),
    cards: saved.cards,
    firstAnswers: firstAnswersFromLog(saved.log),
    scoredQuestions: scoredQuestions(profile),
    passMark: profile.passMark / 100,
    seed: 1,
  };
  const examAt = examTime(date, 0);
  return {
    today: predict({ ...base, at: T0 }),
    onExamDay: predict({ ...base, at: examAt }),
    plan: studyPlan({
      itemIds: index.topics.flatMap((t) => [...t.questionIds, ...t.flashcardIds]),
      cards: saved.cards,
      now: T0,
      examAt,
      offsetMinutes: 0,
      retention: 0.9,
      newPerDaySetting: 20,
    }),
  };
}

test("the panel shows the model's prediction, interval and pass chance, and the plan follows the date", async ({ page, request }) => {
  const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
  const saved = await seeded(page, index, 40);
  const want = expected(index, saved, EXAM_DAY);
  if (want.today.status !== "ok" || want.onExamDay.status !== "ok") throw new Error("the seeded progress should be enough");

  await page.goto("/progress/");
  const panel = page.getByRole("region", { name: "Am I ready?" });
  await expect(panel.getByText("If you sat it today")).toBeVisible();
  await expect(panel.getByText(/^On 9 April 2027, with no more study$/)).toBeVisible();
  const spoken = panel.getByRole("status").filter({ hasText: "Predicted score" });
  await expect(spoken).toHaveText(
    `Predicted score on 9 April 2027: ${pct(want.onExamDay.mean)}, 80% likely between ${pct(want.onExamDay.low)} and ${pct(want.onExamDay.high)}. Chance of passing: ${pct(want.onExamDay.passChance)}.`,
  );
  const today = panel.getByText("If you sat it today").locator("..");
  await expect(today).toContainText(pct(want.today.mean));
  await expect(today).toContainText(`80% likely between ${pct(want.today.low)} and ${pct(want.today.high)}`);

  const domains = panel.getByRole("table", { name: /Predicted score by domain/ });
  await expect(domains.getByRole("row")).toHaveCount(want.onExamDay.domains.length + 1);
  const first = want.onExamDay.domains[0]!;
  await expect(domains.getByRole("row", { name: new RegExp(`^${first.title}`) })).toContainText(pct(first.predicted));

  await expect(panel.getByRole("list").first().getByRole("link").first()).toHaveAttribute("href", /^\/(review|topics)\//);
  await expect(panel).toContainText(`Learn ${want.plan.newPerDay} new item`);
  await panel.getByText("Show the plan as a table").click();
  await expect(panel.getByRole("table").last().getByRole("row")).toHaveCount(want.plan.days.length + 1);

  // A later date spreads the same bank over more days.
  const later = "2027-06-08";
  const wantLater = expected(index, saved, later);
  expect(wantLater.plan.newPerDay).toBeLessThan(want.plan.newPerDay);
  await panel.getByText("Change the exam or its date").click();
  await panel.getByLabel("Exam date").fill(later);
  await panel.getByRole("button", { name: "Save exam date" }).click();
  await expect(panel).toContainText(`Learn ${wantLater.plan.newPerDay} new item`);
  await expect(panel.getByText(/^On 8 June 2027, with no more study$/)).toBeVisible();
  expect((await savedState(page))?.state.examPlan).toMatchObject({ date: later });

  await page.getByRole("link", { name: "How this is estimated" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How readiness is estimated" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Scores inside the 80% interval");
});

test("with few answers the panel says so instead of printing a number", async ({ page, request }) => {
  const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
  await seeded(page, index, 5);
  await page.goto("/progress/");
  const panel = page.getByRole("region", { name: "Am I ready?" });
  await expect(panel).toContainText("Not enough answers yet: answer at least 20 questions (you have answered 5)");
  await expect(panel.getByText("If you sat it today")).toHaveCount(0);
});

test("the exam date is set in settings and summarised on the home page", async ({ page, request }) => {
  const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
  await seeded(page, index, 30, false);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Learn cloud compute for your certification exam, then prove it" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Am I ready?" })).toHaveCount(0);

  await page.goto("/settings/");
  const section = page.getByRole("region", { name: "Your exam" });
  await section.getByLabel("Exam date").fill(EXAM_DAY);
  await section.getByRole("button", { name: "Save exam date" }).click();
  await expect(section.getByRole("status")).toHaveText("Exam date saved.");

  await page.goto("/");
  const home = page.getByRole("region", { name: "Am I ready?" });
  await expect(home.getByRole("status")).toContainText("Predicted score on 9 April 2027");
  await home.getByRole("link", { name: "Your full readiness report and daily plan" }).click();
  await expect(page).toHaveURL(/\/progress\/#readiness-title$/);

  await page.goto("/settings/");
  await section.getByRole("button", { name: "Remove exam date" }).click();
  await expect(section.getByRole("status")).toHaveText("Exam date removed.");
  expect((await savedState(page))?.state.examPlan).toBeNull();
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test("the readiness panel has no axe violations", async ({ page, request }) => {
      const index = (await (await request.get("/data/index.json")).json()) as BankIndex;
      await seeded(page, index, 40);
      await page.goto("/progress/");
      const panel = page.getByRole("region", { name: "Am I ready?" });
      await expect(panel.getByText("If you sat it today")).toBeVisible();
      await panel.getByText("Show the plan as a table").click();
      const results = await new AxeBuilder({ page }).include("section[aria-labelledby='readiness-title']").analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  });
}
