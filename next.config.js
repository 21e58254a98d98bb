/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  // /topics/ec2 → out/topics/ec2/index.html, which every static host serves without rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  allowedDevOrigins: ["127.0.0.1"],
};

module.exports = nextConfig;
