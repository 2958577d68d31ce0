import { describe, expect, it } from "vitest";
import { bandOf, parseDateTime, roundThresholds } from "./values";

describe("parseDateTime", () => {
  it("reads ISO, slashed dates in the chosen order, and month names; times without a zone are UTC", () => {
    expect(parseDateTime("2026-11-03", "dmy")).toBe("2026-11-03T00:00:00Z");
    expect(parseDateTime("2026-11-03 14:05", "dmy")).toBe("2026-11-03T14:05:00Z");
    expect(parseDateTime("2026-11-03T14:05:00+02:00", "dmy")).toBe("2026-11-03T12:05:00Z");
    expect(parseDateTime("03/11/2026 14:05", "dmy")).toBe("2026-11-03T14:05:00Z");
    expect(parseDateTime("03/11/2026 14:05", "mdy")).toBe("2026-03-11T14:05:00Z");
    expect(parseDateTime("19th November 2023", "dmy")).toBe("2023-11-19T00:00:00Z");
    expect(parseDateTime("Nov 3, 2026", "dmy")).toBe("2026-11-03T00:00:00Z");
    expect(parseDateTime("31/04/2026", "dmy")).toBeNull();
    expect(parseDateTime("yesterday", "dmy")).toBeNull();
  });
});

describe("bands", () => {
  it("labels values by round thresholds", () => {
    expect(roundThresholds(4983)).toEqual([2000, 4000, 6000]);
    expect(roundThresholds(400)).toEqual([100, 200, 300]);
    expect(bandOf(1500, [1000, 2000, 3000])).toBe("1,000-1,999");
    expect(bandOf(3000, [1000, 2000, 3000])).toBe("3,000+");
  });
});
