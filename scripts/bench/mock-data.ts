// Question data a full mock exam downloads when it starts: /data/index.json plus the topic files
// it needs, as bytes on disk in the export (what a static host sends before compression).
import fs from "node:fs";
import path from "node:path";
import type { BankIndex } from "../../lib/content/types";

export const MOCK_QUESTIONS = 65;

/** Topic slugs whose files a 65-question mock fetches. */
export async function mockTopics(index: BankIndex): Promise<string[]> {
  return index.topics.filter((t) => t.questionIds.length > 0).map((t) => t.slug);
}

export async function mockDataBytes(outDir: string): Promise<number> {
  const indexFile = path.join(outDir, "data", "index.json");
  const index = JSON.parse(fs.readFileSync(indexFile, "utf8")) as BankIndex;
  const files = [indexFile, ...(await mockTopics(index)).map((slug) => path.join(outDir, "data", "topics", `${slug}.json`))];
  return files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
}
