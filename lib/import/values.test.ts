import { describe, expect, it } from "vitest";
import { bandOf, guessDateOrder, guessNumberFormat, implausibleDates, parseDateTime, parseNumber, roundThresholds } from "./values";

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

describe("more date formats", () => {
  it("reads year-first slashed dates and a space before the offset, as exports write them", () => {
    expect(parseDateTime("2020/3/18", "dmy")).toBe("2020-03-18T00:00:00Z");
    expect(parseDateTime("2015-02-24 11:35:52 -0800", "dmy")).toBe("2015-02-24T19:35:52Z");
    expect(parseDateTime("2nd October 2023", "mdy")).toBe("2023-10-02T00:00:00Z");
  });

  it("reads an ambiguous slashed date only once an order is chosen; one that reads one way needs none", () => {
    expect(parseDateTime("03/04/2026", null)).toBeNull();
    expect(parseDateTime("13/04/2026", null)).toBe("2026-04-13T00:00:00Z");
    expect(parseDateTime("04/13/2026", null)).toBe("2026-04-13T00:00:00Z");
  });

  it("asks for the order when every day is 12 or less", () => {
    expect(guessDateOrder(["03/04/2026", "11/12/2026"])).toBeNull();
    expect(guessDateOrder(["03/04/2026", "25/12/2026"])).toBe("dmy");
    expect(guessDateOrder(["03/04/2026", "12/25/2026"])).toBe("mdy");
    expect(guessDateOrder(["19th November 2023"])).toBe("dmy");
  });

  it("flags dates before 1990 and in the future by line", () => {
    const now = new Date("2026-12-05T00:00:00Z");
    const dates = [
      { line: 2, iso: "1970-01-01T00:00:00Z" },
      { line: 3, iso: "2023-11-19T00:00:00Z" },
      { line: 4, iso: "1989-12-31T23:59:59Z" },
      { line: 5, iso: "2027-01-01T00:00:00Z" },
      { line: 6, iso: "1990-01-01T00:00:00Z" },
    ];
    expect(implausibleDates(dates, now)).toEqual({ early: [2, 4], future: [5] });
  });
});

describe("numbers", () => {
  it("reads decimal points, decimal commas and thousands separators as the format says", () => {
    const point = { decimal: ".", thousands: "," } as const;
    const comma = { decimal: ",", thousands: "." } as const;
    expect(parseNumber("10", point)).toBe(10);
    expect(parseNumber("4.0", point)).toBe(4);
    expect(parseNumber("1,234.5", point)).toBe(1234.5);
    expect(Number.isNaN(parseNumber("10,0", point))).toBe(true);
    expect(parseNumber("10,0", comma)).toBe(10);
    expect(parseNumber("1.234,5", comma)).toBe(1234.5);
    expect(Number.isNaN(parseNumber("4.5", comma))).toBe(true);
    expect(parseNumber("1 234,5", { decimal: ",", thousands: " " })).toBe(1234.5);
    expect(parseNumber("  ", point)).toBeNull();
    expect(Number.isNaN(parseNumber("four", point))).toBe(true);
  });

  it("guesses a decimal comma only when the sample writes one", () => {
    expect(guessNumberFormat(["10,0", "8,5", "3"])).toEqual({ decimal: ",", thousands: "." });
    expect(guessNumberFormat(["10.0", "8.5", "3"])).toEqual({ decimal: ".", thousands: "," });
    expect(guessNumberFormat(["Paris, France", "3"])).toEqual({ decimal: ".", thousands: "," });
  });
});
