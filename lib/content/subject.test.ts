import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, loadContent } from "./load";
import { buildCatalog } from "./catalog";
import { defaultSubject, loadSubject, parseSubject, readableName, resolveDomain, withImplicitDomains } from "./subject";
import type { Subject } from "./types";

const FILE = "content/stratus.yml";
const messages = (yaml: string) => parseSubject(yaml, FILE).issues.map(formatIssue);

const CONFIG = `title: AWS Solutions Architect
tagline: Notes for SAA-C03.
defaultDomain: resilient
domains:
  - id: secure
    title: Design secure architectures
    blurb: IAM, encryption, network security.
    order: 2
  - id: resilient
    title: Design resilient architectures
    order: 1
  - id: cost
    title: Design cost-optimized architectures
profiles:
  - id: saa-c03
    name: SAA-C03 mock
    questions: 65
    minutes: 130
    passMark: 72
    unscored: 15
    weights: { secure: 30, resilient: 26, cost: 20 }
`;

describe("parseSubject", () => {
  it("reads the subject, sorts domains by order (unordered ones after, as written) and keeps profiles", () => {
    const { subject, issues } = parseSubject(CONFIG, FILE);
    expect(issues).toEqual([]);
    expect(subject.title).toBe("AWS Solutions Architect");
    expect(subject.domains.map((d) => d.id)).toEqual(["resilient", "secure", "cost"]);
    expect(subject.domains[1]).toEqual({ id: "secure", title: "Design secure architectures", blurb: "IAM, encryption, network security.", configured: true });
    expect(subject.profiles).toEqual([
      { id: "saa-c03", name: "SAA-C03 mock", questions: 65, minutes: 130, passMark: 72, unscored: 15, weights: { secure: 30, resilient: 26, cost: 20 } },
    ]);
    expect(subject.defaultDomain).toBe("resilient");
  });

  it("fills in defaults: title, tagline, the two default profiles, no domains", () => {
    const { subject, issues } = parseSubject("# nothing configured\n", FILE);
    expect(issues).toEqual([]);
    expect(subject).toEqual(defaultSubject());
    expect(subject.title).toBe("Study notes");
    expect(subject.profiles.map((p) => [p.id, p.questions, p.minutes, p.passMark])).toEqual([
      ["full", 65, 130, 72],
      ["quick", 10, 20, 72],
    ]);
  });

  it("is the defaults when the content folder has no stratus.yml", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-subject-"));
    expect(loadSubject(dir)).toMatchObject({ subject: defaultSubject(), issues: [] });
  });

  it("names the line of a bad value, an unknown field and a missing one", () => {
    const yaml = `title: Exam
domains:
  - id: Secure Stuff
    title: Secure
profiles:
  - id: mock
    name: Mock
    questions: 65
    minutes: 130
    passMark: 172
    weigths: { secure: 1 }
  - id: short
    name: Short
    minutes: 20
    passMark: 70
`;
    expect(messages(yaml)).toEqual([
      `${FILE}:3: domains.0.id: must be lower-case letters, digits and hyphens (e.g. secure-architectures)`,
      `${FILE}:10: profiles.0.passMark: Too big: expected number to be <=100`,
      `${FILE}:11: unknown field "profiles.0.weigths"`,
      `${FILE}:12: profiles.1.questions: Invalid input: expected number, received undefined`,
    ]);
  });

  it("reports YAML syntax errors at their line", () => {
    expect(messages("title: ok\ndomains:\n  - id: a\n   title: [unclosed\n")[0]).toMatch(/^content\/stratus\.yml:4: not valid YAML/);
  });

  it("rejects duplicate ids, a default domain that is not configured, and too many unscored questions", () => {
    const yaml = `defaultDomain: nope
domains:
  - { id: a, title: A }
  - { id: a, title: A again }
profiles:
  - { id: p, name: P, questions: 10, minutes: 20, passMark: 70, unscored: 10 }
`;
    expect(messages(yaml)).toEqual([`${FILE}:6: profiles.0.unscored: must be fewer than the questions`]);
    const fixed = yaml.replace("unscored: 10", "unscored: 2");
    expect(messages(fixed)).toEqual([
      `${FILE}:1: defaultDomain "nope" is not a configured domain (known domains: a)`,
      `${FILE}:4: duplicate domain id "a" (also domains.0)`,
    ]);
  });
});

