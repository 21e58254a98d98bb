import { describe, expect, it } from "vitest";
import { examPreloadScript, hasSavedExam } from "./saved-exam";

const saved = (examActive: unknown) => JSON.stringify({ state: { cards: {}, examActive }, version: 2 });
const storage = (raw: string | null) => ({ getItem: () => raw });
const attempt = { id: "a", config: { topics: ["lambda-limits", "edge compute"] }, questionIds: ["q1"] };

/** Runs the inline script against a stand-in document and storage; returns the links it added. */
function runPreload(raw: string | null): string[] {
  const added: { rel: string; as: string; crossOrigin: string; href: string }[] = [];
  const document = { createElement: () => ({ rel: "", as: "", crossOrigin: "", href: "" }), head: { appendChild: (l: (typeof added)[number]) => added.push(l) } };
  new Function("localStorage", "document", examPreloadScript)(storage(raw), document);
  expect(added.every((l) => l.rel === "preload" && l.as === "fetch" && l.crossOrigin === "anonymous")).toBe(true);
  return added.map((l) => l.href);
}

describe("a look at the saved exam without the store", () => {
  it("tells whether an exam is saved, reading damaged data as no", () => {
    expect(hasSavedExam(storage(saved(attempt)))).toBe(true);
    expect(hasSavedExam(storage(saved(null)))).toBe(false);
    expect(hasSavedExam(storage("{not json"))).toBe(false);
    expect(hasSavedExam(storage(null))).toBe(false);
    expect(hasSavedExam(undefined)).toBe(false);
  });

  it("preloads the index and the attempt's topic files, as fetch-bank names them", () => {
    expect(runPreload(saved(attempt))).toEqual(["/data/index.json", "/data/topics/lambda-limits.json", "/data/topics/edge%20compute.json"]);
  });

  it("does nothing, and never throws, without a usable attempt", () => {
    expect(runPreload(null)).toEqual([]);
    expect(runPreload("{broken")).toEqual([]);
    expect(runPreload(saved({ config: {} }))).toEqual([]);
  });
});
