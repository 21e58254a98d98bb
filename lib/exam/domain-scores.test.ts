import { describe, expect, it } from "vitest";
import { domainScores } from "./domain-scores";

const topics = [
  { slug: "iam", domain: "secure" },
  { slug: "kms", domain: "secure" },
  { slug: "sqs", domain: "resilient" },
  { slug: "misc", domain: "other" },
];
const domains = [
  { id: "resilient", title: "Resilient" },
  { id: "secure", title: "Secure" },
  { id: "cost", title: "Cost" },
  { id: "other", title: "Other" },
];
const byTopic = [
  { topic: "iam", correct: 3, total: 4 },
  { topic: "kms", correct: 1, total: 2 },
  { topic: "sqs", correct: 2, total: 5 },
  { topic: "gone", correct: 1, total: 1 },
];

describe("domainScores", () => {
  it("adds topics up per domain beside the profile's weights, in the profile's order, weighted domains first", () => {
    const config = { kind: "profile" as const, mode: "exam" as const, topics: [], minutes: 1, profile: { id: "p", name: "P", passMark: 72, weights: { secure: 30, resilient: 26, cost: 24 } } };
    expect(domainScores({ config, byTopic: [...byTopic, { topic: "misc", correct: 0, total: 1 }] }, topics, domains)).toEqual([
      { id: "secure", title: "Secure", weight: 38, correct: 4, total: 6 },
      { id: "resilient", title: "Resilient", weight: 33, correct: 2, total: 5 },
      { id: "cost", title: "Cost", weight: 30, correct: 0, total: 0 },
      { id: "other", title: "Other", correct: 0, total: 1 },
    ]);
  });

  it("has no weights for an attempt without a weighted profile (older attempts too), in the subject's order", () => {
    const config = { kind: "quick" as const, mode: "exam" as const, topics: [], minutes: 20 };
    expect(domainScores({ config, byTopic }, topics, domains)).toEqual([
      { id: "resilient", title: "Resilient", correct: 2, total: 5 },
      { id: "secure", title: "Secure", correct: 4, total: 6 },
    ]);
  });
});
