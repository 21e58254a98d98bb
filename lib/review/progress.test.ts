import { describe, expect, it } from "vitest";
import type { StoredCard } from "@/lib/srs/card";
import { domainMastery, examScores, masteryOf, studyCalendar } from "./progress";
import { catalogOf } from "./session";

const T0 = Date.UTC(2027, 2, 1, 9);
const DAY = 86_400_000;

describe("progress", () => {
  it("mastery is the expected share recalled now, never-studied cards counting 0", () => {
    const fresh: StoredCard = [T0, 10, 5, 10, 3, 0, 2, T0, 0]; // reviewed just now: R = 1
    const old: StoredCard = [T0, 10, 5, 10, 3, 0, 2, T0 - 10 * DAY, 0]; // one stability ago: R = 0.9
    const m = masteryOf(["a", "b", "c", "d"], { a: fresh, b: old }, T0);
    expect(m.total).toBe(4);
    expect(m.studied).toBe(2);
    expect(m.share).toBeCloseTo((1 + 0.9) / 4, 5);
    expect(masteryOf([], {}, T0).share).toBe(0);
  });

  it("groups topic mastery by the subject's domains, in its order, each with its own total", () => {
    const fresh: StoredCard = [T0, 10, 5, 10, 3, 0, 2, T0, 0];
    const domain = (id: string, title: string) => ({ id, title, blurb: "", configured: true });
    const catalog = catalogOf({
      subject: { title: "", tagline: "", profiles: [], domains: [domain("compute", "Compute"), domain("networking", "Networking")] },
      topics: [
        { slug: "vpc", title: "VPC", domain: "networking", questionIds: ["v1", "v2"], flashcardIds: [] },
        { slug: "ec2", title: "EC2", domain: "compute", questionIds: ["e1"], flashcardIds: ["e2"] },
        { slug: "stray", title: "Stray", domain: "gone", questionIds: ["s1"], flashcardIds: [] },
      ],
    });
    const groups = domainMastery(catalog, { v1: fresh, e1: fresh }, T0);
    expect(groups.map((g) => [g.title, g.topics.map((t) => t.slug), g.mastery.studied, g.mastery.total])).toEqual([
      ["Compute", ["ec2"], 1, 2],
      ["Networking", ["vpc"], 1, 2],
      ["Other topics", ["stray"], 0, 1],
    ]);
  });

  it("lays out whole weeks from a Monday and counts streaks", () => {
    const wednesday = Math.floor(Date.UTC(2027, 2, 3) / DAY); // 2027-03-03 is a Wednesday
    const perDay = new Map([
      [wednesday, 4],
      [wednesday - 1, 2],
      [wednesday - 2, 1],
      [wednesday - 5, 3],
    ]);
    const cal = studyCalendar(perDay, wednesday, 2);
    expect(cal.firstDay).toBe(wednesday - 2 - 7);
    expect(cal.days).toHaveLength(10);
    expect(cal.days.at(-1)).toEqual({ day: wednesday, count: 4 });
    expect(cal.studiedDays).toBe(4);
    expect(cal.streak).toBe(3);
    expect(cal.longest).toBe(3);
    // No answers yet today: the streak up to yesterday still counts.
    expect(studyCalendar(perDay, wednesday + 1, 1).streak).toBe(3);
    expect(studyCalendar(perDay, wednesday + 2, 1).streak).toBe(0);
  });

  it("reads exam scores from the exam history, skipping records it cannot use", () => {
    const history = [
      { id: "b", finishedAt: T0 + DAY, correct: 47, total: 65, config: { kind: "full" } },
      { id: "a", finishedAt: T0, correct: 8, total: 10, config: { kind: "quick" } },
      { id: "bad", finishedAt: "yesterday", correct: 1, total: 2 },
      { id: "empty", finishedAt: T0, correct: 0, total: 0 },
    ];
    expect(examScores(history)).toEqual([
      { id: "a", at: T0, percent: 80, kind: "quick" },
      { id: "b", at: T0 + DAY, percent: (100 * 47) / 65, kind: "full" },
    ]);
    expect(examScores(undefined)).toEqual([]);
  });
});
