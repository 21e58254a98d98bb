import { describe, expect, it } from "vitest";
import { segmentCjk, segmentCjkInHtml } from "./segment";

describe("segmentCjk", () => {
  it("splits Chinese runs into words and leaves other text alone", () => {
    const out = segmentCjk("a cold start is 冷启动 in Chinese; café stays");
    expect(out).toContain("café stays");
    const words = out.split(/\s+/).filter((w) => /\p{Script=Han}/u.test(w));
    expect(words.length).toBeGreaterThan(1);
    expect(words.join("")).toBe("冷启动");
  });

  it("splits the same text the same way in a query and in a page", () => {
    expect(segmentCjk("执行环境").trim()).toBe(segmentCjkInHtml("<p>执行环境</p>").replace(/<\/?p>/g, "").trim());
  });

  it("never changes tags or attributes", () => {
    const html = '<h2 id="冷启动"><a href="/topics/冷启动/">冷启动</a></h2>';
    const out = segmentCjkInHtml(html);
    expect(out).toContain('id="冷启动"');
    expect(out).toContain('href="/topics/冷启动/"');
  });
});
