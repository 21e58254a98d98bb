// The human-readable report: Markdown tables, printed by `npm run bench` and kept in bench/RESULTS.md.
import { TBT_MS_LIMIT, type BenchReport, type BudgetResult } from "./budgets";
import { isFramework, type RouteBundle } from "./bundle";
import type { InteractionResult } from "./interaction";
import type { LighthousePage } from "./lighthouse";
import type { Machine } from "./machine";
import type { ReadinessBench } from "./readiness";
import { describePhases, type BuildPhases } from "./scale";
import type { ContentCounts } from "./synth";

export interface ReportMeta {
  machine: Machine;
  content: ContentCounts;
  lighthouseRuns: number;
  pages: Record<string, string>;
  failingAudits: Record<string, string[]>;
  scaleCounts: Record<string, ContentCounts>;
  floorBuildSeconds: number;
  siteBuildSeconds: number;
  totalSeconds: number;
  interaction: InteractionResult | null;
  /** The same mock at 4× CPU throttling (issue 16's Next → painted). */
  throttledInteraction?: InteractionResult | null;
  /** Per route: what its JavaScript is made of (source-map attribution of each chunk's gzip bytes). */
  bundles?: Record<string, RouteBundle>;
  /** Lighthouse on the empty Next.js page, for comparison. */
  floorLighthouse: LighthousePage | null;
  /** Storage per card by how many times each card has been answered. */
  bytesPerCardByReviews: Record<string, number>;
  readiness: ReadinessBench | null;
  notes: string[];
}

const kib = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? "–" : `${(bytes / 1024).toFixed(1)} KiB`);
const seconds = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? "–" : `${(value / 1000).toFixed(2)} s`);
const ms = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? "–" : `${Math.round(value)} ms`);
/** The four steps of a build, as table cells ("–" in reports from before they were timed apart). */
const phaseCells = (p: BuildPhases | undefined) => (p ? [p.content, p.next, p.links, p.postbuild].map((t) => `${t} s`) : ["–", "–", "–", "–"]);
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

const TOP_CONTRIBUTORS = 8;

/** Per route: the framework's share in one figure, then the largest other contributors. */
function bundleSection(bundles: Record<string, RouteBundle> | undefined): string[] {
  if (!bundles || Object.keys(bundles).length === 0) return [];
  const rows = Object.entries(bundles).map(([route, b]) => {
    const framework = b.contributors.filter((c) => isFramework(c.name)).reduce((sum, c) => sum + c.gzipBytes, 0);
    const rest = b.contributors.filter((c) => !isFramework(c.name));
    const top = rest.slice(0, TOP_CONTRIBUTORS).map((c) => `${c.name} ${kib(c.gzipBytes)}`);
    const others = rest.slice(TOP_CONTRIBUTORS).reduce((sum, c) => sum + c.gzipBytes, 0);
    if (others > 0) top.push(`${rest.length - TOP_CONTRIBUTORS} more ${kib(others)}`);
    return [`${route} (${b.page})`, kib(b.gzipBytes), kib(framework), top.join("; ")];
  });
  return [
    "## Bundle analysis (what each route's JavaScript is made of)",
    "",
    "Each chunk's gzip bytes shared out over the sources its source map names (a second build with " +
      "`productionBrowserSourceMaps` into bench/tmp; JS sizes above come from the normal build). Framework: " +
      "next, react, react-dom, scheduler, @swc/helpers and Turbopack's runtime.",
    "",
    table(["route (page)", "JS", "framework", "largest other contributors"], rows),
    "",
  ];
}

