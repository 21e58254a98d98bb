/** @type {import('next').NextConfig} */

// `STRATUS_BASE_PATH=/stratus npm run build` makes a site that lives under /stratus/ (GitHub Pages
// project sites, any host's sub-folder). Normalised to "" or "/a/b" (leading, no trailing slash).
const basePath = (process.env.STRATUS_BASE_PATH ?? "").trim().replace(/\/+$/, "").replace(/^(?=[^/])/, "/");
if (basePath && !/^(\/[\w.~-]+)+$/.test(basePath)) {
  throw new Error(`STRATUS_BASE_PATH must look like /stratus (letters, digits, - _ . ~), not "${process.env.STRATUS_BASE_PATH}"`);
}

const nextConfig = {
  output: "export",
  // With `output: "export"`, a distDir other than .next is where the static site is written: the
  // e2e fixtures site and the benchmark's scale builds go to their own folder, never to out/.
  ...(process.env.STRATUS_OUT_DIR ? { distDir: process.env.STRATUS_OUT_DIR } : {}),
  basePath,
  // Read by lib/content/links.ts, on the server and in the browser.
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  // /topics/ec2 → out/topics/ec2/index.html, which every static host serves without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  // Only the bench's bundle-analysis build (into bench/tmp, scripts/bench/bundle.ts); never for a real site.
  productionBrowserSourceMaps: process.env.STRATUS_BROWSER_SOURCE_MAPS === "1",
  poweredByHeader: false,
  // `npm test` type-checks first (`npm run typecheck`), so the build does not check the same code again:
  // that step was about 15 s of every build, of the site and of someone's own notes alike.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Pages are rendered by a worker per core: the build's main process waits meanwhile (Next's
    // default leaves one core out, so a 2-core machine rendered on one).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config file
    cpus: Math.max(1, require("node:os").availableParallelism()),
    // Turbopack's build cache (on by default in Next 16.4) only pays off when the same output folder
    // is built again. Our builds mostly start clean (CI, the bench, the test sites), and writing the
    // cache more than doubled a clean build: 140 s against 52 s on 2 cores.
    turbopackFileSystemCacheForBuild: false,
  },
  allowedDevOrigins: ["127.0.0.1"],
};

module.exports = nextConfig;
