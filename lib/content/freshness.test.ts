import { describe, expect, it } from "vitest";
import { deprecatedRuntimeIssues, deprecatedRuntimesIn, monthsBefore, staleNoteIssues } from "./freshness";

describe("monthsBefore", () => {
  it("steps back whole calendar months", () => {
    expect(monthsBefore("2026-12-01", 12)).toBe("2025-12-01");
    expect(monthsBefore("2026-03-15", 3)).toBe("2025-12-15");
  });

  it("clamps to the last day of a shorter month", () => {
    expect(monthsBefore("2024-02-29", 12)).toBe("2023-02-28");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
  });

  it("rejects a date that is not ISO", () => {
    expect(() => monthsBefore("1 December 2026", 12)).toThrow(/ISO date/);
  });
});

describe("staleNoteIssues", () => {
  const note = (updated: string) => ({ file: "content/a.md", line: 6, updated });

  it("warns about a note checked more than 12 months before the build date, at its updated line", () => {
    expect(staleNoteIssues([note("2025-11-30")], "2026-12-01")).toEqual([
      {
        file: "content/a.md",
        line: 6,
        message: expect.stringContaining("facts last checked 2025-11-30, more than 12 months before 2026-12-01"),
        severity: "warning",
      },
    ]);
  });

  it("accepts a note checked exactly 12 months before, or later", () => {
    expect(staleNoteIssues([note("2025-12-01"), note("2026-12-01")], "2026-12-01")).toEqual([]);
  });

  it("judges the same note differently for a different build date", () => {
    expect(staleNoteIssues([note("2026-01-10")], "2026-12-01")).toEqual([]);
    expect(staleNoteIssues([note("2026-01-10")], "2027-01-11")).toHaveLength(1);
  });

  it("honours a custom maximum age", () => {
    expect(staleNoteIssues([note("2026-05-31")], "2026-12-01", 6)).toHaveLength(1);
  });
});

describe("deprecated runtimes in question text", () => {
  it("finds runtime identifiers and prose names", () => {
    expect(deprecatedRuntimesIn("A function on nodejs18.x times out.", "2026-12-01").map((r) => r.id)).toEqual(["nodejs18.x"]);
    expect(deprecatedRuntimesIn("The team uses Python 3.9 and Go 1.x.", "2026-12-01").map((r) => r.id)).toEqual([
      "go1.x",
      "python3.9",
    ]);
  });

  it("does not match a supported runtime that shares a prefix", () => {
    expect(deprecatedRuntimesIn("python3.12, python3.100, Node.js 22, Node.js 200 and .NET 10", "2026-12-01")).toEqual([]);
    expect(deprecatedRuntimesIn("A function on Python 3.13 reads python3.9x.", "2026-12-01")).toEqual([]);
  });

  it("ignores a runtime whose deprecation date is after the build date", () => {
    expect(deprecatedRuntimesIn("It runs on dotnet8.", "2026-11-09")).toEqual([]);
    expect(deprecatedRuntimesIn("It runs on dotnet8.", "2026-11-10").map((r) => r.id)).toEqual(["dotnet8"]);
  });

  it("reports each question at its line with the runtime and its date", () => {
    const issues = deprecatedRuntimeIssues(
      [
        { id: "q-old", file: "content/b.questions.md", line: 12, stemText: "A Node.js 20 function on Lambda …" },
        { id: "q-new", file: "content/b.questions.md", line: 30, stemText: "A nodejs24.x function on Lambda …" },
      ],
      "2026-12-01",
    );
    expect(issues).toEqual([
      {
        file: "content/b.questions.md",
        line: 12,
        message: "question q-old names nodejs20.x, deprecated since 2026-04-30: use a supported runtime",
        severity: "warning",
      },
    ]);
  });
});
