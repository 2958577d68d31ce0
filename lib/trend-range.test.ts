import { describe, expect, it } from "vitest";
import { resolvePeriod } from "./period";
import { chooseGrain, grainProblem, MAX_TREND_POINTS, TREND_MIN_WEEKS, trendCaption, trendPoints, trendRange, weekStart, weeksOf } from "./trend-range";

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

describe("trendRange at other grains", () => {
  it("widens a week of days to 7 days and keeps a month of them", () => {
    const week = resolvePeriod({ preset: "7d" }, monday);
    expect(trendRange(week, "day")).toEqual({ from: week.from, to: week.to });
    expect(trendRange({ from: "2026-11-23", to: "2026-11-23" }, "day")).toEqual({ from: "2026-11-17", to: "2026-11-23" });
    const month = resolvePeriod({ preset: "30d" }, monday);
    expect(trendRange(month, "day")).toEqual({ from: month.from, to: month.to });
  });

  it("widens a short period to 12 months from the first of the month, and to 8 quarters", () => {
    const period = resolvePeriod({ preset: "90d" }, monday);
    expect(trendRange(period, "month")).toEqual({ from: "2025-12-01", to: "2026-11-23" });
    expect(trendRange(period, "quarter")).toEqual({ from: "2025-01-01", to: "2026-11-23" });
  });

  it("keeps a long period as it is, its first bucket partial", () => {
    const years = { from: "2023-11-15", to: "2026-11-23" };
    expect(trendRange(years, "month")).toEqual(years);
    expect(trendPoints(years, "month")).toBe(37);
    expect(trendPoints(years, "quarter")).toBe(13);
  });
});

describe("trendCaption", () => {
  it("says how many weeks to which day, and when that is wider than the period", () => {
    const period = resolvePeriod({ preset: "30d" }, monday);
    expect(trendCaption(trendRange(period), "week")).toBe("13 weeks to 23 Nov");
    expect(trendCaption(trendRange(period), "week", period)).toBe("13 weeks to 23 Nov (wider than the period: a trend needs 13 weeks)");
    const long = { from: "2026-05-28", to: "2026-11-23" };
    expect(trendCaption(trendRange(long), "week", long)).toBe("27 weeks to 23 Nov");
  });

  it("says days, months and quarters in their own words", () => {
    const month = resolvePeriod({ preset: "30d" }, monday);
    expect(trendCaption(trendRange(month, "day"), "day", month)).toBe("30 days to 23 Nov");
    const twoYears = { from: "2024-12-01", to: "2026-11-23" };
    expect(trendCaption(trendRange(twoYears, "month"), "month", twoYears)).toBe("24 months to Nov 2026");
    const decade = { from: "2016-12-01", to: "2026-11-23" };
    expect(trendCaption(trendRange(decade, "quarter"), "quarter", decade)).toBe("41 quarters to Q4 2026");
    const ninety = resolvePeriod({ preset: "90d" }, monday);
    expect(trendCaption(trendRange(ninety, "quarter"), "quarter", ninety)).toBe("8 quarters to Q4 2026 (wider than the period: a trend needs 8 quarters)");
  });
});

describe("chooseGrain", () => {
  const fiveYears = { from: "2021-11-24", to: "2026-11-23" };

  it("takes the period's own grain without a grain in the URL", () => {
    expect(chooseGrain(null, fiveYears)).toEqual({ grain: "quarter", chosen: null, note: null });
    expect(chooseGrain("", resolvePeriod({ preset: "30d" }, monday))).toEqual({ grain: "week", chosen: null, note: null });
    expect(chooseGrain(null, resolvePeriod({ preset: "7d" }, monday))).toEqual({ grain: "day", chosen: null, note: null });
  });

  it("takes a grain asked for when it can draw the period", () => {
    expect(chooseGrain("month", fiveYears)).toEqual({ grain: "month", chosen: "month", note: null });
    expect(chooseGrain("week", fiveYears)).toEqual({ grain: "week", chosen: "week", note: null });
  });

  it("falls back, saying why, for daily points over five years or an unknown grain", () => {
    expect(trendPoints(fiveYears, "day")).toBeGreaterThan(MAX_TREND_POINTS);
    const daily = chooseGrain("day", fiveYears);
    expect(daily).toMatchObject({ grain: "quarter", chosen: null });
    expect(daily.note).toBe(`${grainProblem(fiveYears, "day")}: shown by quarter.`);
    expect(daily.note).toContain("1,826 points");
    expect(chooseGrain("fortnight", fiveYears).note).toBe("“fortnight” is not a grain (day, week, month or quarter): shown by quarter.");
  });
});
