import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: ["out/**", "out-*/**", ".next/**", "node_modules/**", "next-env.d.ts", "playwright-report/**", "test-results/**", "bench/tmp/**", ".e2e-base/**", ".out-root/**", "public/vendor/**"] },
];

export default config;
