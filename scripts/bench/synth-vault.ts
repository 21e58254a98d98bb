// A synthetic Obsidian vault: notes named the way people name them, in folders, with Obsidian front
// matter, callouts, wikilinks, pasted-image embeds from an attachment folder, code in several
// languages and tables. The scale benchmark builds the site from 1,000 of them.
import fs from "node:fs";
import path from "node:path";
import { mulberry32 } from "../../lib/exam/random";
import { png } from "./png";

const FOLDERS = ["01 Compute", "02 Storage", "03 Networking", "04 Databases", "05 Security", "06 Serverless", "07 Containers", "08 Monitoring"];
const WORDS = (
  "instance volume bucket queue topic stream function role policy subnet gateway endpoint cache replica " +
  "snapshot cluster task service table index shard partition capacity throughput latency region zone quota"
).split(" ");
const LANGUAGES: [string, string][] = [
  ["bash", 'aws s3 cp ./build s3://my-bucket/ --recursive\naws cloudfront create-invalidation --distribution-id E123 --paths "/*"'],
  ["python", 'import boto3\n\ns3 = boto3.client("s3")\nfor page in s3.get_paginator("list_objects_v2").paginate(Bucket="b"):\n    print(len(page.get("Contents", [])))'],
  ["json", '{\n  "Effect": "Allow",\n  "Action": ["s3:GetObject"],\n  "Resource": "arn:aws:s3:::b/*"\n}'],
  ["yaml", "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 60"],
  ["typescript", 'export const handler = async (event: { id: string }) => {\n  return { statusCode: 200, body: JSON.stringify({ id: event.id }) };\n};'],
];

export interface VaultOptions {
  notes: number;
  /** Distinct pasted images in the attachment folder (notes share them, as screenshots get reused). */
  images?: number;
  seed?: number;
}

export const vaultNoteName = (i: number) => `Chapter ${Math.floor(i / 10) + 1}.${(i % 10) + 1} ${WORDS[i % WORDS.length]!} & ${WORDS[(i * 7) % WORDS.length]!}`;

export function synthesizeVault(dir: string, options: VaultOptions): void {
  const images = options.images ?? Math.max(1, Math.floor(options.notes / 5));
  const next = mulberry32(options.seed ?? 1);
  const word = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const sentence = (n = 10 + Math.floor(next() * 8)) => {
    const text = Array.from({ length: n }, word).join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence()).join(" ");

  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, ".obsidian"), { recursive: true });
  fs.writeFileSync(path.join(dir, ".obsidian", "app.json"), JSON.stringify({ attachmentFolderPath: "Attachments" }));
  fs.mkdirSync(path.join(dir, "Attachments"));
  for (let i = 0; i < images; i++) fs.writeFileSync(path.join(dir, "Attachments", `Pasted image 2024${String(i).padStart(10, "0")}.png`), png(96 + (i % 5) * 16, 64, i));

  for (let i = 0; i < options.notes; i++) {
    const folder = path.join(dir, FOLDERS[i % FOLDERS.length]!);
    fs.mkdirSync(folder, { recursive: true });
    const [language, code] = LANGUAGES[i % LANGUAGES.length]!;
    const [language2, code2] = LANGUAGES[(i + 2) % LANGUAGES.length]!;
    const image = `Pasted image 2024${String(i % images).padStart(10, "0")}.png`;
    const sections = Array.from({ length: 5 }, (_, s) =>
      [
        `## ${sentence(3).slice(0, -1)} ${s + 1}`,
        paragraph(4),
        `- ${sentence()}\n- ${sentence()} ==${word()} ${word()}==\n- [[${vaultNoteName((i + s + 1) % options.notes)}]]`,
        s === 1 ? `> [!note] ${word()}\n> ${sentence()}` : "",
        s === 2 ? `\`\`\`${language}\n${code}\n\`\`\`` : "",
        s === 3 ? `![[${image}|${200 + (i % 3) * 50}]]` : "",
        s === 4 ? `\`\`\`${language2}\n${code2}\n\`\`\`\n\n| Setting | Default | Max |\n|---|---|---|\n| ${word()} | ${s} | ${s * 100} |` : "",
        `#### ${word()} details\n${paragraph(3)}`,
      ]
        .filter(Boolean)
        .join("\n\n"),
    );
    const note = [
      "---",
      `tags: [aws/${word()}, saa]`,
      `aliases: [${word()}-${i}]`,
      "created: 2024-03-12",
      "---",
      paragraph(2),
      "",
      sections.join("\n\n"),
      "",
    ].join("\n");
    fs.writeFileSync(path.join(folder, `${vaultNoteName(i)}.md`), note);
  }
}
