import { defineConfig, devices } from "@playwright/test";
import base from "./playwright.config";

// The site built under /stratus/ (scripts/build-base-path.mjs), served by Python's plain static
// server: no rewrites, no special headers, as the cheapest static host would serve it.
const port = Number(process.env.E2E_BASE_PORT ?? 4183);

export default defineConfig({
  ...base,
  testDir: "e2e",
  testMatch: "base-path.spec.ts",
  testIgnore: [],
  // One project: the main config's projects (fixtures site) do not apply to this build.
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}/stratus/` },
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory .e2e-base`,
    url: `http://127.0.0.1:${port}/stratus/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    // Python logs every request; failures show in the test itself.
    stderr: "ignore",
  },
});
