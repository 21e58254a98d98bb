import { describe, expect, it } from "vitest";
import { importText } from "../../lib/content/import";
import { checkBudgets, type BenchReport } from "./budgets";
import { synthesizePublicBank } from "./imported";

describe("the imported-bank bench case", () => {
  it("synthesises a public bank that imports whole: 1,000 of 1,000, a third multiple response", () => {
    const result = importText(synthesizePublicBank(1000), { format: "auto", fileName: "bank.md" })!;
    expect(result.format).toBe("headings");
    expect(result.skipped).toEqual([]);
    expect(result.questions).toHaveLength(1000);
    expect(result.questions.filter((q) => q.options.filter((o) => o.correct).length === 2)).toHaveLength(334);
  });

  it("budgets import time, page JS against today's and answer-to-paint", () => {
    const base: BenchReport = {
      lighthouse: {},
      routeJsGzipBytes: { "/exam": 150_000, "/exam/session": 151_000, "/review": 148_000 },
      frameworkFloorGzipBytes: null,
      scale: {},
      queueMs: { "10000": null, "100000": null },
      bytesPerCard: null,
      answerToPaintMs: null,
    };
    const imported = {
      questions: 1000,
      importMs: 300,
      buildSeconds: 100,
      examPageJsGzipBytes: 151_000,
      reviewPageJsGzipBytes: 148_000,
      mockFiles: ["/data/index.json"],
      mockDataBytes: 1,
      topicFiles: 13,
      answerToPaintMs: { median: 20, max: 40 },
    };
    const verdicts = (report: BenchReport) =>
      Object.fromEntries(checkBudgets(report, []).filter((b) => b.id.startsWith("imported.")).map((b) => [b.id, b.pass]));
    expect(verdicts({ ...base, imported })).toEqual({
      "imported.importMs": true,
      "imported.examPageJs": true,
      "imported.reviewPageJs": true,
      "imported.answerToPaint.median": true,
    });
    expect(verdicts({ ...base, imported: { ...imported, importMs: 2001, examPageJsGzipBytes: 152_000, answerToPaintMs: { median: 50, max: 90 } } })).toEqual({
      "imported.importMs": false,
      "imported.examPageJs": false,
      "imported.reviewPageJs": true,
      "imported.answerToPaint.median": false,
    });
    expect(verdicts(base)).toEqual({});
  });
});
