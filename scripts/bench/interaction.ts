// In the browser: what a full mock downloads when it starts, and how quickly the exam responds.
// Timing happens in the page (event timestamp → the frame that shows the change), so Playwright's
// own round trips between clicks are not counted. `cpuSlowdown` runs the mock under CDP CPU
// throttling (4: a mid-range phone, as Lighthouse's mobile preset does), from question 1 on.
import { chromium, type Browser, type Page } from "@playwright/test";
import { median, round } from "./util";

export interface InteractionResult {
  /** Per question: pick an option → painted, plus Next → the next question painted. */
  answerToPaintMs: { median: number; max: number };
  pickToPaintMs: { median: number; max: number };
  nextToPaintMs: { median: number; max: number };
  questions: number;
  /** CDP CPU throttling rate the mock ran at (1: none). */
  cpuSlowdown: number;
}

const launch = (chromePath: string) => chromium.launch({ executablePath: chromePath, args: ["--disable-gpu", "--no-first-run"] });

// Installed before any page script. `__benchArm(check)` waits for the next trusted click, then
// checks once per frame whether the UI shows the change (`check` is a function body); on the first
// frame that does, a message posted from requestAnimationFrame runs right after that frame is
// painted, and the time since the click's timestamp is the latency. The bench awaits one promise
// for it rather than polling, so none of Playwright's own script competes with the page for the
// (throttled) main thread while it is timed.
const PROBE = `
window.__benchArm = (check) => {
  const ready = new Function(check);
  window.__benchResult = undefined;
  // Awaited by the bench in one call: no polling from Playwright runs in the page while it is timed.
  window.__benchDone = new Promise((resolve) => (window.__benchResolve = resolve));
  const onClick = (event) => {
    if (!event.isTrusted) return;
    document.removeEventListener("click", onClick, true);
    const start = event.timeStamp;
    performance.mark("bench-click");
    const frame = () => {
      if (!ready()) return requestAnimationFrame(frame);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        performance.mark("bench-painted");
        window.__benchResult = performance.now() - start;
        window.__benchResolve(window.__benchResult);
      };
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  };
  document.addEventListener("click", onClick, true);
};
`;

async function timeClick(page: Page, click: () => Promise<void>, check: string): Promise<number> {
  await page.evaluate((body) => (window as unknown as { __benchArm: (c: string) => void }).__benchArm(body), check);
  await click();
  return page.evaluate(
    () =>
      Promise.race([
        (window as unknown as { __benchDone: Promise<number> }).__benchDone,
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error("the change was not painted within 10 s")), 10_000)),
      ]),
  );
}

const heading = (page: Page) => page.locator("#question-heading");

async function startFullMock(page: Page, baseUrl: string): Promise<number> {
  await page.goto(`${baseUrl}/exam/`);
  await page.getByRole("button", { name: /start full mock/i }).click();
  await page.waitForURL(/\/exam\/session\//);
  await heading(page).waitFor();
  const text = (await heading(page).textContent()) ?? "";
  const total = Number(/of (\d+)/.exec(text)?.[1]);
  if (!total) throw new Error(`unexpected question heading "${text}"`);
  return total;
}

/** Bytes of /data/ JSON the page downloads from opening /exam/ until question 1 shows. */
export async function measureMockData(baseUrl: string, chromePath: string): Promise<number> {
  const browser = await launch(chromePath);
  try {
    const page = await browser.newPage();
    const sizes = new Map<string, Promise<number>>();
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith("/data/") && response.ok()) sizes.set(url.pathname, response.body().then((b) => b.length));
    });
    await startFullMock(page, baseUrl);
    const all = await Promise.all(sizes.values());
    return all.reduce((a, b) => a + b, 0);
  } finally {
    await browser.close();
  }
}

const stats = (values: number[]) => ({ median: round(median(values)), max: round(Math.max(...values)) });

/** Runs a full mock answering every question, timing each pick and each Next in the page. */
export async function measureInteraction(baseUrl: string, chromePath: string, { cpuSlowdown = 1 }: { cpuSlowdown?: number } = {}): Promise<InteractionResult> {
  const browser: Browser = await launch(chromePath);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    const total = await startFullMock(page, baseUrl);
    if (cpuSlowdown !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    }
    const picks: number[] = [];
    const nexts: number[] = [];
    for (let n = 1; n <= total; n++) {
      const option = page.locator("fieldset input").first();
      const value = await option.getAttribute("value");
      picks.push(await timeClick(page, () => option.click(), `return !!document.querySelector('fieldset input[value="${value}"]:checked');`));
      if (n === total) break;
      nexts.push(
        await timeClick(
          page,
          () => page.getByRole("button", { name: "Next →" }).click(),
          `return (document.getElementById("question-heading")?.textContent ?? "").startsWith("Question ${n + 1} of");`,
        ),
      );
    }
    const combined = nexts.map((next, i) => picks[i]! + next);
    return { answerToPaintMs: stats(combined), pickToPaintMs: stats(picks), nextToPaintMs: stats(nexts), questions: total, cpuSlowdown };
  } finally {
    await browser.close();
  }
}
