// `npm run bench [-- --json] [-- --port=4104 --runs=5 --factors=1,10,100 --skip=scale,lighthouse,…]`
// Builds the static site, serves it on localhost and measures it against the budgets of issue 6.
// Prints Markdown tables, or with --json exactly one JSON object on stdout (logs go to stderr).
// A full run (nothing skipped) rewrites bench/RESULTS.md. Exits 0 even when budgets fail.
import fs from "node:fs";
import path from "node:path";
import { loadContent, summarise } from "../../lib/content/load";
import { checkBudgets, CPU_SLOWDOWN, type BenchReport } from "./budgets";
import { analyseRoutes, type RouteBundle } from "./bundle";
import { measureFloor } from "./floor";
import { measureImported } from "./imported";
import { measureInteraction, type InteractionResult } from "./interaction";
import { measureOptimiser, type OptimiserBench } from "./optimiser";
import { runLighthouse, type LighthousePage, type LighthouseScores } from "./lighthouse";
import { runningExamSeed } from "./exam-seed";
import { describeMachine } from "./machine";
import { formatReport, type ReportMeta } from "./report";
import { heaviestPages, htmlFileFor, routeJsGzipBytes } from "./route-js";
import { buildSite, measureScale, measureVault } from "./scale";
import type { ContentCounts } from "./synth";
import { ROOT, log, round, serveStatic } from "./util";
import type { OfflineList } from "../../lib/offline/names";

/** The synthetic Obsidian vault the build must handle in VAULT_BUILD_SECONDS_LIMIT (issue 9). */
const VAULT_NOTES = 1000;
const STEPS = ["floor", "scale", "vault", "imported", "lighthouse", "interaction", "scheduler", "readiness", "optimiser"] as const;
type Step = (typeof STEPS)[number];

function parseArgs(argv: string[]) {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const skip = new Set((value("skip") ?? "").split(",").filter(Boolean));
  for (const s of skip) if (!STEPS.includes(s as Step)) throw new Error(`--skip: unknown step "${s}" (steps: ${STEPS.join(", ")})`);
  const factors = (value("factors") ?? "1,10,100").split(",").map(Number);
  if (factors.some((f) => !Number.isInteger(f) || f < 1)) throw new Error("--factors must be whole numbers ≥ 1, e.g. --factors=1,10,100");
  // Lighthouse runs per page: the report gives medians of 5 (issue 16); fewer for a quick look.
  const runs = Number(value("runs") ?? 5);
  // --pages=session measures only those Lighthouse pages (a quick check of one page's speed).
  const pages = value("pages")?.split(",").filter(Boolean);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a whole number ≥ 1");
  return {
    json: argv.includes("--json"),
    port: Number(value("port") ?? process.env.BENCH_PORT ?? 4104),
    runs,
    factors,
    skip: (step: Step) => skip.has(step),
    pages,
    full: skip.size === 0 && factors.join(",") === "1,10,100" && pages === undefined,
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  };
}

