/**
 * The grain of a trend (one point per day, ISO week, calendar month or calendar quarter) and the
 * buckets a range of days falls into. The server groups its rollups by the same buckets
 * (date_trunc on the rollup day), so a bucket is named by its first day everywhere.
 */
import { addDays, addMonths, dayNumber, daysBetween, monthStart, quarterStart, weekStart } from "./days";

export const TREND_GRAINS = ["day", "week", "month", "quarter"] as const;
export type TrendGrain = (typeof TREND_GRAINS)[number];

export const isTrendGrain = (value: string): value is TrendGrain => (TREND_GRAINS as readonly string[]).includes(value);

type Days = { from: string; to: string };

/**
 * The longest period (in days) each grain is picked for: two weeks of days, half a year of
 * weeks, three years of months, quarters beyond. Each keeps a chart between 7 and about 60
 * points (a decade is 40 quarters); shorter periods are widened to a trend's minimum
 * (trendRange). Days stop at two weeks, not a month: a touch point's day rarely holds a KPI's
 * minimum sample (the demo has about four answers a day per touch point against 30), so a
 * month is read as its 13 weeks, as before; a person who wants its days chooses them.
 */
const AUTO_UP_TO: Record<Exclude<TrendGrain, "quarter">, number> = { day: 14, week: 183, month: 1096 };

/** The grain that fits a period: day up to 14 days, week up to 183, month up to 1,096 (three years), then quarter. */
export function trendGrain(period: Days): TrendGrain {
  const days = daysBetween(period.from, period.to);
  if (days <= AUTO_UP_TO.day) return "day";
  if (days <= AUTO_UP_TO.week) return "week";
  if (days <= AUTO_UP_TO.month) return "month";
  return "quarter";
}

/** The first day of the bucket holding the day. */
export function bucketStart(day: string, grain: TrendGrain): string {
  switch (grain) {
    case "day":
      return day;
    case "week":
      return weekStart(day);
    case "month":
      return monthStart(day);
    case "quarter":
      return quarterStart(day);
  }
}

/** The first day of the bucket `count` buckets after the one starting on `start` (before it when negative). */
export function addBuckets(start: string, grain: TrendGrain, count: number): string {
  switch (grain) {
    case "day":
      return addDays(start, count);
    case "week":
      return addDays(start, 7 * count);
    case "month":
      return addMonths(start, count);
    case "quarter":
      return addMonths(start, 3 * count);
  }
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/** How many buckets the days touch, counted without listing them (a refused range may be centuries long). */
export function bucketCount(range: Days, grain: TrendGrain): number {
  switch (grain) {
    case "day":
      return daysBetween(range.from, range.to);
    case "week":
      return (dayNumber(weekStart(range.to)) - dayNumber(weekStart(range.from))) / 7 + 1;
    case "month":
      return monthIndex(range.to) - monthIndex(range.from) + 1;
    case "quarter":
      return Math.floor(monthIndex(range.to) / 3) - Math.floor(monthIndex(range.from) / 3) + 1;
  }
}

/** The first day of every bucket the days touch, in order: one point each (the first and last may be partial). */
export function bucketsOf(range: Days, grain: TrendGrain): string[] {
  const out: string[] = [];
  for (let start = bucketStart(range.from, grain); start <= range.to; start = addBuckets(start, grain, 1)) out.push(start);
  return out;
}
