import { defineConfig, devices } from "@playwright/test";

// E2E runs against the built static site (out/), served the way any static host would serve it.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;
// A second site built from a bank imported with the real CLI (scripts/build-imported-site.ts, out-imported/).
export const importedSitePort = Number(process.env.E2E_IMPORTED_PORT ?? port + 20);

export default defineConfig({
  testDir: "e2e",
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
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `npx serve out --listen ${port} --no-clipboard --no-request-logging`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx serve out-imported --listen ${importedSitePort} --no-clipboard --no-request-logging`,
      url: `http://localhost:${importedSitePort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
