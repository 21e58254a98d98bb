// Exam profiles from content/stratus.yml: a mock weighted by domain, like an exam guide's blueprint,
// with unscored questions; its results show each domain's score beside its weight.
import { expect, test } from "@playwright/test";

test("a weighted mock: the blueprint on the start page, per-domain scores beside weights in the results", async ({ page }) => {
  await page.goto("/exam/");
  const card = page.getByRole("region", { name: "Blueprint mock" });
  await expect(card).toContainText("20 questions · 40 minutes · pass mark 72%");
  const perDomain = card.getByRole("list", { name: "Blueprint mock: questions per domain" });
  await expect(perDomain.getByRole("listitem")).toHaveText([
    "Compute foundations: 30% · 6 questions",
    "Lambda: 40% · 8 questions",
    "Lambda with VPCs and databases: 15% · 3 questions",
    "APIs and the edge: 15% · 3 questions",
  ]);
  await expect(card).toContainText("2 of the questions are unscored");
  // The profiles without weights keep drawing by bank size, as before.
  await expect(page.getByRole("region", { name: "Full mock" })).toContainText("65 questions · 130 minutes · pass mark 72%");

  await card.getByRole("button", { name: "Start Blueprint mock" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1 of 20/ })).toBeVisible();
  // Nothing on the exam screen says which questions are unscored.
  await expect(page.getByText(/unscored/i)).toHaveCount(0);
  await page.keyboard.press("1");
  await page.getByRole("button", { name: "End exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End exam and see results" }).click();
  await expect(page).toHaveURL(/\/exam\/results\/\?id=/);

  await expect(page.getByText(/of 18 questions/)).toBeVisible();
  await expect(page.getByText("72% (from the Blueprint mock profile)")).toBeVisible();
  const table = page.getByRole("region", { name: "Results by domain" });
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(5);
  const cells = async (name: string) => (await table.getByRole("row", { name: new RegExp(`^${name}`) }).getByRole("cell").allInnerTexts()).map((t) => t.trim());
  const seen: number[] = [];
  for (const [name, weight] of [["Compute foundations", "30%"], ["Lambda ", "40%"], ["Lambda with VPCs and databases", "15%"], ["APIs and the edge", "15%"]] as const) {
    const [w, correct, score] = await cells(name);
    expect(w).toBe(weight);
    const [right, total] = correct!.split("/").map(Number);
    expect(right).toBeLessThanOrEqual(total!);
    expect(score).toMatch(/^\d+%|not asked/);
    seen.push(total!);
  }
  // 18 scored questions across the domains: the 6 / 8 / 3 / 3 draw less the two unscored.
  expect(seen.reduce((a, b) => a + b, 0)).toBe(18);
  expect(seen.every((n, i) => n <= [6, 8, 3, 3][i]!)).toBe(true);

  // The review reveals which two were unscored.
  await expect(page.getByText("2 questions were unscored")).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: "Unscored" })).toHaveCount(2);
});

test("the candidate's own pass mark overrides the profile's, and can be handed back", async ({ page }) => {
  await page.goto("/exam/");
  const section = page.getByRole("region", { name: "Pass mark" });
  await expect(section).toContainText("Full mock 72%, Quick check 72%, Blueprint mock 72%");
  const field = section.getByRole("spinbutton", { name: /Pass at/ });
  await expect(field).toBeDisabled();
  await section.getByRole("checkbox", { name: "Use my own pass mark for every exam" }).check();
  await field.fill("80");
  await page.reload();
  await expect(page.getByRole("region", { name: "Pass mark" }).getByRole("spinbutton", { name: /Pass at/ })).toHaveValue("80");
  await page.getByRole("region", { name: "Pass mark" }).getByRole("checkbox").uncheck();
  await expect(page.getByRole("region", { name: "Pass mark" }).getByRole("spinbutton", { name: /Pass at/ })).toBeDisabled();
});
