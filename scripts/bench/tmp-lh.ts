import path from "node:path";
import { runLighthouse } from "./lighthouse";
import { runningExamSeed } from "./exam-seed";
import { serveStatic } from "./util";
async function main() {
  const out = path.resolve(process.argv[2] ?? "out");
  const server = await serveStatic(out, 4316);
  try {
    const r = await runLighthouse({ session: { url: `${server.url}/exam/session/`, seed: runningExamSeed(out), noindex: true } }, { chromePath: "/usr/bin/chromium", runs: Number(process.argv[3] ?? 3) });
    console.log(JSON.stringify(r, null, 1));
  } finally { await server.stop(); }
}
void main();
