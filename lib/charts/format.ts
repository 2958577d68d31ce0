/**
 * How dashboard figures read, in one place so every chart, badge and table says it the same way:
 * a figure never appears without its sample size, and below the minimum sample there is no
 * figure at all.
 */

export type KpiUnit = "score" | "percent" | "points" | "mean";

const DIGITS: Record<KpiUnit, number> = { score: 0, percent: 0, points: 1, mean: 2 };
const SUFFIX: Record<KpiUnit, string> = { score: "", percent: "%", points: " pts", mean: "" };

/** -12.5 NPS reads "−13"; a CSAT share "84%"; a CES mean "5.42". The minus is a real minus sign. */
export function formatValue(value: number, unit: KpiUnit = "mean"): string {
  const text = value.toFixed(DIGITS[unit]);
  const zeroed = Number(text) === 0 ? text.replace("-", "") : text;
  return `${zeroed.replace("-", "−")}${SUFFIX[unit]}`;
}

/** A change between periods, always signed: "+4.2 pts", "−3%", "±0". */
export function formatChange(change: number, unit: KpiUnit = "mean"): string {
  const text = formatValue(change, unit);
  if (Number(change.toFixed(DIGITS[unit])) === 0) return `±${text.replace("−", "")}`;
  return change > 0 ? `+${text}` : text;
}

export function formatInterval(low: number, high: number, unit: KpiUnit = "mean", signed = false): string {
  const show = signed ? formatChange : formatValue;
  return `${show(low, unit)} to ${show(high, unit)}`;
}

export const formatCount = (n: number) => n.toLocaleString("en-GB");

/** "Not enough data (n = 12 of 30 needed)". */
export function notEnoughData(n: number, minSampleSize?: number): string {
  return minSampleSize && minSampleSize > n ? `Not enough data (n = ${formatCount(n)} of ${formatCount(minSampleSize)} needed)` : `Not enough data (n = ${formatCount(n)})`;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const longDayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
/** A UTC day (YYYY-MM-DD) as "14 May", or "14 May 2026" in full. */
export const formatDay = (day: string, long = false) => (long ? longDayFormat : dayFormat).format(new Date(`${day}T00:00:00Z`));

/** The grains of a trend, as lib/trend-grain.ts names them (kept here too so this file imports nothing). */
export type BucketGrain = "day" | "week" | "month" | "quarter";

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const longMonthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/**
 * A trend point's bucket, named by its first day, as an axis tick ("14 May", "Nov 2026",
 * "Q4 2026") or in full for a tooltip or table ("Week of 2 Nov 2026", "November 2026").
 */
export function formatBucket(start: string, grain: BucketGrain, long = false): string {
  switch (grain) {
    case "day":
      return formatDay(start, long);
    case "week":
      return long ? `Week of ${formatDay(start, true)}` : formatDay(start);
    case "month":
      return (long ? longMonthFormat : monthFormat).format(new Date(`${start}T00:00:00Z`));
    case "quarter":
      return `Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1} ${start.slice(0, 4)}`;
  }
}

/** What one bucket is called in a sentence: "fewer than 30 comments that month". */
export const BUCKET_NOUN: Record<BucketGrain, string> = { day: "day", week: "week", month: "month", quarter: "quarter" };

export type TrendPoint = { date: string; value: number | null; n: number; low: number | null; high: number | null };

/** A trend point as the chart draws it: the interval band as a [low, high] pair, or nothing. */
export type TrendDatum = TrendPoint & { band: [number, number] | null };

/**
 * Points in date order with their interval band. A point without a value (below the minimum
 * sample) keeps its place, so the line breaks there instead of joining across the gap, and its
 * band is dropped with it: an interval of a withheld figure would reveal what was withheld.
 */
export function trendData(points: readonly TrendPoint[]): TrendDatum[] {
  return [...points]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((point) => ({
      ...point,
      band: point.value !== null && point.low !== null && point.high !== null ? [point.low, point.high] : null,
    }));
}

export type Mover = {
  id: string;
  name: string;
  href?: string;
  /** What moved, such as "NPS" or "CSAT". */
  kpiLabel: string;
  unit: KpiUnit;
  previous: number;
  current: number;
  /** Current minus previous, and its 95% interval. */
  change: number;
  low: number;
  high: number;
  /** Still significant after the correction for many comparisons (Benjamini-Hochberg). */
  significant: boolean;
  /** Lower is better (such as a waiting time): a fall is then an improvement. */
  lowerIsBetter?: boolean;
};

/**
 * The significant movers, split into those that got better and those that got worse (by the
 * KPI's direction, not the sign), biggest first; at most `limit` each.
 */
export function splitMovers(movers: readonly Mover[], limit = 5): { improved: Mover[]; declined: Mover[] } {
  const significant = movers.filter((mover) => mover.significant && mover.change !== 0);
  const better = (mover: Mover) => (mover.lowerIsBetter ? mover.change < 0 : mover.change > 0);
  const bySize = (a: Mover, b: Mover) => Math.abs(b.change) - Math.abs(a.change) || a.name.localeCompare(b.name);
  return {
    improved: significant.filter(better).sort(bySize).slice(0, limit),
    declined: significant.filter((mover) => !better(mover)).sort(bySize).slice(0, limit),
  };
}

/** A theme's name as a label: "waiting and delays" reads "Waiting and delays". */
export const themeLabel = (theme: string) => theme.charAt(0).toUpperCase() + theme.slice(1);
