import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/types";
import type { MissedItem } from "@/lib/store/study-log";
import { confusionSentence, confusionsOf, groupMissed, practiseHref } from "./missed";
import { catalogOf } from "./session";

const option = (id: string, text: string, correct = false) => ({ id, html: `<p>${text}</p>`, text, correct });
const question: Question = {
  id: "edge-auth",
  topic: "edge",
  kind: "single",
  choose: 1,
  difficulty: "medium",
  stemHtml: "<p>Which runs header rewrites cheapest?</p>",
  stemText: "Which runs header rewrites cheapest?",
  options: [option("a", "CloudFront Functions", true), option("b", "Lambda@Edge"), option("c", "API Gateway")],
  explanationHtml: "<p>…</p>",
  source: { topic: "edge", anchor: "x", label: "X" },
};
const missed = (id: string, misses: number, picks: Record<string, number>, lastAt = 1, lastChosen = ["b"]): MissedItem => ({ id, misses, lastAt, picks, lastChosen });

describe("missed questions", () => {
  it("names a wrong option chosen twice or more", () => {
    const confusions = confusionsOf(missed("edge-auth", 3, { b: 2, c: 1 }), question);
    expect(confusions.map(confusionSentence)).toEqual(["You chose Lambda@Edge twice where CloudFront Functions was right."]);
    expect(confusionsOf(missed("edge-auth", 2, { b: 1, c: 1 }), question)).toEqual([]);
  });

  it("quotes long options and drops their full stop", () => {
    const long: Question = { ...question, options: [option("a", "Use a Compute Savings Plan.", true), option("b", "Buy Standard Reserved Instances for the fleet.")] };
    expect(confusionsOf(missed("x", 2, { b: 2 }), long).map(confusionSentence)).toEqual([
      "You chose “Buy Standard Reserved Instances for the fleet” twice where “Use a Compute Savings Plan” was right.",
    ]);
  });

  it("lists every right option of a multiple-response question", () => {
    const multi: Question = { ...question, kind: "multiple", choose: 2, options: [option("a", "SQS", true), option("b", "SNS", true), option("c", "Kinesis")] };
    expect(confusionsOf(missed("m", 3, { c: 3, a: 3 }), multi).map(confusionSentence)).toEqual([
      "You chose Kinesis three times where SQS and SNS were right.",
    ]);
  });

  it("groups by topic in bank order, most missed first, dropping items no longer in the bank", () => {
    const catalog = catalogOf({
      topics: [
        { slug: "lambda", title: "Lambda", domain: "lambda", questionIds: ["l1", "l2"], flashcardIds: ["f1"] },
        { slug: "edge", title: "Edge", domain: "apis-edge", questionIds: ["e1"], flashcardIds: [] },
      ],
    });
    const groups = groupMissed([missed("e1", 1, {}), missed("l1", 1, {}), missed("l2", 4, {}), missed("gone", 2, {})], catalog);
    expect(groups.map((g) => [g.topic, g.items.map((i) => i.id)])).toEqual([
      ["lambda", ["l2", "l1"]],
      ["edge", ["e1"]],
    ]);
  });

  it("does not count an exam question left unanswered (nothing chosen) as missed", () => {
    const catalog = catalogOf({
      topics: [
        { slug: "lambda", title: "Lambda", domain: "lambda", questionIds: ["l1"], flashcardIds: [] },
        { slug: "edge", title: "Edge", domain: "apis-edge", questionIds: ["e1"], flashcardIds: [] },
      ],
    });
    const groups = groupMissed([missed("e1", 1, {}, 1, []), missed("l1", 1, {})], catalog);
    expect(groups.map((g) => [g.topic, g.items.map((i) => i.id)])).toEqual([["lambda", ["l1"]]]);
  });

  it("links a session of exactly those questions", () => {
    expect(practiseHref(["a-1", "b 2"])).toBe("/review/?ids=a-1,b%202");
  });
});
