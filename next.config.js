/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  // With `output: "export"`, a distDir other than .next is where the static site is written: the
  // e2e fixtures site and the benchmark's scale builds go to their own folder, never to out/.
  ...(process.env.STRATUS_OUT_DIR ? { distDir: process.env.STRATUS_OUT_DIR } : {}),
  // /topics/ec2 → out/topics/ec2/index.html, which every static host serves without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  allowedDevOrigins: ["127.0.0.1"],
};

module.exports = nextConfig;
