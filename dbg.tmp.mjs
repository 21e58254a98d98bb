import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
await page.goto("http://localhost:4102/exam/");
const form = page.locator("form", { has: page.getByRole("heading", { name: "Custom exam" }) });
const avail = await page.locator("#custom-available").innerText();
await form.getByRole("spinbutton", { name: /^Questions/ }).fill(avail.split(" ")[0]);
await form.getByRole("button", { name: "Start custom exam" }).click();
await page.getByRole("heading", { name: /Question 1 of/ }).waitFor();
const report = () => page.evaluate(() => [...document.querySelectorAll("main *")].filter(e => e.getBoundingClientRect().right > 361).slice(0, 8).map(e => e.tagName + "." + String(e.className).slice(0, 60) + " " + Math.round(e.getBoundingClientRect().right) + " " + (e.textContent||"").slice(0,60)));
const n = Number(avail.split(" ")[0]);
for (let i = 0; i < n; i++) { const r = await report(); if (r.length) console.log(i, r); await page.keyboard.press("1"); await page.keyboard.press("n"); }
await page.getByRole("button", { name: "End exam" }).click();
await page.getByRole("button", { name: "End exam and see results" }).click();
await page.getByTestId("score").waitFor();
await page.getByRole("region", { name: "Review" }).getByRole("article").first().waitFor();
console.log("results", await report(), await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
