// Notes as people write them: the e2e fixture vault (e2e/fixtures/notes), and small vaults made here.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { png } from "../../scripts/bench/png";
import { compareInGroup, formatIssue, loadContent } from "./load";

const fixtureDir = path.join(__dirname, "..", "..", "e2e", "fixtures", "notes");
const fixture = loadContent({ contentDir: fixtureDir, publicDir: fixtureDir, displayRoot: "notes" });
const topic = (slug: string) => {
  const found = fixture.topics.find((t) => t.slug === slug);
  if (!found) throw new Error(`no topic ${slug} in ${fixture.topics.map((t) => t.slug).join(", ")}`);
  return found;
};

describe("the fixture vault", () => {
  it("gives every note a page, whatever its file name", () => {
    expect(fixture.topics.map((t) => [t.slug, t.title]).sort()).toEqual(
      [
        ["ab", "A + B pricing"],
        ["aws-lambda", "AWS Lambda"],
        ["café", "Café"],
        ["chapter-410-databases", "Chapter 4.10 Databases"],
        ["chapter-42-storage", "Chapter 4.2 Storage"],
        ["ec2-basics", "EC2 Basics"],
        ["exam-prep", "Exam Prep"],
        ["iam", "IAM"],
        ["s3--cloudfront", "S3 & CloudFront"],
        ["spot-instances", "Spot Instances"],
        ["vpc", "VPC"],
        ["xiv-lambdaedge", "XIV. Lambda@Edge"],
        ["中文笔记", "中文笔记"],
      ].sort(),
    );
    expect(fixture.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("builds notes whose front matter is only Obsidian's (tags, aliases, created, cssclasses, publish)", () => {
    // Its only warnings are the links the vault can't resolve: a note it doesn't have, headings that aren't there.
    expect(fixture.issues.filter((i) => i.file === "notes/Compute/AWS Lambda.md").map((i) => `${i.line}: ${i.message}`)).toEqual([
      "43: unresolved wikilink [[Step Functions]]: no note has that title, file name or alias",
      '45: wikilink [[XIV. Lambda@Edge#Origin shield|origin shield on the edge]]: "XIV. Lambda@Edge" has no heading "Origin shield", so it links to the top of that note',
      '46: link "Pricing" (#pricing): this note has no heading with the id "pricing", so it is shown as text',
    ]);
  });

  it("resolves wikilinks by file name, alias and heading", () => {
    const html = topic("xiv-lambdaedge").html;
    expect(html).toContain('<a href="/topics/aws-lambda/">the Lambda note</a>');
    expect(html).toContain('<a href="/topics/caf%C3%A9/">Café</a>');
    expect(topic("aws-lambda").html).toContain('<a href="/topics/xiv-lambdaedge/#viewer-vs-origin">viewer vs origin triggers</a>');
    expect(topic("中文笔记").html).toContain('<a href="/topics/caf%C3%A9/">咖啡笔记</a>');
  });

  it("turns relative .md links with encoded spaces and & into topic links", () => {
    expect(topic("ec2-basics").html).toContain('<a href="/topics/s3--cloudfront/">S3 and CloudFront</a>');
    expect(topic("s3--cloudfront").html).toContain('<a href="/topics/ec2-basics/#instance-families">EC2 Basics</a>');
  });

  it("finds pasted-image embeds in the attachment folder, with their size, lazily loaded", () => {
    expect(topic("aws-lambda").html).toMatch(
      /<img src="\/media\/[0-9a-f]{16}\.png" alt="Pasted image 20240312101500" loading="lazy" decoding="async" width="320" height="180">/,
    );
  });

  it("reads an embed's |300 as its width and keeps the proportions", () => {
    expect(topic("xiv-lambdaedge").html).toMatch(/<img src="\/media\/[0-9a-f]{16}\.png" alt="Pasted image 20240312101733"[^>]* width="300" height="150">/);
    expect(topic("café").html).toMatch(/width="150" height="90"/);
  });

  it("finds ./images and ../images beside the note", () => {
    expect(topic("ec2-basics").html).toMatch(/<img src="\/media\/[0-9a-f]{16}\.png" alt="EC2 instance lifecycle"[^>]* width="400" height="200">/);
    expect(topic("s3--cloudfront").html).toMatch(/<img src="\/media\/[0-9a-f]{16}\.png" alt="S3 behind CloudFront"[^>]* width="240" height="160">/);
  });

  it("copies each image once, under a name made from its bytes", () => {
    expect(fixture.media).toHaveLength(7); // six images and a PDF a note links to
    for (const media of fixture.media) expect(media.name).toMatch(/^[0-9a-f]{16}\.(png|pdf)$/);
    const latte = fixture.media.find((m) => m.source.endsWith("latte art.png"))!;
    expect(topic("café").html).toContain(`/media/${latte.name}`);
    expect(topic("中文笔记").html).toContain(`/media/${latte.name}`);
  });

  it("puts Chapter 4.2 before Chapter 4.10", () => {
    const slugs = fixture.topics.map((t) => t.slug);
    expect(slugs.indexOf("chapter-42-storage")).toBeLessThan(slugs.indexOf("chapter-410-databases"));
  });
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const PNG_1x1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC", "base64");

function vault(files: Record<string, string | Buffer>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-vault-"));
  dirs.push(dir);
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), body);
  }
  return loadContent({ contentDir: dir, publicDir: path.join(dir, "public"), displayRoot: "vault" });
}

describe("front matter as vaults write it", () => {
  it("takes a title YAML reads as a date or a number as written, and says where a title without front matter came from", () => {
    const content = vault({
      "a.md": "---\ntitle: 2024-01-01\ntags: [journal]\n---\n\nA daily note.\n",
      "b.md": "---\ntitle: 1984\n---\n\nA book note.\n",
      "c.md": "# Heading title\n\nText.\n",
      "d.md": "Just text, no heading.\n",
    });
    expect(content.topics.map((t) => t.title).sort()).toEqual(["1984", "2024-01-01", "D", "Heading title"]);
    expect(content.issues.map(formatIssue)).toEqual([
      "vault/c.md:1: warning: note has no front matter; title taken from its first heading",
      "vault/d.md:1: warning: note has no front matter; title taken from its file name",
    ]);
  });
});

describe("path wikilinks", () => {
  it("resolve [[Folder/Note]] from the vault's root (also when the vault sits in a folder of content/), and [[../Folder/Note]] from the note", () => {
    const content = vault({
      "My Vault/Compute/Overview.md": "# Overview\n\nSee [[Storage/Overview]], [[My Vault/Storage/Overview.md|storage]] and [[../Storage/Overview#Classes|classes]].\n",
      "My Vault/Storage/Overview.md": "# Overview\n\n## Classes\n\nBack to [[Compute/Overview|compute]]; [[Nowhere/Overview]] is not a note.\n",
    });
    expect(content.topics.map((t) => t.slug).sort()).toEqual(["my-vault-compute-overview", "my-vault-storage-overview"]);
    const html = (slug: string) => content.topics.find((t) => t.slug === slug)!.html;
    expect(html("my-vault-compute-overview")).toContain('See <a href="/topics/my-vault-storage-overview/">Overview</a>, <a href="/topics/my-vault-storage-overview/">storage</a> and <a href="/topics/my-vault-storage-overview/#classes">classes</a>.');
    expect(html("my-vault-storage-overview")).toContain('Back to <a href="/topics/my-vault-compute-overview/">compute</a>');
    expect(content.issues.filter((i) => i.message.includes("wikilink")).map(formatIssue)).toEqual([
      "vault/My Vault/Storage/Overview.md:5: warning: unresolved wikilink [[Nowhere/Overview]]: no note has that title, file name or alias",
    ]);
  });
});

describe("template folders", () => {
  it("leave out the notes of a vault's template folder (core Templates or Templater), with one warning that names the setting", () => {
    const content = vault({
      ".obsidian/templates.json": JSON.stringify({ folder: "_templates" }),
      "_templates/Daily.md": "# <% tp.file.title %>\n\n{{date}}\n",
      "_templates/Meeting.md": "# {{title}}\n",
      "Work/.obsidian/plugins/templater-obsidian/data.json": JSON.stringify({ templates_folder: "/Templater/" }),
      "Work/Templater/Note.md": "<% tp.date.now() %>\n",
      "Work/EC2.md": "# EC2\n\nVirtual machines.\n",
      "Templates in prose.md": "# Templates in prose\n\nA note about templates is a note.\n",
    });
    expect(content.topics.map((t) => t.title).sort()).toEqual(["EC2", "Templates in prose"]);
    expect(content.issues.filter((i) => i.message.includes("template")).map(formatIssue)).toEqual([
      'vault/.obsidian/templates.json:1: warning: template folder "_templates" left out (2 notes): Obsidian templates are not notes',
      'vault/Work/.obsidian/plugins/templater-obsidian/data.json:1: warning: template folder "Work/Templater" left out (1 note): Obsidian templates are not notes',
    ]);
  });
});

describe("images", () => {
  it("keeps the placeholder for a missing image and warns at its line", () => {
    const content = vault({ "n.md": "# N\n\nText.\n\n![diagram](./img/none.png)\n\n![[Pasted image 1.png]]\n" });
    expect(content.topics[0]!.html).toContain('<span class="missing-media" role="note">Image not available: diagram</span>');
    expect(content.topics[0]!.html).toContain("Image not available: Pasted image 1");
    expect(content.issues.filter((i) => i.message.startsWith("image")).map(formatIssue)).toEqual([
      'vault/n.md:5: warning: image "./img/none.png" not found (looked beside the note, in the attachment folder and by file name)',
      'vault/n.md:7: warning: image "Pasted image 1.png" not found (looked beside the note, in the attachment folder and by file name)',
    ]);
  });

  it("keeps the URL of a remote https image", () => {
    const content = vault({ "n.md": "![arch](https://example.com/a.png)\n" });
    expect(content.topics[0]!.html).toContain('<img src="https://example.com/a.png" alt="arch" loading="lazy" decoding="async">');
  });

  it("finds an image by its file name anywhere, but not when two files share the name", () => {
    const found = vault({ "a/n.md": "![[x.png]]\n", "b/deep/x.png": PNG_1x1 });
    expect(found.topics[0]!.html).toMatch(/src="\/media\/[0-9a-f]{16}\.png"[^>]* width="1" height="1"/);
    const ambiguous = vault({ "a/n.md": "![[x.png]]\n", "b/x.png": PNG_1x1, "c/x.png": PNG_1x1 });
    expect(ambiguous.topics[0]!.html).toContain("Image not available");
  });

  it("looks in the vault's attachment folder, even when another file elsewhere has the name", () => {
    const content = vault({
      ".obsidian/app.json": JSON.stringify({ attachmentFolderPath: "Files" }),
      "n.md": "![[p.png|alt text]]\n",
      "Files/p.png": PNG_1x1,
      "Other/p.png": Buffer.concat([PNG_1x1, Buffer.from([0])]),
    });
    const [media] = content.media;
    expect(media!.source).toBe(path.join(path.dirname(media!.source), "p.png"));
    expect(media!.source).toContain(`${path.sep}Files${path.sep}`);
    expect(content.topics[0]!.html).toContain('alt="alt text"');
  });
});

describe("front matter of vault notes", () => {
  it("checks a Stratus note strictly, while allowing Obsidian's keys beside its fields", () => {
    const head = "title: T\norder: 1\nsummary: S.\nupdated: 2026-01-01";
    const ok = vault({ "t.md": `---\n${head}\ntags: [x]\naliases: [Tee]\n---\n# T\n` });
    expect(ok.issues).toEqual([]);
    const typo = vault({ "t.md": `---\n${head}\nsumary: oops\n---\n# T\n` });
    expect(typo.issues.map(formatIssue)).toEqual(['vault/t.md:6: unknown front-matter field "sumary"']);
  });

  it("takes a vault note's title from front matter or file name, and its aliases for wikilinks", () => {
    const content = vault({
      "Big Note.md": "---\naliases: BN, big\ncreated: 2024-01-01\n---\nBody\n",
      "Other.md": "---\ntitle: Other one\ntags: x\n---\nSee [[BN]] and [[big|the big one]].\n",
    });
    expect(content.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(content.topics.map((t) => t.title).sort()).toEqual(["Big Note", "Other one"]);
    const other = content.topics.find((t) => t.title === "Other one")!;
    expect(other.html).toContain('<a href="/topics/big-note/">Big Note</a>');
    expect(other.html).toContain('<a href="/topics/big-note/">the big one</a>');
  });

  it("warns about two notes that want one slug, naming both, and builds both", () => {
    const content = vault({ "a/EC2.md": "# Upper\n", "b/ec2.md": "# Lower\n" });
    expect(content.topics.map((t) => t.slug).sort()).toEqual(["a-ec2", "b-ec2"]);
    expect(content.issues.filter((i) => i.message.startsWith("slug")).map(formatIssue)).toEqual([
      'vault/a/EC2.md:1: warning: slug "ec2" is also wanted by vault/b/ec2.md: this note\'s page is /topics/a-ec2/',
      'vault/b/ec2.md:1: warning: slug "ec2" is also wanted by vault/a/EC2.md: this note\'s page is /topics/b-ec2/',
    ]);
  });
});

describe("compareInGroup", () => {
  it("orders titles naturally, and front-matter order first", () => {
    const notes = [
      { order: 999, title: "Chapter 4.10" },
      { order: 999, title: "Chapter 4.2" },
      { order: 999, title: "chapter 10" },
      { order: 1, title: "Zebra" },
    ];
    expect([...notes].sort(compareInGroup).map((n) => n.title)).toEqual(["Zebra", "Chapter 4.2", "Chapter 4.10", "chapter 10"]);
  });
});

describe("links to notes that are not there", () => {
  it("keep their words without a link, with a warning at their line", () => {
    const content = vault({ "n.md": "# N\n\nIntro.\n\nSee [the old note](../Archive/Old%20note.md#x) here.\n" });
    expect(content.topics[0]!.html).toContain("<p>See the old note here.</p>");
    expect(content.issues.filter((i) => i.message.startsWith("link")).map(formatIssue)).toEqual([
      'vault/n.md:5: warning: link to "../Archive/Old%20note.md#x": no note named "Old note"',
    ]);
  });
});

describe("files in a vault that are not notes", () => {
  it("leaves out Excalidraw drawings with a warning that names each, instead of a page of compressed JSON", () => {
    const content = vault({
      "Drawings/Mind map.excalidraw.md": "---\nexcalidraw-plugin: parsed\ntags: [excalidraw]\n---\n# Text Elements\nMap ^abc\n## Embedded files\n12ab: [[Pasted image 1.png]]\n",
      "Note.md": "# Note\nText.\n",
    });
    expect(content.topics.map((t) => t.title)).toEqual(["Note"]);
    expect(content.issues.map(formatIssue)).toEqual([
      "vault/Drawings/Mind map.excalidraw.md:1: warning: Excalidraw drawing left out: Stratus shows notes, not drawings (export it as an image to show it)",
      "vault/Note.md:1: warning: note has no front matter; title taken from its first heading",
    ]);
  });
});

describe("what GitHub notes point at", () => {
  it("finds the nearest of several same-named images: the one in the note's own chapter", () => {
    const content = vault({
      "I. Basics/Note.md": "![alt text](image-23.png)\n",
      "I. Basics/Images/image-23.png": PNG_1x1,
      "II. More/Images/image-23.png": Buffer.concat([PNG_1x1, Buffer.from([0])]),
    });
    expect(content.topics[0]!.html).toMatch(/src="\/media\/[0-9a-f]{16}\.png"/);
    expect(content.media.map((m) => path.relative(path.dirname(path.dirname(m.source)), m.source))).toEqual([path.join("Images", "image-23.png")]);
  });

  it("resolves raw HTML images like Markdown ones (sizes written win), and links to a local image or PDF", () => {
    const content = vault({
      "sections/n.md": '# N\n\n<img src="../images/flow.png" height="300" width="300">\n\n[the flow](../images/flow.png) and [sample exam](../images/exam.pdf)\n',
      "images/flow.png": PNG_1x1,
      "images/exam.pdf": "%PDF-1.4\n",
    });
    const { html } = content.topics[0]!;
    expect(html).toMatch(/<img src="\/media\/[0-9a-f]{16}\.png" height="300" width="300" alt="flow" loading="lazy" decoding="async">/);
    expect(html).toMatch(/<a href="\/media\/[0-9a-f]{16}\.png">the flow<\/a>/);
    expect(html).toMatch(/<a href="\/media\/[0-9a-f]{16}\.pdf">sample exam<\/a>/);
    expect(content.issues.filter((i) => i.severity === "warning" && !i.message.includes("front matter"))).toEqual([]);
  });

  it("gives a raw HTML image with no alt its file name, keeps alt=\"\", and sizes it in proportion from one written size", () => {
    const content = vault({
      "n.md": [
        "# N",
        "",
        '<img src="./Images/Screen Shot 2023-01-01 at 10.00.00 (1).png" width="100">',
        "",
        '<img src="./Images/Screen Shot 2023-01-01 at 10.00.00 (1).png" alt="" height="25">',
        "",
        '<img src="./Images/Screen Shot 2023-01-01 at 10.00.00 (1).png" width="50%">',
        "",
      ].join("\n"),
      "Images/Screen Shot 2023-01-01 at 10.00.00 (1).png": png(400, 200, 1),
    });
    const images = content.topics[0]!.html.match(/<img [^>]*>/g)!;
    expect(images[0]).toMatch(/ width="100" alt="Screen Shot 2023-01-01 at 10.00.00 \(1\)" [^>]*height="50"/);
    expect(images[1]).toMatch(/ alt="" height="25" [^>]*width="50"/);
    // A size that is not in pixels says nothing about the other one: the browser scales it.
    expect(images[2]).toContain('width="50%"');
    expect(images[2]).not.toContain("height=");
  });

  it("sends a link to the note's own title to the page heading; a stale anchor or another site's page keeps its text, with a warning", () => {
    const content = vault({
      "vpc.md": "# VPC\n\n- [VPC](#vpc)\n  - [Subnets](#subnets)\n  - [Old name](#peering-–-old)\n\n## Subnets\n\nSee [contact us](/contact-us/) or [the exam](/exam/).\n\n<img src=\"gone.png\">\n",
    });
    const { html } = content.topics[0]!;
    expect(html).toContain('<a href="#topic-title">VPC</a>');
    expect(html).toContain('<a href="#subnets">Subnets</a>');
    expect(html).toContain('<span class="wikilink-unresolved" title="No heading “Old name” in this note">Old name</span>');
    expect(html).toContain("See contact us or ");
    expect(html).toContain('<a href="/exam/">the exam</a>');
    expect(html).toContain('<span class="missing-media" role="note">Image not available: gone.png</span>');
    expect(content.issues.filter((i) => !i.message.includes("front matter")).map(formatIssue)).toEqual([
      'vault/vpc.md:5: warning: link "Old name" (#peering-%E2%80%93-old): this note has no heading with the id "peering-–-old", so it is shown as text',
      'vault/vpc.md:9: warning: link to "/contact-us/": not a note, image or file of this site; shown as text',
      'vault/vpc.md:11: warning: image "gone.png" not found (looked beside the note, in the attachment folder and by file name)',
    ]);
  });
});

describe("README.md files", () => {
  it("a folder's README is that folder's note, found by its path or its folder's name; the content folder's own is left out", () => {
    const content = vault({
      "README.md": "# My AWS notes\n\nHow this repo is organised.\n",
      "index.md": "# Index\n\n- [VPC](sections/vpc/README.md)\n- [IAM policies](./sections/IAM/README.md#policies)\n- [[VPC]]\n",
      "sections/vpc/README.md": "# Amazon VPC\n\nSubnets and routes. Back to [the index](../../index.md), on to [IAM](../IAM/README.md).\n\nAbout [this repo](../../README.md).\n",
      "sections/IAM/README.md": "Users, roles and policies.\n\n## Policies\n\nJSON documents.\n",
      "sections/IAM/README.questions.md": "## Flashcards\n\nSource: [Policies](#policies)\n\nWhat attaches to a role?::A policy <!--id:iam-fc-role-->\n",
    });
    expect(content.topics.map((t) => [t.slug, t.title, t.file])).toEqual([
      ["index", "Index", "vault/index.md"],
      ["vpc", "Amazon VPC", "vault/sections/vpc/README.md"],
      ["iam", "IAM", "vault/sections/IAM/README.md"],
    ]);
    const html = (slug: string) => content.topics.find((t) => t.slug === slug)!.html;
    expect(html("index")).toContain('<a href="/topics/vpc/">VPC</a>');
    expect(html("index")).toContain('<a href="/topics/iam/#policies">IAM policies</a>');
    expect(html("index")).toContain('<a href="/topics/vpc/">Amazon VPC</a>');
    expect(html("vpc")).toContain('<a href="/topics/index/">the index</a>');
    expect(html("vpc")).toContain('<a href="/topics/iam/">IAM</a>');
    expect(content.flashcards.map((f) => f.topic)).toEqual(["iam"]);
    // The top README is not a note: a link to it keeps its words.
    expect(html("vpc")).toContain("About this repo.");
    expect(content.issues.filter((i) => !i.message.includes("front matter")).map(formatIssue)).toEqual([
      'vault/sections/vpc/README.md:5: warning: link to "../../README.md": no note named "README"',
    ]);
  });
});

describe("links to headings that are not there", () => {
  const notes = {
    "Compute/Lambda.md": [
      "# Lambda", // line 1
      "",
      "Intro.",
      "",
      "## Limits",
      "",
      "See [[EC2#Spot]] and [[EC2#Pricing model|what it costs]].", // line 7
      "Also [[#Limits]], [[#Quotas]] and [the quotas](#quotas).", // line 8
      "And [EC2 spot](EC2.md#spot), [EC2 pricing](./EC2.md#pricing), [[Zed#Later]] and [[Zed#Nowhere]].", // line 9
    ].join("\n"),
    "Compute/EC2.md": "# EC2\n\nIntro.\n\n## Spot\n\nText.\n",
    "Compute/Zed.md": "# Zed\n\nIntro.\n\n## Later\n\nText.\n",
  };
  const content = vault(notes);
  const lambda = content.topics.find((t) => t.slug === "lambda")!;
  const warnings = content.issues.filter((i) => i.file === "vault/Compute/Lambda.md").map(formatIssue);

  it("link to the note itself when another note lacks the heading, with a warning at the line", () => {
    expect(lambda.html).toContain('<a href="/topics/ec2/#spot">EC2 › Spot</a>');
    expect(lambda.html).toContain('<a href="/topics/ec2/">what it costs</a>');
    expect(lambda.html).toContain('<a href="/topics/ec2/#spot">EC2 spot</a>');
    expect(lambda.html).toContain('<a href="/topics/ec2/">EC2 pricing</a>');
    expect(warnings).toContain('vault/Compute/Lambda.md:7: warning: wikilink [[EC2#Pricing model|what it costs]]: "EC2" has no heading "Pricing model", so it links to the top of that note');
    expect(warnings).toContain('vault/Compute/Lambda.md:9: warning: link to "./EC2.md#pricing": "EC2" has no heading with the id "pricing", so it links to the top of that note');
  });

  it("are checked the same for a note rendered later (in path order) than the one linking to it", () => {
    expect(lambda.html).toContain('<a href="/topics/zed/#later">Zed › Later</a>');
    expect(lambda.html).toContain('<a href="/topics/zed/">Zed › Nowhere</a>');
    expect(warnings).toContain('vault/Compute/Lambda.md:9: warning: wikilink [[Zed#Nowhere]]: "Zed" has no heading "Nowhere", so it links to the top of that note');
  });

  it("stay visible as unresolved text within the note, with a warning at the line", () => {
    expect(lambda.html).toContain('<a href="#limits">Limits</a>');
    expect(lambda.html).toContain('<span class="wikilink-unresolved" title="No heading “Quotas” in this note">Quotas</span>');
    expect(lambda.html).toContain('<span class="wikilink-unresolved" title="No heading “the quotas” in this note">the quotas</span>');
    expect(warnings).toContain('vault/Compute/Lambda.md:8: warning: link "Quotas" (#quotas): this note has no heading with the id "quotas", so it is shown as text');
    expect(warnings).toContain('vault/Compute/Lambda.md:8: warning: link "the quotas" (#quotas): this note has no heading with the id "quotas", so it is shown as text');
  });

  it("warn once each, and only for what is missing", () => {
    expect(warnings.filter((w) => !w.includes("no front matter"))).toHaveLength(5);
    expect(content.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("a Notion export", () => {
  it("names pages, folders and URLs without the page ids Notion appends, and keeps its links and images working", () => {
    const root = "AWS SAA Notes 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d";
    const ec2 = "EC2 0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    const content = vault({
      [`${root}.md`]: `# AWS SAA Notes\n\nCreated: March 3, 2025 9:14 PM\n\n[EC2](AWS%20SAA%20Notes%201a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d/EC2%200f1e2d3c4b5a69788796a5b4c3d2e1f0.md)\n`,
      [`${root}/${ec2}.md`]: "# EC2\n\n## Purchasing options\n\n![Untitled](EC2%200f1e2d3c4b5a69788796a5b4c3d2e1f0/Untitled.png)\n\nSee [Lambda](Lambda%209a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d.md) and [[EC2#Purchasing options]].\n",
      [`${root}/${ec2}/Untitled.png`]: PNG_1x1,
      [`${root}/Lambda 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d.md`]: "Timeouts and memory.\n",
      // Not a Notion id: too short, or not at the end of the name.
      "Notes 2024 abc123.md": "# Kept\n",
    });
    expect(content.topics.map((t) => [t.slug, t.title, t.domain]).sort()).toEqual([
      ["aws-saa-notes", "AWS SAA Notes", "notes"],
      ["ec2", "EC2", "aws-saa-notes"],
      ["lambda", "Lambda", "aws-saa-notes"],
      ["notes-2024-abc123", "Kept", "notes"],
    ]);
    expect(content.subject.domains.find((d) => d.id === "aws-saa-notes")?.title).toBe("AWS SAA Notes");
    const html = (slug: string) => content.topics.find((t) => t.slug === slug)!.html;
    expect(html("aws-saa-notes")).toContain('<a href="/topics/ec2/">EC2</a>');
    expect(html("ec2")).toContain('See <a href="/topics/lambda/">Lambda</a> and <a href="/topics/ec2/#purchasing-options">');
    expect(html("ec2")).toMatch(/<img src="\/media\/[^"]+" alt="Untitled"/);
    expect(content.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("shows a page's properties as a list, not as its summary, and keeps every line's number", () => {
    const content = vault({
      "Spot 7d793037a0760186574b0282f2f435e7.md": "# Spot\n\nCreated: January 14, 2026 8:05 PM\nStatus: <Done>\n\nSpot capacity can be reclaimed.\n\n[[Missing note]]\n",
      // Not a Notion page: its lines stay prose.
      "Spot notes.md": "# Spot notes\n\nNote: this is prose.\n",
    });
    const spot = content.topics.find((t) => t.slug === "spot")!;
    expect(spot.summary).toBe("Spot capacity can be reclaimed.");
    expect(spot.html).toContain("<dl><div><dt>Created</dt><dd>January 14, 2026 8:05 PM</dd></div>\n<div><dt>Status</dt><dd>&#x3C;Done></dd></div></dl>");
    expect(content.issues.map(formatIssue)).toContainEqual(expect.stringMatching(/^vault\/Spot 7d79[0-9a-f]+\.md:8: warning: unresolved wikilink \[\[Missing note\]\]/));
    expect(content.topics.find((t) => t.slug === "spot-notes")!.summary).toBe("Note: this is prose.");
  });
});
