import { describe, expect, it } from "vitest";
import { dayIn, endOfDayIn, formatInstant, startOfDayIn, todayIn } from "./day-in";

describe("dayIn", () => {
  it("puts a Chicago evening on its own day, not the next UTC day", () => {
    // 20:30 CST on 2 March is 02:30 UTC on the 3rd.
    expect(dayIn("America/Chicago", new Date("2026-03-03T02:30:00Z"))).toBe("2026-03-02");
    expect(dayIn("UTC", new Date("2026-03-03T02:30:00Z"))).toBe("2026-03-03");
  });

  it("follows Chicago's daylight-saving change on 8 March 2026", () => {
    // Before the change midnight is 06:00 UTC, after it 05:00 UTC.
    expect(dayIn("America/Chicago", new Date("2026-03-08T05:59:59Z"))).toBe("2026-03-07");
    expect(dayIn("America/Chicago", new Date("2026-03-08T06:00:00Z"))).toBe("2026-03-08");
    expect(dayIn("America/Chicago", new Date("2026-03-09T04:59:59Z"))).toBe("2026-03-08");
    expect(dayIn("America/Chicago", new Date("2026-03-09T05:00:00Z"))).toBe("2026-03-09");
    // And back on 1 November 2026.
    expect(dayIn("America/Chicago", new Date("2026-11-02T05:59:59Z"))).toBe("2026-11-01");
    expect(dayIn("America/Chicago", new Date("2026-11-02T06:00:00Z"))).toBe("2026-11-02");
  });

  it("handles a half-hour offset (Kolkata, UTC+5:30) and a zone ahead of UTC", () => {
    expect(dayIn("Asia/Kolkata", new Date("2026-06-30T18:29:59Z"))).toBe("2026-06-30");
    expect(dayIn("Asia/Kolkata", new Date("2026-06-30T18:30:00Z"))).toBe("2026-07-01");
    expect(dayIn("Pacific/Auckland", new Date("2026-12-31T11:00:00Z"))).toBe("2027-01-01");
  });

  it("gives today in the zone", () => {
    const now = new Date("2026-12-05T03:00:00Z");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-12-04");
    expect(todayIn("Asia/Tokyo", now)).toBe("2026-12-05");
  });
});

describe("formatInstant", () => {
  it("shows the time in the zone with its abbreviation", () => {
    expect(formatInstant("America/Chicago", new Date("2026-12-06T01:40:00Z"))).toBe("5 Dec 2026, 19:40 CST");
    expect(formatInstant("UTC", "2026-12-06T01:40:00Z")).toBe("6 Dec 2026, 01:40 UTC");
  });
});

describe("startOfDayIn / endOfDayIn", () => {
  it("gives the first instant of the day in the zone, also on days the clocks change", () => {
    expect(startOfDayIn("America/Chicago", "2026-03-07").toISOString()).toBe("2026-03-07T06:00:00.000Z");
    // The 8th starts in CST and ends in CDT: 23 hours long.
    expect(startOfDayIn("America/Chicago", "2026-03-08").toISOString()).toBe("2026-03-08T06:00:00.000Z");
    expect(endOfDayIn("America/Chicago", "2026-03-08").toISOString()).toBe("2026-03-09T05:00:00.000Z");
    expect(startOfDayIn("America/Chicago", "2026-11-01").toISOString()).toBe("2026-11-01T05:00:00.000Z");
    expect(endOfDayIn("America/Chicago", "2026-11-01").toISOString()).toBe("2026-11-02T06:00:00.000Z");
    expect(startOfDayIn("Asia/Kolkata", "2026-07-01").toISOString()).toBe("2026-06-30T18:30:00.000Z");
    expect(startOfDayIn("UTC", "2026-07-01").toISOString()).toBe("2026-07-01T00:00:00.000Z");
  });

  it("agrees with dayIn at every boundary, day by day through 2026, in zones west, east and half-hour", () => {
    for (const zone of ["America/Chicago", "Asia/Kolkata", "Europe/London", "Australia/Adelaide", "America/St_Johns"]) {
      for (let t = Date.parse("2026-01-01T00:00:00Z"); t < Date.parse("2027-01-01T00:00:00Z"); t += 86_400_000) {
        const day = dayIn(zone, new Date(t));
        const start = startOfDayIn(zone, day).getTime();
        expect(dayIn(zone, new Date(start))).toBe(day);
        expect(dayIn(zone, new Date(start - 1))).not.toBe(day);
        expect(start).toBeLessThanOrEqual(t);
        expect(endOfDayIn(zone, day).getTime()).toBeGreaterThan(t);
      }
    }
  });
});
