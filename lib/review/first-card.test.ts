import { describe, expect, it } from "vitest";
import { catalogOf } from "./session";
import { FIRST_CARD_ID, firstCardOf, firstCardScript, isFreshVisitor } from "./first-card";

const saved = (state: unknown) => JSON.stringify({ state, version: 3 });
const topic = (slug: string, questions: number, flashcards: number) => ({
  slug,
  title: slug.toUpperCase(),
  domain: "d",
  questionIds: Array.from({ length: questions }, (_, i) => `${slug}-q${i}`),
  flashcardIds: Array.from({ length: flashcards }, (_, i) => `${slug}-f${i}`),
});

describe("the review page's static first card", () => {
  it("applies to a visitor with nothing saved, or saved data that plans the same", () => {
    expect(isFreshVisitor(null, "", 20)).toBe(true);
    expect(isFreshVisitor(saved({ cards: {}, log: {}, settings: { newPerDay: 20 } }), "", 20)).toBe(true);
    expect(isFreshVisitor(saved({ cards: {}, log: {} }), "?", 20)).toBe(true);
  });

  it("does not apply to progress, changed settings, a session in the address or damaged data", () => {
    expect(isFreshVisitor(saved({ cards: { a: [1] }, log: {} }), "", 20)).toBe(false);
    expect(isFreshVisitor(saved({ cards: {}, log: { a: [[1, 3]] } }), "", 20)).toBe(false);
    expect(isFreshVisitor(saved({ cards: {}, log: {}, settings: { newPerDay: 5 } }), "", 20)).toBe(false);
    expect(isFreshVisitor(null, "?topic=ec2", 20)).toBe(false);
    expect(isFreshVisitor(null, "?ids=a,b", 20)).toBe(false);
    expect(isFreshVisitor("{broken", "", 20)).toBe(false);
    expect(isFreshVisitor(saved(null), "", 20)).toBe(false);
  });

  it("is the first new card of an empty store's plan, with its counts", () => {
    const index = { topics: [topic("a", 15, 3), topic("b", 10, 2)] };
    const first = firstCardOf(index, 20)!;
    expect(first.item.id).toBe(catalogOf(index).newOrder[0]);
    expect(first.plan).toMatchObject({ due: 0, fresh: 20, reviewedToday: 0, next: first.item.id });
    expect(firstCardOf({ topics: [] }, 20)).toBeUndefined();
    expect(firstCardOf(index, 0)).toBeUndefined();
  });

  it("shows itself from the inline script only to a fresh visitor, and never throws", () => {
    const run = (raw: string | null | Error, search = "") => {
      const wrapper = { hidden: true };
      const localStorage = {
        getItem: () => {
          if (raw instanceof Error) throw raw;
          return raw;
        },
      };
      new Function("document", "localStorage", "location", firstCardScript("stratus", 20))(
        { getElementById: (id: string) => (id === FIRST_CARD_ID ? wrapper : null) },
        localStorage,
        { search },
      );
      return wrapper.hidden;
    };
    expect(run(null)).toBe(false);
    expect(run(saved({ cards: { a: [1] }, log: {} }))).toBe(true);
    expect(run(null, "?topic=ec2")).toBe(true);
    expect(run(new Error("storage disabled"))).toBe(true);
  });
});
