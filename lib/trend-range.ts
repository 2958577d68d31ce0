/**
 * The days a week-by-week trend covers. Five weekly points (the default 30-day period) are too
 * few to call a trend, so a trend reaches back at least TREND_MIN_WEEKS ISO weeks, or over the
 * whole period when that is longer, and always ends on the period's last day. The period's own
 * figures (tiles, tables) keep the period; only weekly series widen.
 */
import { addDays } from "./period";

export const TREND_MIN_WEEKS = 13;

type Days = { from: string; to: string };

/** Monday of the ISO week holding the day: what date_trunc('week', day) gives the weekly rollups. */
export const weekStart = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

/** The longer of the period and the TREND_MIN_WEEKS weeks up to its end (the last one partial, to its end day). */
export function trendRange(period: Days): Days {
  const minimum = addDays(weekStart(period.to), -7 * (TREND_MIN_WEEKS - 1));
  return { from: period.from < minimum ? period.from : minimum, to: period.to };
}

/** The Monday of every ISO week the days touch, in order: one weekly point each. */
export function weeksOf(range: Days): string[] {
  const weeks: string[] = [];
  for (let week = weekStart(range.from); week <= range.to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

const endFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/**
 * What a trend chart covers, as "13 weeks to 23 Nov"; when it reaches back before the period
 * it says so, since the figures beside it cover the period only.
 */
export function trendCaption(trend: Days, period?: Days): string {
  const covers = `${weeksOf(trend).length} weeks to ${endFormat.format(new Date(`${trend.to}T00:00:00Z`))}`;
  return period && trend.from < period.from ? `${covers} (wider than the period: a trend needs ${TREND_MIN_WEEKS} weeks)` : covers;
}
