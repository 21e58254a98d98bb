// `npm run build`'s second half (npm runs "postbuild" after "build"): the search index, the service
// worker and the offline list, all written into out/ after `next build` exported the site.
import path from "node:path";
import { buildOfflineList } from "./offline-list.mjs";
import { buildSearchIndex } from "./search-index.mjs";
import { buildServiceWorker } from "./service-worker.mjs";

const projectDir = process.cwd();
const outDir = path.join(projectDir, process.env.STRATUS_OUT_DIR ?? "out");

const formatKiB = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

async function main() {
  const search = await buildSearchIndex(outDir);
  console.log(`search: ${search.pages} topic pages and ${search.flashcards} flashcards indexed (${search.language})`);
  const precache = await buildServiceWorker(projectDir, outDir);
  const offline = buildOfflineList(outDir, precache);
  const rest = offline.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`offline: precache ${precache.count} files, ${formatKiB(precache.bytes)}; ${offline.files.length} more files (${formatKiB(rest)}) when made available offline`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
