import { expect, test } from "@playwright/test";

test("home lists topics and the footer disclaims affiliation", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("contentinfo")).toContainText("not affiliated");
});
