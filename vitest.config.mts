import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    // Some tests write and parse whole content folders or 10,000 cards: seconds on a busy 2-core
    // machine. A limit, not a speed check (speed is the bench's job).
    testTimeout: 60_000,
  },
});
