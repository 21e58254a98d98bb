import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findChoose, chooseHint, normaliseStem } from "../choose";
import { loadContent } from "../load";
import { convertAnki } from "./anki";
import { detectFormat } from "./detect";
import { convertGift } from "./gift";
import { convertHeadings } from "./headings";
import { importText, newSeen, writeBank } from "./index";
import { convertNumbered } from "./numbered";
import { convertTable } from "./table";

const read = (name: string) => fs.readFileSync(path.join(__dirname, "__fixtures__", name), "utf8");

describe("Choose N", () => {
  it.each([
    ["Which two? (Choose two.)", 2],
    ["Which two? (Choose 2 answers)", 2],
    ["Which? (Choose TWO)", 2],
    ["Which? (Select THREE.)", 3],
    ["Which of these are compute services? Select two.", 2],
    ["Which? Choose 3 answers", 3],
    ["Which? [Choose two]", 2],
  ])("reads %j as %i", (stem, count) => {
    expect(findChoose(stem)?.count).toBe(count);
  });

  it("does not read a scenario's 'select two' as the question's count", () => {
    expect(findChoose("An engineer must select two subnets for the cluster. Which setting is needed?")).toBeUndefined();
  });

  it("hints (Choose three.) for three and (Choose four.) for four", () => {
    expect([2, 3, 4].map(chooseHint)).toEqual(["(Choose two.)", "(Choose three.)", "(Choose four.)"]);
  });

  it("normalises stems without case, punctuation or Choose N", () => {
    expect(normaliseStem("Which TWO services?  (Choose 2 answers)")).toBe(normaliseStem("which two services (choose two.)"));
  });
});

describe("the detector", () => {
  it.each([
    ["headings.md", "headings"],
    ["numbered.md", "numbered"],
    ["questions.gift", "gift"],
    ["deck.txt", "anki"],
    ["deck.csv", "anki"],
  ])("reads %s as %s", (file, format) => {
    expect(detectFormat(read(file), file)?.format).toBe(format);
  });

  it("finds nothing in a note", () => {
    expect(detectFormat("# Lambda\n\nLambda runs code.\n\n## Limits\n\n- 15 minutes\n", "note.md")).toBeUndefined();
  });
});

describe("### headings with task lists", () => {
  const converted = convertHeadings(read("headings.md"));

  it("skips the preamble, table of contents and Back to Top lines, and takes the title", () => {
    expect(converted.title).toBe("Solutions Architect Associate practice questions");
    expect(converted.questions.map((q) => q.line)).toEqual([22, 31, 41, 52, 61, 73, 81, 88, 98, 107]);
    expect(converted.questions.every((q) => !/Back to Top/.test(JSON.stringify(q)))).toBe(true);
  });

  it("keeps text after the options as the explanation, and wrapped option lines with their option", () => {
    expect(converted.questions[2]!.explanation).toMatch(/^Global Accelerator does not cache/);
    expect(converted.questions[7]!.options[1]!.text).toBe("AWS Site-to-Site VPN over the public internet");
    expect(converted.questions[7]!.stem).toContain("![Diagram](images/dx.png)");
  });

  it("keeps a line straight after an option with it, as CommonMark does (lazy continuation): wrapped text, or an option that is an image", () => {
    expect(converted.questions[8]!.options).toEqual([
      { text: "Option A. ![Policy A](images/policy-a.png)", correct: false },
      { text: "Option B. ![Policy B](images/policy-b.png)", correct: true },
    ]);
    expect(converted.questions[9]!.options.map((o) => o.text)).toEqual([
      "Amazon Kinesis Data Streams for the analytics; Amazon Data Firehose for delivery to Amazon S3",
      "Amazon SQS queues, with an AWS Lambda function that polls the queues once an hour",
      "AWS Glue crawlers over the raw data every minute",
    ]);
    expect(converted.questions[9]!.explanation).toBeUndefined();
  });

  it("takes the rest and says why it skipped a 7-option, an unanswered and a duplicate question", () => {
    const result = importText(read("headings.md"), { format: "auto", fileName: "headings.md" })!;
    expect(result).toMatchObject({ format: "headings", detected: true, total: 10 });
    expect(result.questions).toHaveLength(7);
    expect(result.skipped).toEqual([
      { line: 61, message: "7 options; Stratus takes 2 to 6" },
      { line: 73, message: "no correct answer marked" },
      { line: 81, message: "duplicate of the question at headings.md:22" },
    ]);
  });
});

