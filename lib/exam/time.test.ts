import { describe, expect, it } from "vitest";
import { alertMessage, formatClock, formatDuration, timeAlert } from "./time";

describe("formatClock", () => {
  it("shows m:ss under an hour and h:mm:ss above, rounding up", () => {
    expect(formatClock(130 * 60_000)).toBe("2:10:00");
    expect(formatClock(20 * 60_000)).toBe("20:00");
    expect(formatClock(59_001)).toBe("1:00");
    expect(formatClock(1)).toBe("0:01");
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(-5000)).toBe("0:00");
  });
});

describe("formatDuration", () => {
  it("reads naturally", () => {
    expect(formatDuration(42 * 60_000 + 10_000)).toBe("42 minutes 10 seconds");
    expect(formatDuration(3_600_000 + 60_000 + 5_000)).toBe("1 hour 1 minute");
    expect(formatDuration(1000)).toBe("1 second");
    expect(formatDuration(0)).toBe("0 seconds");
  });
});

describe("timeAlert", () => {
  it("raises the alert at ten minutes and at one minute left", () => {
    expect(timeAlert(10 * 60_000 + 1)).toBe(0);
    expect(timeAlert(10 * 60_000)).toBe(1);
    expect(timeAlert(60_001)).toBe(1);
    expect(timeAlert(60_000)).toBe(2);
    expect(alertMessage(1)).toBe("10 minutes left.");
    expect(alertMessage(0)).toBe("");
  });
});
