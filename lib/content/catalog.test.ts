import { describe, expect, it } from "vitest";
import { buildCatalog, topicNeighbours } from "./catalog";
import type { DomainId, Flashcard, Question, Topic } from "./types";

const topic = (slug: string, domain: DomainId): Topic => ({
  slug,
  title: slug.toUpperCase(),
  domain,
  order: 1,
  summary: `About ${slug}`,
  updated: "2026-11-21",
  sources: [],
  file: `content/${slug}.md`,
  hasNote: true,
  html: "",
  headings: [],
});
const question = (id: string, t: string, kind: Question["kind"] = "single") =>
  ({ id, topic: t, kind }) as Question;
const card = (id: string, t: string) => ({ id, topic: t }) as Flashcard;

const topics = [topic("ec2", "foundations"), topic("lambda-basics", "lambda"), topic("lambda-pricing", "lambda")];
const domain = (id: string) => ({ id, title: id, blurb: "", configured: true });
const content = {
  subject: { domains: [domain("foundations"), domain("lambda"), domain("apis-edge")] },
  topics,
  questions: [question("q1", "ec2"), question("q2", "lambda-basics", "multiple"), question("q3", "lambda-basics")],
  flashcards: [card("f1", "lambda-basics"), card("f2", "lambda-pricing")],
};

describe("buildCatalog", () => {
  it("groups topics by domain in domain order with their counts, leaving out empty domains", () => {
    const catalog = buildCatalog(content);
    expect(catalog.map((g) => g.id)).toEqual(["foundations", "lambda"]);
    expect(catalog[1]!.topics).toEqual([
      { slug: "lambda-basics", title: "LAMBDA-BASICS", summary: "About lambda-basics", domain: "lambda", questions: 2, multipleResponse: 1, flashcards: 1 },
      { slug: "lambda-pricing", title: "LAMBDA-PRICING", summary: "About lambda-pricing", domain: "lambda", questions: 0, multipleResponse: 0, flashcards: 1 },
    ]);
  });
});

describe("topicNeighbours", () => {
  it("links the topics before and after, across domains", () => {
    expect(topicNeighbours(topics, "lambda-basics")).toEqual({
      previous: { slug: "ec2", title: "EC2" },
      next: { slug: "lambda-pricing", title: "LAMBDA-PRICING" },
    });
  });

  it("has no previous for the first topic, no next for the last, nothing for an unknown slug", () => {
    expect(topicNeighbours(topics, "ec2").previous).toBeUndefined();
    expect(topicNeighbours(topics, "lambda-pricing").next).toBeUndefined();
    expect(topicNeighbours(topics, "nope")).toEqual({});
  });
});
