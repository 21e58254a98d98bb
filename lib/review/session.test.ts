import { describe, expect, it } from "vitest";
import type { BankIndex } from "@/lib/content/types";
import type { StoredCard } from "@/lib/srs/card";
import { catalogOf, modeFromSearch, planSession, type StudyView } from "./session";

const T0 = Date.UTC(2027, 2, 1, 9);
const DAY = 86_400_000;
const TODAY = Date.UTC(2027, 2, 1);

const index: Pick<BankIndex, "topics"> = {
  topics: [
    { slug: "lambda", title: "Lambda", domain: "lambda", questionIds: ["l-q1", "l-q2", "l-q3"], flashcardIds: ["l-f1"] },
    { slug: "edge", title: "Edge", domain: "apis-edge", questionIds: ["e-q1", "e-q2"], flashcardIds: [] },
  ],
};
const catalog = catalogOf(index);
const due = (days: number): StoredCard => [T0 - days * DAY, 3, 5, 3, 2, 0, 2, T0 - 10 * DAY, 0];
const later = (days: number): StoredCard => [T0 + days * DAY, 3, 5, 3, 2, 0, 2, T0 - DAY, 0];

function study(cards: Record<string, StoredCard>, newPerDay = 20, log: StudyView["log"] = {}): StudyView {
  return { cards, log, settings: { newPerDay } };
}

describe("review sessions", () => {
  it("reads the mode from the address", () => {
    expect(modeFromSearch(new URLSearchParams(""))).toEqual({ kind: "due" });
    expect(modeFromSearch(new URLSearchParams("topic=edge"))).toEqual({ kind: "topic", topic: "edge", ahead: false });
    expect(modeFromSearch(new URLSearchParams("ids=a,b,,a"))).toEqual({ kind: "ids", ids: ["a", "b"] });
  });

  it("catalogues items in bank order with their topic and kind", () => {
    expect(catalog.ids).toEqual(["l-q1", "l-q2", "l-q3", "l-f1", "e-q1", "e-q2"]);
    expect(catalog.byId.get("l-f1")).toEqual({ id: "l-f1", topic: "lambda", kind: "flashcard" });
  });

  it("shows the most overdue card first, then new cards up to today's limit", () => {
    const s = study({ "e-q2": due(1), "l-q2": due(4), "l-q1": later(3) }, 2);
    const plan = planSession({ kind: "due" }, catalog, s, T0, TODAY, new Set());
    expect(plan).toMatchObject({ next: "l-q2", due: 2, fresh: 2, newAvailable: 3 });
    const none = planSession({ kind: "due" }, catalog, study({}, 2), T0, TODAY, new Set());
    expect(none).toMatchObject({ next: "l-q1", fresh: 2 });
  });

  it("counts new cards introduced today against the limit", () => {
    const log: StudyView["log"] = { "l-q1": [[T0 - 60_000, 3, 2, 1, "a"]] };
    const plan = planSession({ kind: "due" }, catalog, study({ "l-q1": later(1) }, 2, log), T0, TODAY, new Set());
    expect(plan).toMatchObject({ fresh: 1, reviewedToday: 1 });
  });

  it("reviews one topic, then offers to practise it ahead", () => {
    const s = study({ "e-q1": later(5), "e-q2": later(1) }, 20);
    const caughtUp = planSession({ kind: "topic", topic: "edge", ahead: false }, catalog, s, T0, TODAY, new Set());
    expect(caughtUp).toMatchObject({ next: undefined, due: 0, ahead: 2, nextDue: T0 + DAY });
    const ahead = planSession({ kind: "topic", topic: "edge", ahead: true }, catalog, s, T0, TODAY, new Set());
    expect(ahead.next).toBe("e-q2");
    const afterOne = planSession({ kind: "topic", topic: "edge", ahead: true }, catalog, s, T0, TODAY, new Set(["e-q2"]));
    expect(afterOne).toMatchObject({ next: "e-q1", ahead: 1 });
  });

  it("plays exactly the requested ids once each, skipping ones no longer in the bank", () => {
    const mode = { kind: "ids", ids: ["e-q2", "gone", "l-q3"] } as const;
    expect(planSession(mode, catalog, study({}), T0, TODAY, new Set())).toMatchObject({ next: "e-q2", remaining: 2, unknown: 1 });
    expect(planSession(mode, catalog, study({}), T0, TODAY, new Set(["e-q2"]))).toMatchObject({ next: "l-q3", remaining: 1 });
    expect(planSession(mode, catalog, study({}), T0, TODAY, new Set(["e-q2", "l-q3"]))).toMatchObject({ next: undefined, remaining: 0 });
  });
});