describe("numbered stems with lettered options and <details> answers", () => {
  const converted = convertNumbered(read("numbered.md"));

  it("reads the answer letters, the explanation or link after them, and strips a [domain:] tag", () => {
    const [first, second, third] = converted.questions;
    expect(first!.options.map((o) => o.correct)).toEqual([false, true, false, false]);
    expect(first!.explanation).toBe("Fargate runs containers and manages the compute for you.");
    expect(second!.options.filter((o) => o.correct).map((o) => o.text)).toEqual(["Amazon S3", "Amazon S3 Glacier"]);
    expect(second!.explanation).toBe("https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html");
    expect(third!.stem).toBe("Which tool forecasts your AWS spend?");
    expect(converted.title).toBe("Practice Exam 1");
  });

  it("reads an answer on the same line as <details>, and Select two", () => {
    const fifth = converted.questions[4]!;
    expect(fifth.options.filter((o) => o.correct).map((o) => o.text)).toEqual(["AWS Lambda", "Amazon DynamoDB"]);
    expect(findChoose(fifth.stem)?.count).toBe(2);
  });

  it("skips a question with no answer or an answer that is not an option, and a duplicate", () => {
    const result = importText(read("numbered.md"), { format: "numbered", fileName: "n.md" })!;
    expect(result.questions.map((q) => q.line)).toEqual([5, 17, 50]);
    expect(result.skipped).toEqual([
      { line: 30, message: "no correct answer given" },
      { line: 40, message: "the answer names F, which is not one of its options" },
      { line: 58, message: "duplicate of the question at n.md:5" },
    ]);
    expect(result.detected).toBe(false);
  });
});

describe("numbered stems as exam dumps write them: Q1., Question 2:, Answer: and Explanation: lines", () => {
  const dump = [
    "Q1. Which service provides object storage?",
    "A. Amazon EBS",
    "B. Amazon S3",
    "C. Amazon EFS",
    "Answer: B",
    "Explanation: S3 is object storage;",
    "EBS is block storage.",
    "",
    "Question 2: Which services are serverless? (Choose two.)",
    "(A) AWS Lambda",
    "(B) Amazon EC2",
    "(C) AWS Fargate",
    "**Correct Answer:** A, C",
    "",
    "Q3) Which one is regional?",
    "A) Amazon VPC",
    "B) IAM",
    "",
  ].join("\n");

  it("is detected as the numbered layout", () => {
    expect(detectFormat(dump)?.format).toBe("numbered");
  });

  it("reads stems, options, answer lines and explanations; a question without an answer line is skipped", () => {
    const result = importText(dump, { format: "numbered", fileName: "dump.md" })!;
    expect(result.questions.map((q) => q.stem)).toEqual(["Which service provides object storage?", "Which services are serverless? (Choose two.)"]);
    const [first, second] = result.questions;
    expect(first!.options.map((o) => [o.text, o.correct])).toEqual([["Amazon EBS", false], ["Amazon S3", true], ["Amazon EFS", false]]);
    expect(first!.explanation).toBe("S3 is object storage;\nEBS is block storage.");
    expect(second!.options.filter((o) => o.correct).map((o) => o.text)).toEqual(["AWS Lambda", "AWS Fargate"]);
    expect(result.skipped).toEqual([{ line: 15, message: "no correct answer given" }]);
  });
});

