/**
 * The days a trend covers, at its grain (lib/trend-grain.ts). A handful of points is too few to
 * call a trend (the default 30-day period is five weeks), so a trend reaches back at least a
 * grain's minimum of buckets (TREND_MIN_POINTS), or over the whole period when that is longer,
 * and always ends on the period's last day. The period's own figures (tiles, tables) keep the
 * period; only the series widen.
 */
import { formatCount } from "./charts/format";
import { addBuckets, bucketCount, bucketsOf, bucketStart, isTrendGrain, trendGrain, type TrendGrain } from "./trend-grain";

export { weekStart } from "./days";

/** The fewest buckets a trend shows: a week of days, a quarter of weeks, a year of months, two years of quarters. */
export const TREND_MIN_POINTS: Record<TrendGrain, number> = { day: 7, week: 13, month: 12, quarter: 8 };
export const TREND_MIN_WEEKS = TREND_MIN_POINTS.week;

/** The most points a chosen grain may draw (a year of days, about seven years of weeks); more is refused. */
export const MAX_TREND_POINTS = 400;

type Days = { from: string; to: string };

/** The longer of the period and the grain's minimum of buckets up to its end (the last one partial, to its end day). */
export function trendRange(period: Days, grain: TrendGrain = "week"): Days {
  const minimum = addBuckets(bucketStart(period.to, grain), grain, -(TREND_MIN_POINTS[grain] - 1));
  return { from: period.from < minimum ? period.from : minimum, to: period.to };
}

/** The Monday of every ISO week the days touch, in order: one weekly point each. */
export const weeksOf = (range: Days) => bucketsOf(range, "week");

/** How many points the grain draws over the period's trend. */
export const trendPoints = (period: Days, grain: TrendGrain) => bucketCount(trendRange(period, grain), grain);

/** Why a grain cannot draw a period's trend ("By day, 1 Jan 2020 – ... would be 2,192 points"), or null when it can. */
export function grainProblem(period: Days, grain: TrendGrain): string | null {
  const points = trendPoints(period, grain);
  return points > MAX_TREND_POINTS ? `${GRAIN_WORDS[grain].by} this period would be ${formatCount(points)} points, more than the ${MAX_TREND_POINTS} a chart can show` : null;
}

export const GRAIN_WORDS: Record<TrendGrain, { by: string; each: string; unit: string; units: string }> = {
  day: { by: "By day", each: "day by day", unit: "day", units: "days" },
  week: { by: "By week", each: "week by week", unit: "week", units: "weeks" },
  month: { by: "By month", each: "month by month", unit: "month", units: "months" },
  quarter: { by: "By quarter", each: "quarter by quarter", unit: "quarter", units: "quarters" },
};

export type GrainChoice = {
  grain: TrendGrain;
  /** The grain the URL asked for and that is shown; null when the period's own grain is shown. */
  chosen: TrendGrain | null;
  /** Said beside the charts when the URL asked for a grain that cannot be shown. */
  note: string | null;
};

/**
 * The grain a page shows for the URL's `grain=` and the period: the one asked for when it fits,
 * else the period's own (trendGrain), saying why the one asked for was not used.
 */
export function chooseGrain(requested: string | null | undefined, period: Days): GrainChoice {
  const auto = trendGrain(period);
  if (!requested) return { grain: auto, chosen: null, note: null };
  const instead = `shown ${GRAIN_WORDS[auto].by.toLowerCase()}`;
  if (!isTrendGrain(requested)) return { grain: auto, chosen: null, note: `“${requested}” is not a grain (day, week, month or quarter): ${instead}.` };
  const problem = grainProblem(period, requested);
  return problem ? { grain: auto, chosen: null, note: `${problem}: ${instead}.` } : { grain: requested, chosen: requested, note: null };
}

const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const quarterName = (day: string) => `Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1} ${day.slice(0, 4)}`;

/** The end of a trend as its caption says it: "23 Nov" for days and weeks, "Nov 2026", "Q4 2026". */
function endOf(day: string, grain: TrendGrain): string {
  if (grain === "month") return monthYear.format(asDate(day));
  if (grain === "quarter") return quarterName(day);
  return dayMonth.format(asDate(day));
}

/**
 * What a trend chart covers, as "13 weeks to 23 Nov", "24 months to Nov 2026" or "8 quarters
 * to Q4 2026"; when it reaches back before the period it says so, since the figures beside it
 * cover the period only.
 */
export function trendCaption(trend: Days, grain: TrendGrain, period?: Days): string {
  const count = bucketCount(trend, grain);
  const words = GRAIN_WORDS[grain];
  const covers = `${formatCount(count)} ${count === 1 ? words.unit : words.units} to ${endOf(trend.to, grain)}`;
  return period && trend.from < period.from ? `${covers} (wider than the period: a trend needs ${TREND_MIN_POINTS[grain]} ${words.units})` : covers;
}
