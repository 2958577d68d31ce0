import { describe, expect, it } from "vitest";
import { addMonths, monthStart, quarterStart } from "./days";
import { bucketCount, bucketsOf, bucketStart, trendGrain, type TrendGrain } from "./trend-grain";
import { trendPoints } from "./trend-range";

const days = (from: string, to: string) => ({ from, to });

describe("trendGrain", () => {
  it("picks days up to two weeks, weeks up to half a year, months up to three years, then quarters", () => {
    expect(trendGrain(days("2026-11-23", "2026-11-23"))).toBe("day");
    expect(trendGrain(days("2026-11-10", "2026-11-23"))).toBe("day"); // 14 days
    expect(trendGrain(days("2026-11-09", "2026-11-23"))).toBe("week"); // 15 days
    expect(trendGrain(days("2026-10-24", "2026-11-23"))).toBe("week"); // the default 30 days
    expect(trendGrain(days("2026-05-24", "2026-11-22"))).toBe("week"); // 183 days
    expect(trendGrain(days("2026-05-23", "2026-11-22"))).toBe("month"); // 184 days
    expect(trendGrain(days("2023-11-23", "2026-11-22"))).toBe("month"); // 1,096 days
    expect(trendGrain(days("2023-11-22", "2026-11-22"))).toBe("quarter");
    expect(trendGrain(days("2006-01-01", "2015-12-31"))).toBe("quarter");
  });

  it("keeps every automatic chart (widened to its minimum, trendRange) between 7 and 61 points from a week to fifteen years", () => {
    const to = "2026-11-23";
    for (let length = 7; length <= 15 * 366; length += 1) {
      const from = new Date(Date.parse(`${to}T00:00:00Z`) - (length - 1) * 86_400_000).toISOString().slice(0, 10);
      const grain = trendGrain({ from, to });
      const points = trendPoints({ from, to }, grain);
      expect(points, `${length} days by ${grain}`).toBeGreaterThanOrEqual(7);
      expect(points, `${length} days by ${grain}`).toBeLessThanOrEqual(61);
    }
  });
});

describe("buckets", () => {
  it("starts each bucket where date_trunc does", () => {
    expect(bucketStart("2026-11-22", "week")).toBe("2026-11-16");
    expect(bucketStart("2026-11-22", "month")).toBe("2026-11-01");
    expect(bucketStart("2026-11-22", "quarter")).toBe("2026-10-01");
    expect(bucketStart("2026-03-31", "quarter")).toBe("2026-01-01");
    expect(monthStart("2024-02-29")).toBe("2024-02-01");
    expect(quarterStart("2024-06-30")).toBe("2024-04-01");
  });

  it("lists the buckets a range touches, partial ones at its ends included", () => {
    expect(bucketsOf(days("2025-11-15", "2026-02-03"), "month")).toEqual(["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"]);
    expect(bucketsOf(days("2025-11-15", "2026-11-23"), "quarter")).toEqual(["2025-10-01", "2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"]);
    expect(bucketsOf(days("2026-11-20", "2026-11-23"), "day")).toEqual(["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"]);
  });

  it("counts as many buckets as it lists, at every grain", () => {
    const ranges = [days("2024-02-29", "2024-03-01"), days("2019-12-31", "2026-01-01"), days("2026-01-05", "2026-01-11"), days("2000-01-01", "2000-01-01")];
    for (const range of ranges) {
      for (const grain of ["day", "week", "month", "quarter"] as TrendGrain[]) {
        expect(bucketCount(range, grain), `${range.from}..${range.to} by ${grain}`).toBe(bucketsOf(range, grain).length);
      }
    }
  });
});

describe("addMonths", () => {
  it("stays within the month it lands in", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-11-01", -12)).toBe("2025-11-01");
    expect(addMonths("2026-01-15", -3)).toBe("2025-10-15");
  });
});
