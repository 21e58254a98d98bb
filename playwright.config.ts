import { defineConfig, devices } from "@playwright/test";

// E2E runs against the built static sites, served the way any static host would serve them: out/
// (our content) and out-fixtures/ (notes written the way people write them, e2e/fixtures/notes).
const port = Number(process.env.E2E_PORT ?? 4173);
const fixturesPort = Number(process.env.E2E_FIXTURES_PORT ?? port + 10);
const baseURL = `http://localhost:${port}`;
const fixturesURL = `http://localhost:${fixturesPort}`;
const serve = (folder: string, at: number) => `npx serve ${folder} --listen ${at} --no-clipboard --no-request-logging`;
// A second site built from a bank imported with the real CLI (scripts/build-imported-site.ts, out-imported/).
export const importedSitePort = Number(process.env.E2E_IMPORTED_PORT ?? port + 20);

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
    // Our site with COOP/COEP (e2e/serve.json), as the service worker of issue 15 makes every host
    // look: pages are cross-origin isolated, so the optimiser can use threads. The optimiser journey
    // also checks a host without them.
    { command: `${serve("out", port)} --config ../e2e/serve.json`, url: baseURL, reuseExistingServer: !process.env.CI, timeout: 30_000 },
    { command: serve("out-fixtures", fixturesPort), url: fixturesURL, reuseExistingServer: !process.env.CI, timeout: 30_000 },
    {
      command: serve("out-imported", importedSitePort),
      url: `http://localhost:${importedSitePort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
