import { describe, expect, it } from "vitest";
import { downloadSite, totalBytes } from "./download";
import type { OfflineList } from "./names";

const list: OfflineList = {
  precache: { count: 1, bytes: 10 },
  files: [
    { url: "/topics/ec2/", bytes: 100 },
    { url: "/topics/ec2/index.txt", bytes: 20 },
    { url: "/gone.png", bytes: 5 },
  ],
};

function fakeCache() {
  const stored = new Map<string, string>();
  return { stored, put: async (url: string, response: Response) => void stored.set(url, await response.text()) };
}

describe("downloadSite", () => {
  it("puts every file under the base path into the cache and reports progress by bytes", async () => {
    const cache = fakeCache();
    const seen: number[] = [];
    const result = await downloadSite({
      list,
      cache,
      prefix: "/stratus",
      concurrency: 2,
      fetch: async (url) => (url.endsWith(".png") ? new Response("no", { status: 404 }) : new Response(`body of ${url}`)),
      onProgress: (p) => seen.push(p.doneBytes),
    });
    expect([...cache.stored.keys()].sort()).toEqual(["/stratus/topics/ec2/", "/stratus/topics/ec2/index.txt"]);
    expect(cache.stored.get("/stratus/topics/ec2/")).toBe("body of /stratus/topics/ec2/");
    expect(result.failed).toEqual(["/gone.png"]);
    expect(result.doneFiles).toBe(3);
    expect(result.totalBytes).toBe(totalBytes(list));
    expect(seen.at(-1)).toBe(125);
    expect(seen).toHaveLength(3);
  });

  it("counts a network failure as failed and keeps going", async () => {
    const cache = fakeCache();
    const result = await downloadSite({ list, cache, fetch: async () => Promise.reject(new TypeError("offline")) });
    expect(result.failed).toHaveLength(3);
    expect(cache.stored.size).toBe(0);
  });
});
