import { describe, expect, it } from "vitest";
import { commandForKey } from "./keys";

describe("commandForKey", () => {
  it("picks options by number or letter", () => {
    expect(commandForKey({ key: "1" })).toEqual({ type: "pick", index: 0 });
    expect(commandForKey({ key: "6" })).toEqual({ type: "pick", index: 5 });
    expect(commandForKey({ key: "b" })).toEqual({ type: "pick", index: 1 });
    expect(commandForKey({ key: "E" })).toEqual({ type: "pick", index: 4 });
    expect(commandForKey({ key: "7" })).toBeNull();
  });

  it("moves with arrows or N/P and flags with F", () => {
    expect(commandForKey({ key: "ArrowRight" })).toEqual({ type: "next" });
    expect(commandForKey({ key: "n" })).toEqual({ type: "next" });
    expect(commandForKey({ key: "ArrowLeft" })).toEqual({ type: "prev" });
    expect(commandForKey({ key: "P" })).toEqual({ type: "prev" });
    expect(commandForKey({ key: "f" })).toEqual({ type: "flag" });
  });

  it("leaves browser shortcuts alone", () => {
    expect(commandForKey({ key: "f", ctrlKey: true })).toBeNull();
    expect(commandForKey({ key: "1", metaKey: true })).toBeNull();
    expect(commandForKey({ key: "ArrowLeft", altKey: true })).toBeNull();
    expect(commandForKey({ key: "Enter" })).toBeNull();
  });
});
