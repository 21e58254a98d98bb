import { describe, expect, it } from "vitest";
import { EARLY_FETCHES, EARLY_IDS, earlyExamPaintScript } from "./early-paint";

const INDEX = {
  topics: [
    { slug: "ec2", title: "EC2", questionIds: ["q1", "q2"] },
    { slug: "edge compute", title: "Edge compute", questionIds: ["q3"] },
  ],
};
const BANKS: Record<string, unknown> = {
  "/base/data/index.json": INDEX,
  "/base/data/topics/ec2.json": { questions: [{ id: "q1", stemHtml: "<p>One?</p>", choose: 1 }, { id: "q2", stemHtml: "<p>Two?</p>", choose: 2 }] },
  "/base/data/topics/edge%20compute.json": { questions: [{ id: "q3", stemHtml: "<p>Three?</p>", choose: 1 }] },
};

const attempt = (over: Record<string, unknown> = {}) => ({
  id: "a",
  config: { kind: "full", mode: "exam", topics: ["ec2", "edge compute"], minutes: 130 },
  questionIds: ["q3", "q2", "q1"],
  current: 1,
  status: "running",
  deadline: Date.now() + 60_000,
  ...over,
});
const saved = (examActive: unknown) => JSON.stringify({ state: { examActive }, version: 3 });

interface Element {
  textContent: string;
  innerHTML: string;
  hidden: boolean;
  isConnected: boolean;
}

/** Runs the inline script with stand-ins for the page, then lets its fetches settle. */
async function paint(raw: string | null, { connected = true, kinds = { full: "Full mock" }, screen = null as string | null, hidden = false } = {}) {
  const elements = Object.fromEntries(
    Object.values(EARLY_IDS).map((id) => [id, { textContent: "", innerHTML: "", hidden: id === EARLY_IDS.question || id === EARLY_IDS.choose, isConnected: connected }]),
  ) as Record<string, Element>;
  const requested: string[] = [];
  const fetch = (url: string) => {
    requested.push(url);
    const body = BANKS[url];
    return Promise.resolve(body ? Response.json(body) : new Response("missing", { status: 404 }));
  };
  const window: Record<string, Record<string, Promise<Response>>> = {};
  const script = earlyExamPaintScript({ storageKey: "stratus", screenKey: "stratus:exam-screen", base: "/base", fetches: EARLY_FETCHES, ids: EARLY_IDS, kinds });
  const stored: Record<string, string | null> = { stratus: raw, "stratus:exam-screen": screen };
  // What is on screen before any fetch has answered: the first frame.
  let firstFrame: Record<string, Element> = {};
  // Paint timing: the test reports a first paint, then the first contentful paint.
  const observers: ((list: { getEntries: () => { name: string }[] }, observer: { disconnect: () => void }) => void)[] = [];
  class PerformanceObserver {
    constructor(private callback: (typeof observers)[number]) {}
    observe() {
      observers.push(this.callback);
    }
  }
  new Function("localStorage", "document", "window", "fetch", "PerformanceObserver", script)(
    { getItem: (key: string) => stored[key] ?? null },
    { getElementById: (id: string) => elements[id] ?? null, hidden },
    window,
    fetch,
    PerformanceObserver,
  );
  firstFrame = structuredClone(elements);
  const requestedBeforeFrame = [...requested];
  const report = (name: string) => {
    for (const observer of observers) observer({ getEntries: () => [{ name }] }, { disconnect: () => {} });
  };
  report("first-paint");
  const requestedAtFirstPaint = [...requested];
  report("first-contentful-paint");
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  return { elements, firstFrame, requested, requestedBeforeFrame, requestedAtFirstPaint, fetches: window[EARLY_FETCHES] };
}

