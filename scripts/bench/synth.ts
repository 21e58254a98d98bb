// Synthetic content in the real format (content/README.md): N notes with question banks and
// flashcards, sized like today's content, deterministic for a given seed. The scale benchmark
// builds the site from it at 1×, 10× and 100× today's counts.
import fs from "node:fs";
import path from "node:path";
import { mulberry32 } from "../../lib/exam/random";

export interface ContentCounts {
  topics: number;
  questions: number;
  /** How many of the questions are multiple response. */
  multipleResponse: number;
  flashcards: number;
}

export interface SynthOptions {
  /** Average note Markdown length in characters (today's notes are about 14,000). */
  noteChars?: number;
  seed?: number;
}

const DOMAINS = ["foundations", "lambda", "networking-data", "apis-edge"] as const;

const WORDS = (
  "function instance container cluster task service queue topic stream event request response timeout memory " +
  "concurrency throughput latency region zone subnet gateway endpoint role policy permission secret parameter " +
  "image layer runtime handler invocation retry batch window shard partition capacity reservation scaling " +
  "deployment alias version cache connection proxy database table index snapshot backup volume storage network " +
  "load balancer target listener rule certificate domain record budget cost savings plan spot price quota limit"
).split(" ");

export function writer(seed: number) {
  const next = mulberry32(seed);
  const word = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(" ");
  const sentence = (n = 8 + Math.floor(next() * 10)) => {
    const text = words(n);
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (chars: number) => {
    const parts: string[] = [];
    let length = 0;
    while (length < chars) {
      const s = sentence();
      parts.push(s);
      length += s.length + 1;
    }
    return parts.join(" ");
  };
  return { next, words, sentence, paragraph };
}

/** Spreads `total` items over `buckets` as evenly as possible: bucket i gets its share. */
export const share = (total: number, buckets: number, i: number) => Math.floor(total / buckets) + (i < total % buckets ? 1 : 0);

export const scaleCounts = (counts: ContentCounts, factor: number): ContentCounts => ({
  topics: counts.topics * factor,
  questions: counts.questions * factor,
  multipleResponse: counts.multipleResponse * factor,
  flashcards: counts.flashcards * factor,
});

const SECTIONS = 6;
const heading = (slugIndex: number, section: number) => `Section ${section + 1} of topic ${slugIndex + 1}`;
const anchor = (slugIndex: number, section: number) => `section-${section + 1}-of-topic-${slugIndex + 1}`;

function note(index: number, slug: string, options: Required<SynthOptions>): string {
  const w = writer(options.seed * 7919 + index);
  const domain = DOMAINS[index % DOMAINS.length]!;
  const perSection = Math.max(200, Math.floor(options.noteChars / SECTIONS));
  const sections = Array.from({ length: SECTIONS }, (_, s) => {
    const body = [
      `## ${heading(index, s)}`,
      w.paragraph(perSection * 0.45),
      `### Details ${s + 1}`,
      Array.from({ length: 4 }, () => `- **${w.words(2)}**: ${w.sentence()}`).join("\n"),
      w.paragraph(perSection * 0.3),
      `| Setting | Default | Maximum |\n| --- | --- | --- |\n| ${w.words(2)} | ${s + 1} | ${(s + 1) * 100} |\n| ${w.words(2)} | ${s + 2} | ${(s + 2) * 50} |`,
    ];
    return body.join("\n\n");
  });
  return [
    "---",
    `title: Synthetic topic ${index + 1}`,
    `domain: ${domain}`,
    `order: ${index + 1}`,
    `summary: ${w.sentence(14)}`,
    "updated: 2026-01-01",
    "sources:",
    "  - https://docs.aws.amazon.com/",
    "---",
    "",
    `# Synthetic topic ${index + 1}`,
    "",
    w.paragraph(300),
    "",
    sections.join("\n\n"),
    "",
  ].join("\n");
}

function question(topicIndex: number, slug: string, n: number, multiple: boolean, w: ReturnType<typeof writer>): string {
  const optionCount = multiple ? 5 : 4;
  const correct = multiple ? [n % optionCount, (n + 2) % optionCount] : [n % optionCount];
  // One wrong option is the longest, so length never gives the answer away (content:check warns).
  const longest = [...Array(optionCount).keys()].find((i) => !correct.includes(i))!;
  const options = Array.from({ length: optionCount }, (_, i) =>
    [`- [${correct.includes(i) ? "x" : " "}] ${w.sentence(i === longest ? 16 : 10)}`, `  - ${w.sentence(12)}`].join("\n"),
  );
  const difficulty = (["easy", "medium", "hard"] as const)[n % 3];
  return [
    `## Question ${slug}-q${n + 1}`,
    "",
    `Source: [${heading(topicIndex, n % SECTIONS)}](#${anchor(topicIndex, n % SECTIONS)}) · Difficulty: ${difficulty}`,
    "",
    // The number keeps every stem unique across the whole synthetic bank.
    `Case ${slug} ${n + 1}: ${w.paragraph(150)} Which ${w.words(3)} should the team choose?${multiple ? " (Choose two.)" : ""}`,
    "",
    options.join("\n"),
    "",
    `Explanation: ${w.paragraph(170)}`,
  ].join("\n");
}

function bank(index: number, slug: string, questions: number, multiple: number, flashcards: number, seed: number): string {
  const w = writer(seed * 104729 + index);
  const blocks = Array.from({ length: questions }, (_, n) => question(index, slug, n, n < multiple, w));
  if (flashcards > 0) {
    const cards = Array.from({ length: flashcards }, (_, n) => {
      const source = n % 3 === 0 ? `Source: [${heading(index, n % SECTIONS)}](#${anchor(index, n % SECTIONS)})\n\n` : "";
      const id = `<!--id:${slug}-fc${n + 1}-->`;
      const card =
        n % 2 === 0
          ? `${w.words(5)} ${n + 1}::${w.sentence(12)} ${id}`
          : `${w.sentence(9)} (${n + 1})\n?\n${w.sentence(14)}\n${id}`;
      return source + card;
    });
    // The first card must have a source; n = 0 always does.
    blocks.push(["## Flashcards", "", cards.join("\n\n")].join("\n"));
  }
  return [`---\ntopic: ${slug}\n---`, "", blocks.join("\n\n"), ""].join("\n");
}

/** Writes `counts` worth of notes and banks into `dir` (emptied first), in domain folders. */
export function synthesizeContent(dir: string, counts: ContentCounts, options: SynthOptions = {}): void {
  const opts: Required<SynthOptions> = { noteChars: options.noteChars ?? 14_000, seed: options.seed ?? 1 };
  fs.rmSync(dir, { recursive: true, force: true });
  // The notes name these domains in their front matter, so the subject must configure them.
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, "stratus.yml"),
    `title: Synthetic content\ndomains:\n${DOMAINS.map((id) => `  - { id: ${id}, title: ${id} }\n`).join("")}`,
  );
  for (let i = 0; i < counts.topics; i++) {
    const slug = `synthetic-${i + 1}`;
    const folder = path.join(dir, DOMAINS[i % DOMAINS.length]!);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${slug}.md`), note(i, slug, opts));
    const questions = share(counts.questions, counts.topics, i);
    const multiple = Math.min(questions, share(counts.multipleResponse, counts.topics, i));
    const flashcards = share(counts.flashcards, counts.topics, i);
    if (questions + flashcards > 0) {
      fs.writeFileSync(path.join(folder, `${slug}.questions.md`), bank(i, slug, questions, multiple, flashcards, opts.seed));
    }
  }
}
