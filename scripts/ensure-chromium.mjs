// Makes sure a Chromium for Playwright exists. Playwright cannot download its own browsers here,
// so the tests use the system one: CHROME_PATH, else Debian's /usr/bin/chromium, installed with apt
// when we are root on Debian; otherwise we say exactly what to install.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROME_PATH || "/usr/bin/chromium";

if (existsSync(path)) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${path}, but no file is there. Point it at a Chromium or Chrome binary.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (isRoot && hasApt) {
  console.log("Chromium is missing: installing Debian's chromium package with apt-get…");
  try {
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  } catch {
    console.error("apt-get could not install chromium; install it by hand (apt-get install chromium).");
    process.exit(1);
  }
  if (existsSync(path)) process.exit(0);
}

console.error(
  [
    "The end-to-end tests need Chromium and none was found at /usr/bin/chromium.",
    hasApt ? "Install it with:  sudo apt-get update && sudo apt-get install -y chromium" : "Install Chromium or Google Chrome,",
    "or point CHROME_PATH at an existing Chromium/Chrome binary, e.g. CHROME_PATH=/path/to/chrome npm test",
  ].join("\n"),
);
process.exit(1);