describe("the running exam's early paint", () => {
  it("paints the question on screen from the saved attempt and the one topic file that holds it", async () => {
    const { elements, requested, fetches } = await paint(saved(attempt()));
    expect(elements[EARLY_IDS.label]!.textContent).toBe("Full mock");
    expect(elements[EARLY_IDS.number]!.textContent).toBe("Question 2 of 3");
    expect(elements[EARLY_IDS.topic]!.textContent).toBe("EC2");
    expect(elements[EARLY_IDS.stem]!.innerHTML).toBe("<p>Two?</p>");
    expect(elements[EARLY_IDS.choose]).toMatchObject({ textContent: "Choose 2.", hidden: false });
    expect(elements[EARLY_IDS.question]!.hidden).toBe(false);
    expect(elements[EARLY_IDS.stemSkeleton]!.hidden).toBe(true);
    // The index, the question's topic, and only then the attempt's other topic files.
    expect(requested).toEqual(["/base/data/index.json", "/base/data/topics/ec2.json", "/base/data/topics/edge%20compute.json"]);
    // Left for fetch-bank, bodies unread.
    expect(Object.keys(fetches!)).toEqual(requested);
    for (const response of Object.values(fetches!)) expect((await response).bodyUsed).toBe(false);
  });

  it("names a profile's exam and practice mode as the exam screen does", async () => {
    const config = { kind: "profile", mode: "practice", topics: ["edge compute"], profile: { id: "p", name: "Associate" } };
    const { elements } = await paint(saved(attempt({ config, current: 0 })));
    expect(elements[EARLY_IDS.label]!.textContent).toBe("Associate (practice mode)");
    expect(elements[EARLY_IDS.stem]!.innerHTML).toBe("<p>Three?</p>");
    expect(elements[EARLY_IDS.choose]!.hidden).toBe(true);
  });

  it("leaves the placeholder alone once React has replaced it", async () => {
    const { elements, requested } = await paint(saved(attempt()), { connected: false });
    expect(elements[EARLY_IDS.stem]!.innerHTML).toBe("");
    expect(requested).toHaveLength(3);
  });

  it("does nothing, and never throws, without a running attempt it can read", async () => {
    for (const raw of [null, "{broken", saved(null), saved(attempt({ status: "submitted" })), saved(attempt({ deadline: Date.now() - 1 })), saved(attempt({ current: 9 })), saved({ questionIds: "q1" })]) {
      const { elements, requested } = await paint(raw);
      expect(requested).toEqual([]);
      expect(elements[EARLY_IDS.question]!.hidden).toBe(true);
    }
  });

  describe("from the copy of the question on screen that the exam page keeps", () => {
    const screen = (over: Record<string, unknown> = {}) =>
      JSON.stringify({ attemptId: "a", questionId: "q2", topicTitle: "EC2 (kept)", stemHtml: "<p>Two, kept?</p>", choose: 2, ...over });

    it("paints the question in the first frame, and starts the files the exam screen needs once it is on screen", async () => {
      const { firstFrame, elements, requested, requestedBeforeFrame, requestedAtFirstPaint } = await paint(saved(attempt()), { screen: screen() });
      expect(requestedBeforeFrame).toEqual([]);
      expect(requestedAtFirstPaint).toEqual([]);
      expect(firstFrame[EARLY_IDS.stem]!.innerHTML).toBe("<p>Two, kept?</p>");
      expect(firstFrame[EARLY_IDS.topic]!.textContent).toBe("EC2 (kept)");
      expect(firstFrame[EARLY_IDS.number]!.textContent).toBe("Question 2 of 3");
      expect(firstFrame[EARLY_IDS.choose]).toMatchObject({ textContent: "Choose 2.", hidden: false });
      expect(firstFrame[EARLY_IDS.question]!.hidden).toBe(false);
      expect(firstFrame[EARLY_IDS.stemSkeleton]!.hidden).toBe(true);
      // The fetched files do not paint over it.
      expect(elements[EARLY_IDS.stem]!.innerHTML).toBe("<p>Two, kept?</p>");
      expect(requested).toEqual(["/base/data/index.json", "/base/data/topics/ec2.json", "/base/data/topics/edge%20compute.json"]);
    });

    it("is not used for another attempt, another question, or when damaged: the question is fetched instead", async () => {
      for (const kept of [screen({ attemptId: "older" }), screen({ questionId: "q1" }), screen({ stemHtml: 3 }), "{broken", "[]"]) {
        const { firstFrame, elements, requested } = await paint(saved(attempt()), { screen: kept });
        expect(firstFrame[EARLY_IDS.question]!.hidden).toBe(true);
        expect(elements[EARLY_IDS.stem]!.innerHTML).toBe("<p>Two?</p>");
        expect(elements[EARLY_IDS.topic]!.textContent).toBe("EC2");
        expect(requested.slice(0, 2)).toEqual(["/base/data/index.json", "/base/data/topics/ec2.json"]);
      }
    });

    it("starts the files at once in a tab that is not shown (it paints no frame)", async () => {
      const { requestedBeforeFrame } = await paint(saved(attempt()), { screen: screen(), hidden: true });
      expect(requestedBeforeFrame).toEqual(["/base/data/index.json", "/base/data/topics/ec2.json", "/base/data/topics/edge%20compute.json"]);
    });

    it("is not used without a running attempt", async () => {
      const { elements, requested } = await paint(saved(attempt({ status: "submitted" })), { screen: screen() });
      expect(elements[EARLY_IDS.question]!.hidden).toBe(true);
      expect(requested).toEqual([]);
    });
  });

  it("paints nothing when the question has left the bank, but still fetches what the screen needs", async () => {
    const { elements, requested } = await paint(saved(attempt({ questionIds: ["gone"], current: 0 })));
    expect(elements[EARLY_IDS.question]!.hidden).toBe(true);
    expect(requested).toEqual(["/base/data/index.json", "/base/data/topics/ec2.json", "/base/data/topics/edge%20compute.json"]);
  });
});
