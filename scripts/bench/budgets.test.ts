import { describe, expect, it } from "vitest";
import { checkBudgets, type BenchReport } from "./budgets";

const good: BenchReport = {
  lighthouse: { home: { performance: 97, accessibility: 100, bestPractices: 100, seo: 100 } },
  lcpMs: { home: 1200 },
  tbtMs: { home: 40 },
  routeJsGzipBytes: { "/": 140_000, "/exam": 150_000 },
  frameworkFloorGzipBytes: 135_000,
  scale: {
    "1": { buildSeconds: 20, examPageJsGzipBytes: 150_000, reviewPageJsGzipBytes: 148_000, mockDataBytes: 1 },
    "100": { buildSeconds: 110, examPageJsGzipBytes: 150_000, reviewPageJsGzipBytes: 148_000, mockDataBytes: 9 },
  },
  queueMs: { "10000": 4, "100000": 40 },
  bytesPerCard: 120,
  answerToPaintMs: { median: 12, max: 30 },
  readiness: { maePoints: 4.2, coverage80: 0.8, brier: 0.1, panelMs10000: 20 },
};

const failures = (report: BenchReport, pages = ["home"]) =>
  checkBudgets(report, pages)
    .filter((b) => b.pass !== true)
    .map((b) => `${b.id}:${b.pass}`);

