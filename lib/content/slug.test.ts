import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assignSlugs, slugOfFileName } from "./slug";

describe("slugOfFileName", () => {
  it.each([
    ["AWS Lambda.md", "aws-lambda"],
    ["XIV. Lambda@Edge.md", "xiv-lambdaedge"],
    ["中文笔记.md", "中文笔记"],
    ["café.md", "café"],
    ["a+b.md", "ab"],
    ["S3 & CloudFront.md", "s3--cloudfront"],
    ["1,000 notes.md", "1000-notes"],
    ["Chapter 4.10 Databases.md", "chapter-410-databases"],
    ["EC2.md", "ec2"],
  ])("%s → %s", (name, slug) => {
    expect(slugOfFileName(name)).toBe(slug);
  });

  it("gives the same slug to a name written decomposed (macOS) and composed", () => {
    expect(slugOfFileName("cafe\u0301.md")).toBe(slugOfFileName("caf\u00e9.md"));
  });

  it("keeps the slug of every note in content/ (its file name)", () => {
    const names: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name));
        else if (entry.name.endsWith(".md") && !entry.name.endsWith(".questions.md") && entry.name !== "README.md") names.push(entry.name);
      }
    };
    walk(path.join(__dirname, "..", "..", "content"));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(slugOfFileName(name)).toBe(name.slice(0, -3));
  });
});

describe("assignSlugs", () => {
  it("keeps every slug that no other note wants", () => {
    const { slugs, collisions } = assignSlugs(["Compute/AWS Lambda.md", "中文笔记.md"]);
    expect(Object.fromEntries(slugs)).toEqual({ "Compute/AWS Lambda.md": "aws-lambda", "中文笔记.md": "中文笔记" });
    expect(collisions).toEqual([]);
  });

  it("prefixes the folder when the same file name sits in two folders, and reports it", () => {
    const { slugs, collisions } = assignSlugs(["networking/ec2.md", "compute/ec2.md", "lambda.md"]);
    expect(slugs.get("compute/ec2.md")).toBe("compute-ec2");
    expect(slugs.get("networking/ec2.md")).toBe("networking-ec2");
    expect(slugs.get("lambda.md")).toBe("lambda");
    expect(collisions).toEqual([
      { slug: "ec2", notes: [{ path: "compute/ec2.md", slug: "compute-ec2" }, { path: "networking/ec2.md", slug: "networking-ec2" }] },
    ]);
  });

  it("numbers case-only twins in one folder in path order", () => {
    const { slugs, collisions } = assignSlugs(["notes/ec2.md", "notes/EC2.md"]);
    expect(slugs.get("notes/EC2.md")).toBe("notes-ec2");
    expect(slugs.get("notes/ec2.md")).toBe("notes-ec2-2");
    expect(collisions).toHaveLength(1);
  });

  it("lets a note at the top keep the plain slug, and never hands out a slug twice", () => {
    const { slugs } = assignSlugs(["EC2.md", "ec2.md", "compute/ec2.md", "compute-ec2.md"]);
    expect(slugs.get("EC2.md")).toBe("ec2");
    expect(slugs.get("ec2.md")).toBe("ec2-2");
    expect(slugs.get("compute-ec2.md")).toBe("compute-ec2");
    expect(slugs.get("compute/ec2.md")).toBe("compute-ec2-2");
    expect(new Set(slugs.values()).size).toBe(4);
  });

  it("is deterministic whatever order the files are listed in", () => {
    const files = ["b/x.md", "a/X.md", "a/x.md", "x.md"];
    expect(assignSlugs(files).slugs).toEqual(assignSlugs([...files].reverse()).slugs);
  });
});
