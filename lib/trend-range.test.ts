import { describe, expect, it } from "vitest";
import { resolvePeriod } from "./period";
import { TREND_MIN_WEEKS, trendCaption, trendRange, weekStart, weeksOf } from "./trend-range";

// Monday 23 Nov 2026, and the Sunday before it.
const monday = new Date("2026-11-23T12:00:00Z");
const sunday = new Date("2026-11-22T12:00:00Z");

describe("weekStart", () => {
  it("gives the ISO week's Monday, as date_trunc('week') does", () => {
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
    expect(weekStart("2026-11-22")).toBe("2026-11-16");
    expect(weekStart("2026-11-18")).toBe("2026-11-16");
    // Across a year's end: Friday 1 Jan 2027 belongs to the week of Monday 28 Dec.
    expect(weekStart("2027-01-01")).toBe("2026-12-28");
  });
});

describe("trendRange", () => {
  it("widens a 30-day period to the 13 weeks ending at the period's end", () => {
    const period = resolvePeriod({ preset: "30d" }, monday);
    const trend = trendRange(period);
    expect(trend).toEqual({ from: "2026-08-31", to: "2026-11-23" });
    const weeks = weeksOf(trend);
    expect(weeks).toHaveLength(TREND_MIN_WEEKS);
    expect(weeks[0]).toBe("2026-08-31");
    expect(weeks.at(-1)).toBe("2026-11-23");
    // Every point is a whole ISO week but the last, which runs to the period's end.
    expect(weeks.every((week) => weekStart(week) === week)).toBe(true);
  });

  it("ends on a Sunday with 13 whole weeks", () => {
    const trend = trendRange(resolvePeriod({ preset: "7d" }, sunday));
    expect(trend).toEqual({ from: "2026-08-24", to: "2026-11-22" });
    expect(weeksOf(trend)).toHaveLength(13);
    expect(weeksOf(trend).at(-1)).toBe("2026-11-16");
  });

  it("keeps a period longer than 13 weeks as it is", () => {
    const period = { from: "2026-05-28", to: "2026-11-23" }; // 180 days
    expect(trendRange(period)).toEqual(period);
    expect(weeksOf(period)).toHaveLength(27); // from the week of Monday 25 May
    const ninety = resolvePeriod({ preset: "90d" }, monday); // from Wednesday 26 Aug
    expect(trendRange(ninety)).toEqual({ from: ninety.from, to: ninety.to });
    expect(weeksOf(ninety)).toHaveLength(14);
  });

  it("takes the 13 weeks when they reach back one day further than a 90-day period", () => {
    // 90 days to a Sunday start on a Tuesday; 13 weeks to it start the Monday before.
    const ninety = resolvePeriod({ preset: "90d" }, sunday);
    expect(ninety.from).toBe("2026-08-25");
    expect(trendRange(ninety)).toEqual({ from: "2026-08-24", to: "2026-11-22" });
    expect(weeksOf(trendRange(ninety))).toEqual(weeksOf(ninety));
  });
});

describe("trendCaption", () => {
  it("says how many weeks to which day, and when that is wider than the period", () => {
    const period = resolvePeriod({ preset: "30d" }, monday);
    expect(trendCaption(trendRange(period))).toBe("13 weeks to 23 Nov");
    expect(trendCaption(trendRange(period), period)).toBe("13 weeks to 23 Nov (wider than the period: a trend needs 13 weeks)");
    const long = { from: "2026-05-28", to: "2026-11-23" };
    expect(trendCaption(trendRange(long), long)).toBe("27 weeks to 23 Nov");
  });
});