describe("checkBudgets", () => {
  it("passes a report within every budget", () => {
    expect(failures(good)).toEqual([]);
  });

  it("holds every page, the running exam included, to an LCP of 1.5 s and a TBT of 70 ms, measured or not", () => {
    const session = { performance: 96, accessibility: 100, bestPractices: 100, seo: 100 };
    const withSession = { ...good, lighthouse: { ...good.lighthouse, session } };
    const timed = (lcp: number, tbt: number) => ({ ...withSession, lcpMs: { home: 1200, session: lcp }, tbtMs: { home: 40, session: tbt } });
    expect(failures(timed(1500, 70), ["home", "session"])).toEqual([]);
    expect(failures(timed(1501, 70), ["home", "session"])).toEqual(["lighthouse.session.lcp:false"]);
    expect(failures(timed(1500, 71), ["home", "session"])).toEqual(["lighthouse.session.tbt:false"]);
    expect(failures(withSession, ["home", "session"])).toEqual(["lighthouse.session.lcp:null", "lighthouse.session.tbt:null"]);
    expect(failures({ ...withSession, lcpMs: { home: 1200, session: Number.NaN } }, ["home", "session"])).toEqual([
      "lighthouse.session.lcp:null",
      "lighthouse.session.tbt:null",
    ]);
    expect(failures(timed(3000, 500))).toEqual([]); // not an expected page
  });

  it("states the LCP and TBT budgets with the measured medians", () => {
    const home = checkBudgets(good, ["home"]);
    expect(home.find((b) => b.id === "lighthouse.home.lcp")).toMatchObject({ budget: "Lighthouse home LCP ≤ 1.5 s", actual: "1.20 s", pass: true });
    expect(home.find((b) => b.id === "lighthouse.home.tbt")).toMatchObject({ budget: "Lighthouse home TBT ≤ 70 ms", actual: "40 ms", pass: true });
  });

  it("fails each budget at its limit", () => {
    const bad: BenchReport = {
      ...good,
      lighthouse: { home: { performance: 94, accessibility: 99, bestPractices: 100, seo: 95 } },
      lcpMs: { home: 1501 },
      tbtMs: { home: 71 },
      routeJsGzipBytes: { "/": 135_000 + 20 * 1024, "/exam": 135_000 + 20 * 1024 + 1 },
      scale: { ...good.scale, "100": { ...good.scale["100"]!, buildSeconds: 120.1, reviewPageJsGzipBytes: 148_001 } },
      queueMs: { "10000": 4, "100000": 100 },
      bytesPerCard: 250,
      answerToPaintMs: { median: 50, max: 80 },
      readiness: { maePoints: 5.01, coverage80: 0.851, brier: 0.1, panelMs10000: 50.1 },
    };
    expect(failures(bad)).toEqual([
      "lighthouse.home.performance:false",
      "lighthouse.home.accessibility:false",
      "lighthouse.home.lcp:false",
      "lighthouse.home.tbt:false",
      "routeJs./exam:false",
      "scale.buildSeconds.100:false",
      "scale.reviewPageJs:false",
      "queueMs.100000:false",
      "storage.10000:false",
      "answerToPaint.median:false",
      "readiness.mae:false",
      "readiness.coverage80:false",
      "readiness.panelMs:false",
    ]);
  });

  it("reports missing measurements as not passed rather than passed", () => {
    const missing: BenchReport = { ...good, queueMs: { "10000": null, "100000": null }, bytesPerCard: null, answerToPaintMs: null, readiness: null };
    expect(failures(missing, ["home", "exam"])).toEqual([
      "lighthouse.exam.performance:null",
      "lighthouse.exam.accessibility:null",
      "lighthouse.exam.bestPractices:null",
      "lighthouse.exam.seo:null",
      "lighthouse.exam.lcp:null",
      "lighthouse.exam.tbt:null",
      "queueMs.100000:null",
      "storage.10000:null",
      "answerToPaint.median:null",
      "readiness.mae:null",
      "readiness.coverage80:null",
      "readiness.panelMs:null",
    ]);
  });

  it("holds every route to the floor + 20 KiB, and names the allowance", () => {
    const routes = checkBudgets({ ...good, routeJsGzipBytes: { "/": 135_000 + 20 * 1024, "/review": 135_000 + 20 * 1024 + 1 } }, ["home"]).filter((b) =>
      b.id.startsWith("routeJs."),
    );
    expect(routes.map((b) => [b.id, b.pass])).toEqual([
      ["routeJs./", true],
      ["routeJs./review", false],
    ]);
    expect(routes[0]!.budget).toBe("/ JS ≤ floor + 20 KiB (151.8 KiB)");
    expect(checkBudgets({ ...good, frameworkFloorGzipBytes: null }, ["home"]).find((b) => b.id === "routeJs./")!.pass).toBeNull();
  });

  it("holds Next → painted to 45 ms median and 85 ms worst, measured at 4× CPU throttling only", () => {
    const next = (median: number, max: number, cpuSlowdown = 4) => ({ ...good, nextToPaintMs: { median, max, cpuSlowdown } });
    expect(failures(next(45, 85))).toEqual([]);
    expect(failures(next(45.1, 85))).toEqual(["nextToPaint.median:false"]);
    expect(failures(next(20, 85.1))).toEqual(["nextToPaint.max:false"]);
    // A fast figure from an unthrottled run proves nothing about a phone.
    expect(failures(next(10, 20, 1))).toEqual(["nextToPaint.median:false", "nextToPaint.max:false"]);
    expect(failures({ ...good, nextToPaintMs: null })).toEqual(["nextToPaint.median:null", "nextToPaint.max:null"]);
  });

  it("holds the build of 100× today's content to 120 s, and counts a run without 100× as not measured", () => {
    const at100 = (buildSeconds: number) => ({ ...good, scale: { ...good.scale, "100": { ...good.scale["100"]!, buildSeconds } } });
    expect(failures(at100(120))).toEqual([]);
    expect(failures(at100(120.1))).toEqual(["scale.buildSeconds.100:false"]);
    const withoutHundred = Object.fromEntries(Object.entries(good.scale).filter(([factor]) => factor !== "100"));
    expect(failures({ ...good, scale: withoutHundred })).toEqual([
      "scale.buildSeconds.100:null",
      "scale.examPageJs:null",
      "scale.reviewPageJs:null",
    ]);
  });

  it("holds the 1,000-note vault build to 90 s, and counts a skipped one as not measured", () => {
    const vault = (buildSeconds: number) => ({ ...good, vault: { notes: 1000, images: 200, buildSeconds } });
    expect(failures(vault(90))).toEqual([]);
    expect(failures(vault(90.1))).toEqual(["vault.buildSeconds:false"]);
    expect(failures({ ...good, vault: null })).toEqual(["vault.buildSeconds:null"]);
  });
});

describe("optimiser budgets (issue 14)", () => {
  const run = (isolated: boolean, totalMs: number, longestTaskMs: number) => ({ isolated, reviews: 20_000, totalMs, longestTaskMs });

  it("pass within 10 s and 50 ms long tasks, fail just beyond, and report storage", () => {
    const ok = { ...good, optimiser: { runs: [run(true, 6_000, 30), run(false, 10_000, 50)], bytesPer1000Entries: 60_000 } };
    expect(failures(ok)).toEqual([]);
    expect(checkBudgets(ok, ["home"]).find((b) => b.id === "optimiser.storagePer1000")!.actual).toBe("58.6 KiB");
    const slow = { ...good, optimiser: { runs: [run(true, 10_001, 51), run(false, 9_000, 20)], bytesPer1000Entries: 1 } };
    expect(failures(slow)).toEqual(["optimiser.isolated.ms:false", "optimiser.isolated.longTask:false"]);
  });

  it("is missing, not passed, when the step was skipped", () => {
    expect(failures({ ...good, optimiser: null })).toEqual([
      "optimiser.isolated.ms:null",
      "optimiser.isolated.longTask:null",
      "optimiser.plain.ms:null",
      "optimiser.plain.longTask:null",
      "optimiser.storagePer1000:null",
    ]);
  });
});
