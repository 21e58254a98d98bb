import { describe, expect, it } from "vitest";
import { buildToc, currentSection, tocIds } from "./toc";

const h = (depth: number, text: string) => ({ depth, text, id: text.toLowerCase().replace(/\s+/g, "-") });

describe("buildToc", () => {
  it("nests every level under the heading above it and leaves out the page title", () => {
    const toc = buildToc([h(1, "Title"), h(2, "Memory"), h(3, "CPU"), h(4, "Deep"), h(5, "Deeper"), h(3, "Storage"), h(2, "Timeout")]);
    expect(toc).toEqual([
      {
        id: "memory",
        text: "Memory",
        children: [
          { id: "cpu", text: "CPU", children: [{ id: "deep", text: "Deep", children: [{ id: "deeper", text: "Deeper", children: [] }] }] },
          { id: "storage", text: "Storage", children: [] },
        ],
      },
      { id: "timeout", text: "Timeout", children: [] },
    ]);
    expect(tocIds(toc)).toEqual(["memory", "cpu", "deep", "deeper", "storage", "timeout"]);
  });

  it("nests a heading that skips a level under the one before it", () => {
    const toc = buildToc([h(2, "Setup"), h(5, "Flags"), h(2, "Run")]);
    expect(toc.map((e) => [e.id, e.children.map((c) => c.id)])).toEqual([["setup", ["flags"]], ["run", []]]);
  });

  it("keeps a ### that comes before any ## at the top level", () => {
    expect(buildToc([h(3, "Intro"), h(2, "Body")]).map((e) => e.id)).toEqual(["intro", "body"]);
  });

  it("is empty for a note without sections", () => {
    expect(buildToc([])).toEqual([]);
  });
});

describe("currentSection", () => {
  const positions = [
    { id: "a", top: -400 },
    { id: "b", top: 60 },
    { id: "c", top: 500 },
  ];

  it("is the last heading scrolled above the offset", () => {
    expect(currentSection(positions, 100)).toBe("b");
    expect(currentSection(positions, 50)).toBe("a");
  });

  it("is undefined before the first heading", () => {
    expect(currentSection([{ id: "a", top: 300 }], 100)).toBeUndefined();
  });

  it("at the bottom of the page, is the last heading on screen", () => {
    expect(currentSection(positions, 100, 800)).toBe("c");
  });
});