describe("a spreadsheet bank (CSV or TSV with a header row)", () => {
  const csv = [
    "Question,Option A,Option B,Option C,Option D,Answer,Explanation",
    '"Which service stores objects?",Amazon EBS,Amazon S3,Amazon EFS,Amazon FSx,B,"S3 stores objects, EBS blocks."',
    '"Which are serverless?',
    '(Choose two.)",AWS Lambda,Amazon EC2,AWS Fargate,,"A, C",',
    "",
    "Which is a CDN?,Amazon CloudFront,AWS Direct Connect,,,Amazon CloudFront,",
    "Which one is regional?,Amazon VPC,IAM,,,E,",
  ].join("\n");

  it("is detected by its header row, before Anki's plain-text fallback", () => {
    expect(detectFormat(csv, "bank.csv")?.format).toBe("table");
    expect(detectFormat(read("deck.csv"), "deck.csv")?.format).toBe("anki");
  });

  it("reads letters, option text and quoted cells with commas and line breaks; an answer that names no option is skipped at its line", () => {
    const result = importText(csv, { format: "table", fileName: "bank.csv" })!;
    expect(result.questions.map((q) => [q.line, q.stem])).toEqual([
      [2, "Which service stores objects?"],
      [3, "Which are serverless?\n(Choose two.)"],
      [6, "Which is a CDN?"],
    ]);
    const [objects, serverless, cdn] = result.questions;
    expect(objects!.options.map((o) => [o.text, o.correct])).toEqual([["Amazon EBS", false], ["Amazon S3", true], ["Amazon EFS", false], ["Amazon FSx", false]]);
    expect(objects!.explanation).toBe("S3 stores objects, EBS blocks.");
    expect(serverless!.options.filter((o) => o.correct).map((o) => o.text)).toEqual(["AWS Lambda", "AWS Fargate"]);
    expect(cdn!.options.map((o) => o.correct)).toEqual([true, false]);
    expect(result.skipped).toEqual([{ line: 7, message: 'the answer "E" names no option of this question (give letters, option numbers or an option\'s text)' }]);
  });

  it("takes semicolons or tabs between cells, columns in any order and option numbers as the answer", () => {
    const semicolons = ["Correct answer;Stem;Choice 1;Choice 2;Choice 3", "2;Which is object storage?;Amazon EBS;Amazon S3;Amazon EFS"].join("\n");
    expect(importText(semicolons, { format: "auto", fileName: "b.csv" })!.questions[0]!.options.map((o) => o.correct)).toEqual([false, true, false]);
    const tabs = ["question\ta\tb\tc\tkey\trationale", "Which is block storage?\tAmazon EBS\tAmazon S3\tAmazon EFS\tA\tVolumes attach to instances."].join("\n");
    const tsv = importText(tabs, { format: "auto", fileName: "b.tsv" })!;
    expect(tsv.format).toBe("table");
    expect(tsv.questions[0]!.options.map((o) => o.correct)).toEqual([true, false, false]);
    expect(tsv.questions[0]!.explanation).toBe("Volumes attach to instances.");
  });

  it("says what the first row must name when it names no question, options or answer", () => {
    expect(convertTable("Front,Back\nS3,Object storage\n").problems).toEqual([
      { line: 1, message: "the first row must name the columns: a question, two or more options and the answer" },
    ]);
  });
});

describe("GIFT through gift-pegjs", () => {
  const converted = convertGift(read("questions.gift"));

  it("reads multiple choice with feedback, weighted multiple answers and true/false", () => {
    const [mc, weighted, tf] = converted.questions;
    expect(mc!.options.map((o) => [o.text, o.correct])).toEqual([
      ["S3 Standard", false],
      ["S3 Glacier Deep Archive", true],
      ["S3 One Zone-IA", false],
    ]);
    expect(mc!.options[1]!.rationale).toBe("The cheapest class for long-term archives.");
    expect(mc!.explanation).toBe("Deep Archive is built for data read once or twice a year.");
    expect(weighted!.options.map((o) => o.correct)).toEqual([true, true, false]);
    expect(tf!.options).toEqual([
      { text: "True", correct: false },
      { text: "False", correct: true },
    ]);
  });

  it("reports short answers and syntax errors with their line, and keeps going", () => {
    expect(converted.problems).toEqual([
      { line: 19, message: "short-answer question: Stratus takes multiple choice and true/false only" },
      { line: 21, message: expect.stringMatching(/^not valid GIFT: /) },
    ]);
    expect(converted.questions).toHaveLength(4);
  });
});