describe("resolveDomain", () => {
  const subject = parseSubject(CONFIG, FILE).subject;

  it("takes a configured front-matter domain", () => {
    expect(resolveDomain(subject, "anything/x.md", "cost")).toMatchObject({ ok: true, domain: { id: "cost", configured: true } });
  });

  it("refuses an unknown front-matter domain, listing the known ones", () => {
    expect(resolveDomain(subject, "x.md", "storage")).toEqual({
      ok: false,
      message: 'unknown domain "storage" (known domains: resilient, secure, cost)',
    });
    expect(resolveDomain(defaultSubject(), "x.md", "storage")).toEqual({
      ok: false,
      message: 'unknown domain "storage" (no domains are configured in stratus.yml)',
    });
  });

  it("uses the top folder: a configured domain when its slug matches, else a readable implicit domain", () => {
    expect(resolveDomain(subject, "Secure/iam/policies.md")).toMatchObject({ ok: true, domain: { id: "secure", configured: true } });
    expect(resolveDomain(subject, "Networking/deep/vpc.md")).toEqual({
      ok: true,
      domain: { id: "networking", title: "Networking", blurb: "", configured: false },
    });
    expect(resolveDomain(subject, "storage_and-databases/s3.md")).toMatchObject({ domain: { id: "storage_and-databases", title: "Storage and databases" } });
  });

  it("puts root notes in the default domain, else the first configured one, else Notes", () => {
    expect(resolveDomain(subject, "loose.md")).toMatchObject({ domain: { id: "resilient" } });
    expect(resolveDomain({ domains: subject.domains }, "loose.md")).toMatchObject({ domain: { id: "resilient" } });
    expect(resolveDomain({ ...subject, defaultDomain: "cost" }, "loose.md")).toMatchObject({ domain: { id: "cost" } });
    expect(resolveDomain(defaultSubject(), "loose.md")).toEqual({ ok: true, domain: { id: "notes", title: "Notes", blurb: "", configured: false } });
  });

  it("makes folder names readable", () => {
    expect(readableName("ec2_and-ebs")).toBe("Ec2 and ebs");
    expect(readableName("Networking")).toBe("Networking");
  });
});

describe("withImplicitDomains", () => {
  it("appends folder domains after configured ones, in natural order", () => {
    const implicit = (title: string) => ({ id: title.toLowerCase().replace(/ /g, "-"), title, blurb: "", configured: false });
    const subject: Subject = { ...defaultSubject(), domains: [{ id: "core", title: "Core", blurb: "", configured: true }] };
    const out = withImplicitDomains(subject, [implicit("Week 10"), implicit("Week 2"), implicit("Core"), implicit("Week 2")]);
    expect(out.domains.map((d) => d.title)).toEqual(["Core", "Week 2", "Week 10"]);
  });
});

describe("content without stratus.yml", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-content-"));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write("Networking/vpc-basics.md", "# VPC basics\n\nSubnets and route tables.\n");
  write("Networking/peering.md", "# Peering\n\nConnect two VPCs.\n");
  write("compute/ec2.md", "# EC2\n\nVirtual machines.\n");
  write("loose.md", "# Loose note\n\nAt the root.\n");
  const content = loadContent({ contentDir: dir, publicDir: dir, displayRoot: "c" });

  it("groups notes without front matter by their top folder, under a readable heading", () => {
    expect(content.issues.filter((i) => i.severity === "error")).toEqual([]);
    const catalog = buildCatalog(content);
    expect(catalog.map((g) => [g.title, g.topics.map((t) => t.slug)])).toEqual([
      ["Compute", ["ec2"]],
      ["Networking", ["peering", "vpc-basics"]],
      ["Notes", ["loose"]],
    ]);
    expect(content.subject.profiles.map((p) => p.id)).toEqual(["full", "quick"]);
  });
});

describe("stratus.yml in a content folder", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stratus-content-"));
  fs.mkdirSync(path.join(dir, "Networking"));
  fs.writeFileSync(path.join(dir, "stratus.yml"), `domains:\n  - { id: compute, title: Compute }\nprofiles:\n  - id: mock\n    name: Mock\n    questions: 5\n    minutes: 10\n    passMark: 70\n    weights:\n      compute: 1\n      networking: 1\n      storage: 2\n`);
  fs.writeFileSync(path.join(dir, "Networking", "vpc.md"), "# VPC\n\nText.\n");
  fs.writeFileSync(path.join(dir, "bad.md"), "---\ntitle: Bad\ndomain: storage\norder: 1\nsummary: S.\nupdated: 2026-11-21\n---\n\n# Bad\n");
  const content = loadContent({ contentDir: dir, publicDir: dir, displayRoot: "c" });

  it("reports an unknown front-matter domain and an unknown weighted domain at their lines", () => {
    expect(content.issues.filter((i) => i.severity === "error").map(formatIssue)).toEqual([
      'c/bad.md:3: unknown domain "storage" (known domains: compute)',
      'c/stratus.yml:12: profile "mock" weighs unknown domain "storage" (known domains: compute, networking)',
    ]);
  });
});
