import { describe, expect, it } from "vitest";
import { isDay, parsePeriodParams, periodLength, periodParams, resolvePeriod, type PeriodSelection } from "./period";

// 14 May 2026, late in the UTC day: the period must not slip to the next day.
const today = new Date("2026-05-14T23:30:00Z");
const params = (query: string) => new URLSearchParams(query);

describe("resolvePeriod", () => {
  it("counts 7, 30 and 90 days ending today, both ends included", () => {
    expect(resolvePeriod({ preset: "7d" }, today)).toMatchObject({ from: "2026-05-08", to: "2026-05-14", days: 7, label: "Last 7 days" });
    expect(resolvePeriod({ preset: "30d" }, today)).toMatchObject({ from: "2026-04-15", to: "2026-05-14", days: 30 });
    expect(resolvePeriod({ preset: "90d" }, today)).toMatchObject({ from: "2026-02-14", to: "2026-05-14", days: 90 });
  });

  it("compares with the same number of days just before", () => {
    const week = resolvePeriod({ preset: "7d" }, today);
    expect(week.previous).toMatchObject({ from: "2026-05-01", to: "2026-05-07", days: 7, label: "1 May 2026 – 7 May 2026" });
    const ninety = resolvePeriod({ preset: "90d" }, today);
    expect(ninety.previous).toMatchObject({ from: "2025-11-16", to: "2026-02-13", days: 90 });
  });

  it("takes the quarter to date from the quarter's first day", () => {
    expect(resolvePeriod({ preset: "qtd" }, today)).toMatchObject({ from: "2026-04-01", to: "2026-05-14", days: 44, label: "Q2 2026 to date" });
    // On the quarter's first day the period is that one day, compared with the day before.
    const first = resolvePeriod({ preset: "qtd" }, new Date("2026-04-01T00:00:00Z"));
    expect(first).toMatchObject({ from: "2026-04-01", to: "2026-04-01", days: 1 });
    expect(first.previous).toMatchObject({ from: "2026-03-31", to: "2026-03-31", days: 1 });
  });

  it("takes the last full quarter, across a year end, with a leap-year February", () => {
    expect(resolvePeriod({ preset: "lq" }, today)).toMatchObject({ from: "2026-01-01", to: "2026-03-31", days: 90, label: "Q1 2026" });
    const january = resolvePeriod({ preset: "lq" }, new Date("2026-01-10T12:00:00Z"));
    expect(january).toMatchObject({ from: "2025-10-01", to: "2025-12-31", days: 92, label: "Q4 2025" });
    expect(january.previous).toMatchObject({ from: "2025-07-01", to: "2025-09-30", days: 92 });
    expect(resolvePeriod({ preset: "lq" }, new Date("2024-04-02T00:00:00Z"))).toMatchObject({ from: "2024-01-01", to: "2024-03-31", days: 91 });
  });

  it("keeps a custom range as given", () => {
    const period = resolvePeriod({ preset: "custom", from: "2026-03-01", to: "2026-03-31" }, today);
    expect(period).toMatchObject({ from: "2026-03-01", to: "2026-03-31", days: 31, label: "1 Mar 2026 – 31 Mar 2026" });
    expect(period.previous).toMatchObject({ from: "2026-01-29", to: "2026-02-28", days: 31 });
  });

  it("keeps a custom range of years whole", () => {
    const decade = resolvePeriod({ preset: "custom", from: "2006-01-01", to: "2015-12-31" }, today);
    expect(decade).toMatchObject({ from: "2006-01-01", to: "2015-12-31", days: 3652 });
    // The same number of days before it: 1996-2005 holds one more leap day.
    expect(decade.previous).toMatchObject({ from: "1996-01-02", to: "2005-12-31", days: 3652 });
  });

  it("takes the last 12 months and the year to date", () => {
    expect(resolvePeriod({ preset: "12m" }, today)).toMatchObject({ from: "2025-05-15", to: "2026-05-14", days: 365, label: "Last 12 months" });
    // Over a leap day: 366 days.
    expect(resolvePeriod({ preset: "12m" }, new Date("2024-03-10T12:00:00Z"))).toMatchObject({ from: "2023-03-11", to: "2024-03-10", days: 366 });
    expect(resolvePeriod({ preset: "ytd" }, today)).toMatchObject({ from: "2026-01-01", to: "2026-05-14", days: 134, label: "2026 to date" });
  });

  it("takes all time from the first response day to today", () => {
    const all = resolvePeriod({ preset: "all", from: "2019-03-02" }, today);
    expect(all).toMatchObject({ from: "2019-03-02", to: "2026-05-14", label: "All time", preset: "all" });
    expect(all.days).toBe(2631);
  });
});

