import path from "node:path";
import { describe, expect, it } from "vitest";
import { imageTarget, localImages } from "./images";

describe("images of an imported bank", () => {
  it("finds relative image paths from the syntax tree, not remote, site or anchor ones", () => {
    const markdown = "Option A. ![A](images/q30%20A.png) ![r](https://example.com/x.png) ![s](/site.png) `![code](x.png)`";
    expect(localImages(markdown)).toEqual(["images/q30 A.png"]);
  });

  it("copies to the same relative path beside the written bank, never above it", () => {
    expect(imageTarget("./images/a.png", "/out")).toBe(path.join("/out", "images/a.png"));
    expect(imageTarget("../shared/a.png", "/out")).toBeUndefined();
  });
});
