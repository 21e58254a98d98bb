import { describe, expect, it } from "vitest";
import { checkBudgets, type BenchReport } from "./budgets";
import { formatReport, type ReportMeta } from "./report";

const report: BenchReport = {
  lighthouse: {
    home: { performance: 99, accessibility: 100, bestPractices: 100, seo: 100 },
    review: { performance: 96, accessibility: 100, bestPractices: 100, seo: 100 },
  },
  lcpMs: { home: 1234, review: 1650 },
  tbtMs: { home: 12, review: 88 },
  routeJsGzipBytes: {},
  frameworkFloorGzipBytes: null,
  scale: {},
  queueMs: { "10000": null, "100000": null },
  bytesPerCard: null,
  answerToPaintMs: null,
};

const meta: ReportMeta = {
  machine: { date: "2026-12-02T00:00:00.000Z", node: "v20", cpus: "cpu", cores: 2, memoryGiB: 8, os: "Linux", chromium: "Chromium", next: "16", react: "19", lighthouse: "12" },
  content: { topics: 1, questions: 2, multipleResponse: 0, flashcards: 3 },
  lighthouseRuns: 5,
  pages: { home: "/", review: "/review/", missed: "/missed/" },
  failingAudits: {},
  scaleCounts: {},
  floorBuildSeconds: 0,
  siteBuildSeconds: 1,
  totalSeconds: 2,
  interaction: null,
  floorLighthouse: { scores: { performance: 100, accessibility: 100, bestPractices: 96, seo: 100 }, lcpMs: 900, tbtMs: 0, failingAudits: [] },
  bytesPerCardByReviews: {},
  readiness: null,
  notes: [],
};

describe("formatReport", () => {
  it("gives each Lighthouse page's median LCP and TBT beside its scores", () => {
    const markdown = formatReport(report, checkBudgets(report, ["home", "review", "missed"]), meta);
    expect(markdown).toContain("## Lighthouse (mobile, median of 5 runs)");
    expect(markdown).toContain("| page | URL | performance | LCP | TBT | accessibility | best practices | SEO |");
    expect(markdown).toContain("| home | / | 99 | 1.23 s | 12 ms | 100 | 100 | 100 |");
    expect(markdown).toContain("| review | /review/ | 96 | 1.65 s | 88 ms | 100 | 100 | 100 |");
    expect(markdown).toContain("| missed | /missed/ | – | – | – | – | – | – |");
    expect(markdown).toContain("| empty Next.js page (not budgeted) | / | 100 | 0.90 s | 0 ms | 100 | 96 | 100 |");
    expect(markdown).toContain("| **FAIL** | Lighthouse review LCP ≤ 1.5 s | 1.65 s |");
    expect(markdown).toContain("| **FAIL** | Lighthouse review TBT ≤ 70 ms | 88 ms |");
    expect(markdown).not.toContain("the empty Next.js page alone");
  });

  it("says so when the empty Next.js page alone is over the TBT budget on this machine", () => {
    const slow = { ...meta, floorLighthouse: { ...meta.floorLighthouse!, lcpMs: 980, tbtMs: 150 } };
    expect(formatReport(report, checkBudgets(report, ["home"]), slow)).toContain(
      "On this machine the empty Next.js page alone has a TBT of 150 ms (LCP 0.98 s), over the 70 ms budget: no page that loads the framework can meet that budget here.",
    );
  });
});
