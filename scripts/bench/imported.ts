// Issue 10.7: a 1,000-question public bank, imported with the real converter, added to today's
// content as a bank with no note. Measures the import itself, then builds the site and checks that
// page JS does not grow with it, what a full mock downloads (only the topic files it draws from),
// and that answering in the exam is as quick as with today's content.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { importText, writeBank } from "../../lib/content/import";
import { measureInteraction, type InteractionResult } from "./interaction";
import { routeJsGzipBytes } from "./route-js";
import { buildSite, routeJs } from "./scale";
import { writer } from "./synth";
import { median, ROOT, log, round, serveStatic } from "./util";

export interface ImportedBenchResult {
  questions: number;
  /** Converting and writing the bank, median of 5 runs (in process, no tsx start-up). */
  importMs: number;
  buildSeconds: number;
  examPageJsGzipBytes: number | null;
  reviewPageJsGzipBytes: number | null;
  /** /data/ files a full mock downloads before question 1 shows, and how many topic files the site has. */
  mockFiles: string[];
  mockDataBytes: number;
  topicFiles: number;
  interaction: InteractionResult;
}

/** A public bank in the `### stem` + task-list layout, with a preamble and Back to Top lines. */
export function synthesizePublicBank(questions: number, seed = 7): string {
  const w = writer(seed);
  const parts = ["# Practice questions", "", "## Table of Contents", "", "- [Questions](#questions)", ""];
  for (let i = 0; i < questions; i++) {
    const multiple = i % 3 === 0;
    const count = multiple ? 5 : 4;
    const right = multiple ? [0, 2] : [Math.floor(w.next() * count)];
    parts.push(`### Question ${i + 1}: ${w.sentence(18)} ${w.sentence(14)}${multiple ? " (Choose two.)" : ""}`, "");
    for (let o = 0; o < count; o++) parts.push(`- [${right.includes(o) ? "x" : " "}] ${w.sentence(8)}`);
    parts.push("", "**[⬆ Back to Top](#table-of-contents)**", "");
  }
  return parts.join("\n");
}

async function mockDownloads(baseUrl: string, chromePath: string): Promise<{ files: string[]; bytes: number }> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ["--disable-gpu", "--no-first-run"] });
  try {
    const page = await browser.newPage();
    const sizes = new Map<string, Promise<number>>();
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith("/data/") && response.ok()) sizes.set(url.pathname, response.body().then((b) => b.length));
    });
    await page.goto(`${baseUrl}/exam/`);
    await page.getByRole("button", { name: /start full mock/i }).click();
    await page.locator("#question-heading").waitFor();
    const bytes = (await Promise.all(sizes.values())).reduce((a, b) => a + b, 0);
    return { files: [...sizes.keys()].sort(), bytes };
  } finally {
    await browser.close();
  }
}

export async function measureImported(options: { questions: number; port: number; chromePath: string }): Promise<ImportedBenchResult> {
  const source = synthesizePublicBank(options.questions);
  const times: number[] = [];
  let bank = "";
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const result = importText(source, { format: "auto", fileName: "public-bank.md" })!;
    bank = writeBank({ title: "Public practice bank" }, result.questions, result.flashcards);
    times.push(performance.now() - started);
    if (result.questions.length !== options.questions) throw new Error(`imported ${result.questions.length} of ${options.questions}`);
  }
  const importMs = round(median(times));
  log(`imported: ${options.questions} questions converted in ${importMs} ms (median of 5)`);

  const dir = path.join(ROOT, "bench/tmp", "content-imported");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, "content"), dir, { recursive: true });
  fs.mkdirSync(path.join(dir, "imported"), { recursive: true });
  fs.writeFileSync(path.join(dir, "imported", "public-bank.questions.md"), bank);
  const { seconds: buildSeconds } = await buildSite(dir);
  log(`imported: built in ${buildSeconds} s`);
  const out = path.join(ROOT, "out");
  const routes = routeJsGzipBytes(ROOT, out);
  const topicFiles = fs.readdirSync(path.join(out, "data", "topics")).filter((f) => f.endsWith(".json")).length;
  const server = await serveStatic(out, options.port);
  try {
    const mock = await mockDownloads(server.url, options.chromePath);
    log("imported: timing a full mock in the browser…");
    const interaction = await measureInteraction(server.url, options.chromePath);
    return {
      questions: options.questions,
      importMs,
      buildSeconds,
      examPageJsGzipBytes: routeJs(routes, "/exam"),
      reviewPageJsGzipBytes: routeJs(routes, "/review"),
      mockFiles: mock.files,
      mockDataBytes: mock.bytes,
      topicFiles,
      interaction,
    };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
