import { defineConfig, devices } from "@playwright/test";

// E2E runs against the built static sites, served the way any static host would serve them: out/
// (our content) and out-fixtures/ (notes written the way people write them, e2e/fixtures/notes).
const port = Number(process.env.E2E_PORT ?? 4173);
const fixturesPort = Number(process.env.E2E_FIXTURES_PORT ?? port + 10);
const baseURL = `http://localhost:${port}`;
const fixturesURL = `http://localhost:${fixturesPort}`;
const serve = (folder: string, at: number) => `npx serve ${folder} --listen ${at} --no-clipboard --no-request-logging`;

export default defineConfig({
  testDir: "e2e",
  // Runs against the /stratus/ build with its own config (playwright.base-path.config.ts).
  testIgnore: "base-path.spec.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "chromium", testIgnore: [/fixtures\//, /base-path\.spec\.ts$/], use: { ...devices["Desktop Chrome"] } },
    { name: "notes-fixtures", testMatch: /fixtures\/.*\.spec\.ts$/, use: { ...devices["Desktop Chrome"], baseURL: fixturesURL } },
  ],
  webServer: [
    { command: serve("out", port), url: baseURL, reuseExistingServer: !process.env.CI, timeout: 30_000 },
    { command: serve("out-fixtures", fixturesPort), url: fixturesURL, reuseExistingServer: !process.env.CI, timeout: 30_000 },
  ],
});
