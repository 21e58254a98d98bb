import { defineConfig, devices } from "@playwright/test";

// E2E runs against the built static site (out/), served the way any static host would serve it.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;

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
  webServer: {
    // With COOP/COEP (e2e/serve.json), as the service worker of issue 15 makes every host look:
    // pages are cross-origin isolated, so the optimiser can use threads. The optimiser journey
    // also checks a host without them.
    command: `npx serve out --listen ${port} --no-clipboard --no-request-logging --config ../e2e/serve.json`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
