import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EARLY_FETCHES } from "./early-fetches";

type Shared = Record<string, Promise<Response>>;
let win: Record<string, Shared | undefined>;
let requested: string[];

beforeEach(() => {
  vi.resetModules();
  win = {};
  requested = [];
  vi.stubGlobal("window", win);
  vi.stubGlobal("fetch", (url: string) => {
    requested.push(url);
    return Promise.resolve(url.includes("missing") ? new Response("no", { status: 500 }) : Response.json({ topic: "ec2", questions: [], flashcards: [] }));
  });
});
afterEach(() => vi.unstubAllGlobals());

const load = () => import("./fetch-bank");

describe("bank files and the running exam's inline script", () => {
  it("takes over a file the inline script started, without fetching it again", async () => {
    const early = Promise.resolve(Response.json({ topic: "ec2", questions: [{ id: "q1" }], flashcards: [] }));
    win[EARLY_FETCHES] = { "/data/topics/ec2.json": early };
    const { fetchTopicBank } = await load();
    expect((await fetchTopicBank("ec2")).questions).toEqual([{ id: "q1" }]);
    expect(requested).toEqual([]);
  });

  it("notes the files it fetches first, so the inline script does not start them again", async () => {
    const { fetchBankIndex, fetchTopicBank } = await load();
    await Promise.all([fetchBankIndex(), fetchTopicBank("edge compute")]);
    expect(requested).toEqual(["/data/index.json", "/data/topics/edge%20compute.json"]);
    expect(Object.keys(win[EARLY_FETCHES]!)).toEqual(requested);
  });

  it("fetches afresh on a retry after a failure, even a file the inline script had started", async () => {
    win[EARLY_FETCHES] = { "/data/topics/missing.json": Promise.resolve(new Response("no", { status: 500 })) };
    const { fetchTopicBank } = await load();
    await expect(fetchTopicBank("missing")).rejects.toThrow("HTTP 500");
    expect(requested).toEqual([]);
    await expect(fetchTopicBank("missing")).rejects.toThrow("HTTP 500");
    expect(requested).toEqual(["/data/topics/missing.json"]);
  });

  it("keeps the bank index once loaded, for parts shown later to render with it at once", async () => {
    const { fetchBankIndex, loadedBankIndex } = await load();
    expect(loadedBankIndex()).toBeNull();
    const index = await fetchBankIndex();
    expect(loadedBankIndex()).toBe(index);
  });
});