describe("parsePeriodParams", () => {
  it("reads each preset and a custom range", () => {
    for (const preset of ["7d", "30d", "90d", "qtd", "lq", "12m", "ytd"] as const) {
      expect(parsePeriodParams(params(`period=${preset}`), today)).toEqual({ preset });
    }
    expect(parsePeriodParams(params("period=custom&from=2026-01-05&to=2026-02-01"), today)).toEqual({ preset: "custom", from: "2026-01-05", to: "2026-02-01" });
    expect(parsePeriodParams(params("period=all&from=2011-07-01"), today)).toEqual({ preset: "all", from: "2011-07-01" });
  });

  it.each([
    ["no parameter", ""],
    ["an unknown preset", "period=365d"],
    ["a custom range without days", "period=custom"],
    ["a day that does not exist", "period=custom&from=2026-02-30&to=2026-03-10"],
    ["a malformed day", "period=custom&from=2026-1-5&to=2026-02-01"],
    ["from after to", "period=custom&from=2026-03-10&to=2026-03-01"],
    ["a start in the future", "period=custom&from=2026-06-01&to=2026-06-30"],
    ["a year before 1900", "period=custom&from=1899-12-31&to=1900-01-02"],
    ["all time without its first day", "period=all"],
    ["all time from a day that does not exist", "period=all&from=2020-02-30"],
  ])("falls back to the last 30 days for %s", (_, query) => {
    expect(parsePeriodParams(params(query), today)).toEqual({ preset: "30d" });
  });

  it("brings a custom end after today back to today", () => {
    expect(parsePeriodParams(params("period=custom&from=2026-05-01&to=2026-05-31"), today)).toEqual({ preset: "custom", from: "2026-05-01", to: "2026-05-14" });
  });

  it("keeps a custom range of any length: 2006-2015 is ten years, not one", () => {
    const query = `period=custom&from=2006-01-01&to=2015-12-31`;
    expect(parsePeriodParams(params(query), today)).toEqual({ preset: "custom", from: "2006-01-01", to: "2015-12-31" });
    expect(resolvePeriod(parsePeriodParams(params(query), today), today).days).toBe(3652);
    expect(parsePeriodParams(params("period=custom&from=1900-01-01&to=2026-05-14"), today)).toMatchObject({ from: "1900-01-01" });
  });
});

describe("periodParams", () => {
  it("round-trips every selection through the URL", () => {
    const selections: PeriodSelection[] = [
      { preset: "7d" },
      { preset: "30d" },
      { preset: "90d" },
      { preset: "qtd" },
      { preset: "lq" },
      { preset: "12m" },
      { preset: "ytd" },
      { preset: "all", from: "2014-09-30" },
      { preset: "custom", from: "2026-02-01", to: "2026-02-28" },
      { preset: "custom", from: "2006-01-01", to: "2015-12-31" },
    ];
    for (const selection of selections) {
      const query = new URLSearchParams(Object.entries(periodParams(selection)).filter(([, value]) => value !== ""));
      expect(parsePeriodParams(query, today)).toEqual(selection);
    }
  });

  it("writes nothing for the default period and drops stale custom days", () => {
    expect(periodParams({ preset: "30d" })).toEqual({ period: "", from: "", to: "" });
    expect(periodParams({ preset: "qtd" })).toEqual({ period: "qtd", from: "", to: "" });
  });
});

describe("isDay", () => {
  it("accepts real days only", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("2026-05-14T00:00")).toBe(false);
  });
});

describe("periodLength", () => {
  it("says days up to two months, then years and months", () => {
    expect(periodLength("2026-05-14", "2026-05-14")).toBe("1 day");
    expect(periodLength("2026-04-15", "2026-05-14")).toBe("30 days");
    expect(periodLength("2026-01-01", "2026-03-31")).toBe("3 months");
    expect(periodLength("2026-01-01", "2026-06-03")).toBe("5 months 3 days");
    expect(periodLength("2025-05-15", "2026-05-14")).toBe("1 year");
    expect(periodLength("2023-10-01", "2026-11-30")).toBe("3 years 2 months");
    expect(periodLength("2006-01-01", "2015-12-31")).toBe("10 years");
  });
});