describe("Anki plain-text exports", () => {
  it("reads tab-separated notes with #html, #guid and metadata columns; a cloze note stays a cloze", () => {
    const converted = convertAnki(read("deck.txt"));
    expect(converted.flashcards.map((c) => [c.line, c.front, c.back, c.key])).toEqual([
      [6, "Lambda max timeout", "15 minutes (900 seconds)", "b^4kE:Qw"],
      [7, "Lambda memory range", "128 MB<br>to 10,240 MB", "H7(pq|x2"],
      [8, "{{c1::SQS}} queues messages and {{c2::SNS}} fans them out", "", "Zx9#L0p"],
      [10, "Lambda max timeout", "duplicate front, other GUID", "Qq12"],
    ]);
    expect(converted.flashcards[2]!.cloze).toBe(true);
    expect(converted.problems).toEqual([{ line: 9, message: "needs a front and a back field, found 1 filled field(s)" }]);
  });

  it("reads comma-separated quoted fields, escapes HTML when #html:false, and skips a duplicate front", () => {
    const result = importText(read("deck.csv"), { format: "auto", fileName: "deck.csv" })!;
    expect(result.flashcards.map((c) => [c.front, c.back])).toEqual([
      ["What does S3 stand for?", "Simple Storage Service"],
      ["Which is &lt;b&gt;bold&lt;/b&gt;?", '"quoted" text, with a comma'],
    ]);
    expect(result.skipped).toEqual([{ line: 5, message: "duplicate of the card at deck.csv:3" }]);
  });
});

describe("ids and output", () => {
  it("keeps a question's id when the bank around it changes, and changes it only when its stem does", () => {
    const before = importText(read("headings.md"), { format: "headings", fileName: "a.md" })!;
    const edited = read("headings.md")
      .replace("### Which service is a managed message queue?", "### Which managed service decouples producers from consumers?\n\n- [x] SQS\n- [ ] EC2\n\n### Which service is a managed message queue?")
      .replace("Which of these are compute services?", "Which of these are COMPUTE services ?");
    const after = importText(edited, { format: "headings", fileName: "a.md" })!;
    const ids = (r: typeof before) => r.questions.map((q) => q.id);
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
    expect(ids(after)).toHaveLength(ids(before).length + 1);
  });

  it("finds duplicates across files of one run", () => {
    const seen = newSeen();
    importText(read("headings.md"), { format: "auto", fileName: "one.md", seen });
    const again = importText(read("headings.md"), { format: "auto", fileName: "two.md", seen })!;
    expect(again.questions).toHaveLength(0);
    expect(again.skipped.filter((s) => s.message.startsWith("duplicate"))).toHaveLength(8);
  });

  it("writes banks that content:check accepts with warnings only, for every format", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-import-"));
    const files = ["headings.md", "numbered.md", "questions.gift", "deck.txt", "deck.csv"];
    for (const [index, file] of files.entries()) {
      const result = importText(read(file), { format: "auto", fileName: file })!;
      fs.writeFileSync(
        path.join(dir, `bank-${index}.questions.md`),
        writeBank({ title: `Bank ${index}`, source: "https://example.com/bank" }, result.questions, result.flashcards),
      );
    }
    const content = loadContent({ contentDir: dir, publicDir: dir });
    expect(content.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(content.topics.map((t) => [t.title, t.hasNote])).toEqual(files.map((_, i) => [`Bank ${i}`, false]));
    expect(content.questions).toHaveLength(7 + 3 + 3);
    expect(content.questions.every((q) => q.imported && !q.source)).toBe(true);
    const multiple = content.questions.find((q) => q.stemText.startsWith("Which services can cache"))!;
    expect(multiple).toMatchObject({ kind: "multiple", choose: 2 });
    // The cloze note makes one card per number.
    expect(content.flashcards.filter((f) => f.id.startsWith("fc-") && /-c\d$/.test(f.id))).toHaveLength(2);
    expect(content.flashcards).toHaveLength(2 + 2 + 1 + 2);
  });
});