export function formatReport(report: BenchReport, budgets: BudgetResult[], meta: ReportMeta): string {
  const m = meta.machine;
  const failed = budgets.filter((b) => b.pass === false);
  const missing = budgets.filter((b) => b.pass === null);
  const lines: string[] = [
    "# Benchmark results",
    "",
    `Measured ${m.date} by \`npm run bench\` in ${Math.round(meta.totalSeconds)} s.`,
    "",
    `Machine: ${m.cpus}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.os}; Node ${m.node}; ${m.chromium}; ` +
      `Next.js ${m.next}, React ${m.react}, Lighthouse ${m.lighthouse}.`,
    "",
    `Content: ${meta.content.topics} notes, ${meta.content.questions} questions (${meta.content.multipleResponse} multiple response), ` +
      `${meta.content.flashcards} flashcards.`,
    "",
    `**Budgets: ${budgets.length - failed.length - missing.length} of ${budgets.length} pass` +
      (failed.length ? `, ${failed.length} FAIL` : "") +
      (missing.length ? `, ${missing.length} not measured` : "") +
      ".**",
    "",
    "## Budgets",
    "",
    table(
      ["", "budget", "measured"],
      budgets.map((b) => [b.pass === true ? "pass" : b.pass === false ? "**FAIL**" : "not measured", b.budget, b.actual]),
    ),
    "",
    `## Lighthouse (mobile, median of ${meta.lighthouseRuns} run${meta.lighthouseRuns === 1 ? "" : "s"})`,
    "",
    table(
      ["page", "URL", "performance", "LCP", "TBT", "accessibility", "best practices", "SEO"],
      Object.entries(meta.pages)
        .map(([page, url]) => {
          const s = report.lighthouse[page];
          return s
            ? [page, url, s.performance, seconds(report.lcpMs?.[page]), ms(report.tbtMs?.[page]), s.accessibility, s.bestPractices, s.seo]
            : [page, url, "–", "–", "–", "–", "–", "–"];
        })
        .concat(
          meta.floorLighthouse
            ? [
                [
                  "empty Next.js page (not budgeted)",
                  "/",
                  meta.floorLighthouse.scores.performance,
                  seconds(meta.floorLighthouse.lcpMs),
                  ms(meta.floorLighthouse.tbtMs),
                  meta.floorLighthouse.scores.accessibility,
                  meta.floorLighthouse.scores.bestPractices,
                  meta.floorLighthouse.scores.seo,
                ],
              ]
            : [],
        ),
    ),
    "",
    "LCP: Largest Contentful Paint; TBT: Total Blocking Time (both simulated mobile throttling, median of the runs).",
  ];
  // Lighthouse's simulated TBT scales the main-thread work it saw by its CPU slowdown, so on a slow
  // machine the framework alone can be over the budget: say so beside the figures, not in a footnote.
  if (meta.floorLighthouse && meta.floorLighthouse.tbtMs > TBT_MS_LIMIT) {
    lines.push(
      "",
      `On this machine the empty Next.js page alone has a TBT of ${ms(meta.floorLighthouse.tbtMs)} (LCP ${seconds(meta.floorLighthouse.lcpMs)}), over the ${TBT_MS_LIMIT} ms budget: no page that loads the framework can meet that budget here.`,
    );
  }
  const audits = Object.entries(meta.failingAudits).filter(([, list]) => list.length > 0);
  if (audits.length) {
    lines.push("", "Audits that cost points:", "");
    for (const [page, list] of audits) for (const audit of list) lines.push(`- ${page}: ${audit}`);
  }
  lines.push(
    "",
    "## JavaScript per route (gzip, every chunk the page loads)",
    "",
    table(
      ["route", "JS", "over the floor"],
      [
        ["empty Next.js page (floor)", kib(report.frameworkFloorGzipBytes), "–"],
        ...Object.entries(report.routeJsGzipBytes).map(([route, bytes]) => [
          route,
          kib(bytes),
          report.frameworkFloorGzipBytes === null ? "–" : kib(bytes - report.frameworkFloorGzipBytes),
        ]),
      ],
    ),
    "",
    ...bundleSection(meta.bundles),
    "## Scale (synthetic content, one build each)",
    "",
    table(
      ["factor", "notes", "questions", "flashcards", "build", "content check", "next build", "link check", "postbuild", "exam page JS", "review page JS", "full-mock data"],
      Object.entries(report.scale).map(([factor, s]) => {
        const c = meta.scaleCounts[factor];
        return [
          `${factor}×`,
          c?.topics ?? "–",
          c?.questions ?? "–",
          c?.flashcards ?? "–",
          `${s.buildSeconds} s`,
          ...phaseCells(s.phases),
          kib(s.examPageJsGzipBytes),
          kib(s.reviewPageJsGzipBytes),
          kib(s.mockDataBytes),
        ];
      }),
    ),
    "",
    "`build` is the whole `npm run build`; the next four columns are its steps.",
    "",
    report.vault
      ? `Synthetic Obsidian vault: ${report.vault.notes} notes, ${report.vault.images} images, code and callouts: \`npm run build\` in ${report.vault.buildSeconds} s` +
        (report.vault.phases ? ` (${describePhases(report.vault.phases)}).` : ".")
      : "Synthetic Obsidian vault: not measured.",
    "",
    "## Scheduler and storage",
    "",
    table(
      ["measure", "value"],
      [
        ["review queue from 10,000 cards", report.queueMs["10000"] === null ? "–" : `${report.queueMs["10000"]} ms`],
        ["review queue from 100,000 cards", report.queueMs["100000"] === null ? "–" : `${report.queueMs["100000"]} ms`],
        ...Object.entries(meta.bytesPerCardByReviews).map(([reviews, bytes]) => [
          `local storage per card answered ${reviews}× (10,000 cards: ${((bytes * 10_000) / 1_000_000).toFixed(2)} MB)`,
          `${bytes} bytes${report.bytesPerCard === bytes ? " (the budgeted figure)" : ""}`,
        ]),
      ],
    ),
    "",
    "## Interaction (full mock in headless Chromium, desktop viewport; timed in the page from the click's timestamp to the frame painted)",
    "",
    meta.interaction
      ? table(
          ["over " + meta.interaction.questions + " questions", "median", "worst"],
          [
            ["answer to next question painted (pick + Next)", `${meta.interaction.answerToPaintMs.median} ms`, `${meta.interaction.answerToPaintMs.max} ms`],
            ["click an option → painted", `${meta.interaction.pickToPaintMs.median} ms`, `${meta.interaction.pickToPaintMs.max} ms`],
            ["click Next → next question painted", `${meta.interaction.nextToPaintMs.median} ms`, `${meta.interaction.nextToPaintMs.max} ms`],
          ],
        )
      : "Answer to next question painted: not measured.",
  );
  const slow = meta.throttledInteraction;
  if (slow) {
    lines.push(
      "",
      `At ${slow.cpuSlowdown}× CPU throttling (CDP \`Emulation.setCPUThrottlingRate\`, a mid-range phone), the same mock again:`,
      "",
      table(
        ["over " + slow.questions + " questions", "median", "worst"],
        [
          ["click Next → next question painted", `${slow.nextToPaintMs.median} ms`, `${slow.nextToPaintMs.max} ms`],
          ["click an option → painted", `${slow.pickToPaintMs.median} ms`, `${slow.pickToPaintMs.max} ms`],
        ],
      ),
    );
  }
  const r = meta.readiness;
  lines.push(
    "",
    "## Readiness (simulated learners, 60 days of study, one 65-question mock on the exam date)",
    "",
    r
      ? table(
          ["measure", "value"],
          [
            ["learners scored", r.learners],
            ["mean absolute error of the predicted score", `${r.maePoints} points`],
            ["scores inside the 80% interval", `${Math.round(r.coverage80 * 1000) / 10}%`],
            ["Brier score of the pass chance", `${r.brier} (always the average pass rate: ${r.brierBaseline})`],
            ["pass rate in the simulation", `${Math.round(r.passRate * 100)}%`],
            ["panel computed for 10,000 cards (median)", `${r.panelMs10000} ms`],
          ],
        )
      : "Not measured.",
  );
  if (meta.notes.length) lines.push("", "## Notes", "", ...meta.notes.map((n) => `- ${n}`));
  lines.push("", "## JSON", "", "```json", JSON.stringify({ ...report, budgets }, null, 2), "```", "");
  return lines.join("\n");
}
