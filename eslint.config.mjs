import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    // Links prefetch on intent, not on sight: components/ui/link.tsx says why.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Import Link from @/components/ui/link (prefetches on intent)." }] }],
    },
  },
  { ignores: ["out/**", "out-*/**", ".next/**", "node_modules/**", "next-env.d.ts", "playwright-report/**", "test-results/**", "bench/tmp/**", ".e2e-base/**", ".out-root/**", "public/vendor/**"] },
];

export default config;