/** Today's content, counted by the same loader the build uses; content errors stop the bench. */
function todaysContent(): { counts: ContentCounts; noteChars: number; firstTopic: string | undefined } {
  const content = loadContent();
  const errors = content.issues.filter((i) => i.severity === "error");
  if (errors.length) throw new Error(`content has ${errors.length} error(s); run npm run content:check`);
  const { totals } = summarise(content);
  const noteBytes = content.topics.map((t) => fs.statSync(path.join(ROOT, t.file)).size);
  return {
    counts: { topics: totals.topics, questions: totals.questions, multipleResponse: totals.multipleResponse, flashcards: totals.flashcards },
    noteChars: Math.round(noteBytes.reduce((a, b) => a + b, 0) / Math.max(1, noteBytes.length)),
    firstTopic: content.topics[0]?.slug,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const machine = describeMachine(args.chromePath);
  const today = todaysContent();
  log(`content: ${today.counts.topics} notes, ${today.counts.questions} questions, ${today.counts.flashcards} flashcards`);
  const notes: string[] = [];

  const floor = args.skip("floor") ? { gzipBytes: null, buildSeconds: 0 } : await measureFloor();

  const scale = args.skip("scale")
    ? {}
    : await measureScale(today.counts, args.factors, { noteChars: today.noteChars, port: args.port, chromePath: args.chromePath });

  const vault = args.skip("vault") ? null : await measureVault(VAULT_NOTES);
  const imported = args.skip("imported") ? null : await measureImported({ questions: 1000, port: args.port, chromePath: args.chromePath });

  // The real site last, so out/ holds today's content when the bench ends.
  log("building the site from today's content…");
  // npm run build with its second half (search index, service worker: its precache is the app shell).
  const { seconds: siteBuildSeconds } = await buildSite();
  const out = path.join(ROOT, "out");
  const offline = JSON.parse(fs.readFileSync(path.join(out, "offline.json"), "utf8")) as OfflineList;
  const precache = { files: offline.precache.count, bytes: offline.precache.bytes };
  notes.push(`Service worker precache (app shell, loaded once after the first visit): ${precache.files} files, ${(precache.bytes / 1024).toFixed(0)} KiB.`);
  const routes = routeJsGzipBytes(ROOT, out);
  // The bundle analysis needs browser source maps: a build of its own into bench/tmp (Turbopack's
  // worker bootstrap breaks with productionBrowserSourceMaps, so out/ is never built that way).
  log("building the site with browser source maps for the bundle analysis…");
  const analysisOut = path.join(ROOT, "bench/tmp/out-analysis");
  process.env.STRATUS_BROWSER_SOURCE_MAPS = "1";
  await buildSite(undefined, analysisOut).finally(() => delete process.env.STRATUS_BROWSER_SOURCE_MAPS);
  const bundles: Record<string, RouteBundle> = analyseRoutes(
    analysisOut,
    Object.fromEntries(Object.entries(heaviestPages(ROOT, analysisOut)).map(([route, { page }]) => [route, page])),
  );
  fs.rmSync(analysisOut, { recursive: true, force: true });

  const candidates: Record<string, string> = {
    home: "/",
    topics: "/topics/",
    topic: `/topics/${today.firstTopic}/`,
    exam: "/exam/",
    review: "/review/",
    missed: "/missed/",
    progress: "/progress/",
    settings: "/settings/",
    session: "/exam/session/",
  };
  const pages = Object.fromEntries(
    Object.entries(candidates).filter(([name, route]) => fs.existsSync(htmlFileFor(out, route)) && (!args.pages || args.pages.includes(name))),
  );
  for (const [name, route] of Object.entries(candidates)) if (!pages[name]) notes.push(`No ${name} page (${route}) in this build: not measured.`);

  const lighthouse: Record<string, LighthouseScores> = {};
  const lcpMs: Record<string, number> = {};
  const tbtMs: Record<string, number> = {};
  const failingAudits: Record<string, string[]> = {};
  let interaction: InteractionResult | null = null;
  let throttled: InteractionResult | null = null;
  if (!args.skip("lighthouse") || !args.skip("interaction")) {
    const server = await serveStatic(out, args.port);
    try {
      if (!args.skip("lighthouse")) {
        // The running exam is measured from a started full mock; it is not indexed (noindex).
        const seed = runningExamSeed(out);
        const targets = Object.fromEntries(
          Object.entries(pages).map(([name, route]) => [
            name,
            name === "session" ? { url: server.url + route, seed, noindex: true } : { url: server.url + route },
          ]),
        );
        const results = await runLighthouse(targets, { chromePath: args.chromePath, runs: args.runs });
        for (const [name, r] of Object.entries(results)) {
          lighthouse[name] = r.scores;
          lcpMs[name] = r.lcpMs;
          tbtMs[name] = r.tbtMs;
          failingAudits[name] = r.failingAudits;
        }
      }
      if (!args.skip("interaction") && pages.exam) {
        log("timing a full mock in the browser…");
        interaction = await measureInteraction(server.url, args.chromePath);
        log(`timing a full mock again at ${CPU_SLOWDOWN}× CPU throttling…`);
        throttled = await measureInteraction(server.url, args.chromePath, { cpuSlowdown: CPU_SLOWDOWN });
      }
    } finally {
      await server.stop();
    }
  }

  // The empty page through Lighthouse too: what the framework alone scores on this machine today,
  // so a page's score can be read against it (not budgeted).
  let floorLighthouse: LighthousePage | null = null;
  if (!args.skip("lighthouse") && !args.skip("floor")) {
    const server = await serveStatic(path.join(ROOT, "bench/tmp/floor/out"), args.port + 1);
    try {
      floorLighthouse = (await runLighthouse({ floor: `${server.url}/` }, { chromePath: args.chromePath, runs: args.runs })).floor!;
    } finally {
      await server.stop();
    }
  }

  let optimiser: OptimiserBench | null = null;
  if (!args.skip("optimiser")) {
    log("optimising ~20,000 reviews in the browser, with and without cross-origin isolation…");
    // e2e/serve.json sends COOP/COEP, as issue 15's service worker makes any host do.
    const isolated = await serveStatic(out, args.port, "../e2e/serve.json");
    const plain = await serveStatic(out, args.port + 10);
    try {
      optimiser = await measureOptimiser({ isolated: isolated.url, plain: plain.url }, args.chromePath);
    } finally {
      await isolated.stop();
      await plain.stop();
    }
  }

  if (!args.skip("scheduler")) log("timing the review queue and measuring storage per card…");
  const scheduler = args.skip("scheduler")
    ? { queueMs: { "10000": null, "100000": null }, bytesPerCard: null, bytesPerCardByReviews: {} }
    : await (await import("./scheduler")).measureScheduler();

  if (!args.skip("readiness")) log("simulating learners to check the readiness predictions…");
  const readiness = args.skip("readiness") ? null : (await import("./readiness")).measureReadiness(300);

  const report: BenchReport = {
    lighthouse,
    lcpMs,
    tbtMs,
    routeJsGzipBytes: routes,
    frameworkFloorGzipBytes: floor.gzipBytes,
    scale: Object.fromEntries(
      Object.entries(scale).map(([f, s]) => [
        f,
        { buildSeconds: s.buildSeconds, phases: s.phases, examPageJsGzipBytes: s.examPageJsGzipBytes, reviewPageJsGzipBytes: s.reviewPageJsGzipBytes, mockDataBytes: s.mockDataBytes },
      ]),
    ),
    vault: vault && { notes: vault.notes, images: vault.images, buildSeconds: vault.buildSeconds, phases: vault.phases },
    queueMs: scheduler.queueMs,
    bytesPerCard: scheduler.bytesPerCard,
    answerToPaintMs: interaction?.answerToPaintMs ?? null,
    nextToPaintMs: throttled ? { ...throttled.nextToPaintMs, cpuSlowdown: throttled.cpuSlowdown } : null,
    readiness: readiness && { maePoints: readiness.maePoints, coverage80: readiness.coverage80, brier: readiness.brier, panelMs10000: readiness.panelMs10000 },
    optimiser,
    imported: imported
      ? {
          questions: imported.questions,
          importMs: imported.importMs,
          buildSeconds: imported.buildSeconds,
          examPageJsGzipBytes: imported.examPageJsGzipBytes,
          reviewPageJsGzipBytes: imported.reviewPageJsGzipBytes,
          mockFiles: imported.mockFiles,
          mockDataBytes: imported.mockDataBytes,
          topicFiles: imported.topicFiles,
          answerToPaintMs: imported.interaction.answerToPaintMs,
        }
      : null,
  };
  const budgets = checkBudgets(report, Object.keys(candidates).filter((name) => !args.pages || args.pages.includes(name)));
  const meta: ReportMeta = {
    machine,
    content: today.counts,
    lighthouseRuns: args.runs,
    pages: candidates,
    failingAudits,
    scaleCounts: Object.fromEntries(Object.entries(scale).map(([f, s]) => [f, s.counts])),
    floorBuildSeconds: round(floor.buildSeconds),
    siteBuildSeconds,
    totalSeconds: (performance.now() - started) / 1000,
    interaction,
    throttledInteraction: throttled,
    bundles,
    floorLighthouse,
    bytesPerCardByReviews: scheduler.bytesPerCardByReviews,
    readiness,
    notes,
  };

  const markdown = formatReport(report, budgets, meta);
  if (args.full) {
    fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
    fs.writeFileSync(path.join(ROOT, "bench/RESULTS.md"), markdown);
    log("wrote bench/RESULTS.md");
  } else {
    log("partial run (--skip or --factors): bench/RESULTS.md left as it was");
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ ...report, precache, budgets, meta })}\n`);
  } else {
    process.stdout.write(`${markdown.split("\n## JSON")[0]}\n`);
  }
  const failed = budgets.filter((b) => b.pass === false).length;
  const unmeasured = budgets.filter((b) => b.pass === null).length;
  log(failed || unmeasured ? `BUDGETS: ${failed} failed, ${unmeasured} not measured (see the table)` : "all budgets pass");
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
