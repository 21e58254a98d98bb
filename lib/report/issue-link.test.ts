import { describe, expect, it } from "vitest";
import { MAX_ISSUE_URL, MAX_MAILTO, reportHref, reportTargetOf, type ReportedItem } from "./issue-link";

const item: ReportedItem = { id: "lambda-gpu-1", topic: "lambda-pricing", kind: "question", text: "Which option runs a GPU job & why?" };

describe("report a problem", () => {
  it("opens a prefilled GitHub new-issue page with id, topic and text", () => {
    const href = reportHref({ url: "https://github.com/acme/stratus-notes" }, item)!;
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe("https://github.com/acme/stratus-notes/issues/new");
    expect(url.searchParams.get("title")).toBe("Problem with question lambda-gpu-1");
    const body = url.searchParams.get("body")!;
    expect(body).toContain("Question: lambda-gpu-1");
    expect(body).toContain("Topic: lambda-pricing");
    expect(body).toContain("> Which option runs a GPU job & why?");
  });

  it("accepts a repository URL with a trailing path or .git", () => {
    expect(reportHref({ url: "https://github.com/acme/notes.git" }, item)).toMatch(/^https:\/\/github\.com\/acme\/notes\/issues\/new\?title=/);
    expect(reportHref({ url: "https://github.com/acme/notes/issues" }, item)).toMatch(/^https:\/\/github\.com\/acme\/notes\/issues\/new\?/);
  });

  it("writes a mailto with subject and body when only an e-mail is set", () => {
    const href = reportHref({ email: "notes@example.org" }, { ...item, kind: "flashcard" })!;
    expect(href.startsWith("mailto:notes@example.org?subject=Problem%20with%20flashcard%20lambda-gpu-1&body=")).toBe(true);
    expect(decodeURIComponent(href.split("&body=")[1]!)).toContain("Flashcard: lambda-gpu-1");
  });

  it("prefers the URL, and gives nothing when neither is set", () => {
    expect(reportHref({ url: "https://github.com/a/b", email: "x@y.z" }, item)).toMatch(/^https:/);
    expect(reportHref(undefined, item)).toBeNull();
    expect(reportHref({}, item)).toBeNull();
  });

  it("caps the link's length by cutting the text, never the id or topic", () => {
    const long = { ...item, text: "Ünïcode and spaces ".repeat(2000) };
    const href = reportHref({ url: "https://github.com/a/b" }, long)!;
    expect(href.length).toBeLessThanOrEqual(MAX_ISSUE_URL);
    expect(href.length).toBeGreaterThan(MAX_ISSUE_URL - 40);
    const body = new URL(href).searchParams.get("body")!;
    expect(body).toContain("Question: lambda-gpu-1");
    expect(body).toContain("…");
    const mail = reportHref({ email: "a@b.c" }, long)!;
    expect(mail.length).toBeLessThanOrEqual(MAX_MAILTO);
    expect(decodeURIComponent(mail.split("&body=")[1]!)).toContain("Topic: lambda-pricing");
  });

  it("reads the target from the bank index, ignoring anything unusable", () => {
    expect(reportTargetOf({ topics: [] })).toBeUndefined();
    expect(reportTargetOf({ subject: { report: { url: "https://github.com/a/b" } } })).toEqual({ url: "https://github.com/a/b" });
    expect(reportTargetOf({ subject: { report: { url: "javascript:alert(1)", email: "not an address" } } })).toBeUndefined();
    expect(reportTargetOf({ subject: { report: { email: "a@b.c" } } })).toEqual({ email: "a@b.c" });
    expect(reportTargetOf(null)).toBeUndefined();
  });
});
