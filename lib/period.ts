/**
 * The period a dashboard shows, kept in the URL
 * (`period=7d|30d|90d|qtd|lq|12m|ytd|all|custom&from=&to=`). Days are UTC calendar days written
 * YYYY-MM-DD, and both ends are inclusive, as in the server's KPI summaries
 * (server/services/metrics/summary-schema.ts). A period may be as long as the organisation's
 * history: nothing here shortens one.
 */
import { addDays, addMonths, daysBetween, utcDay } from "./days";

export { addDays, utcDay };

export const PERIOD_PRESETS = ["7d", "30d", "90d", "qtd", "lq", "12m", "ytd", "all", "custom"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const DEFAULT_PRESET: PeriodPreset = "30d";

export const PRESET_LABELS: Record<PeriodPreset, string> = {
  "7d": "7 days",
  "30d": "30 days",
  "90d": "90 days",
  qtd: "Quarter to date",
  lq: "Last quarter",
  "12m": "12 months",
  ytd: "Year to date",
  all: "All time",
  custom: "Custom",
};

type FixedPreset = Exclude<PeriodPreset, "custom" | "all">;

/**
 * What the URL asks for: a preset, all of the organisation's history from its first response
 * day (`from`, which the picker keeps current), or a custom range whose days are already checked.
 */
export type PeriodSelection = { preset: FixedPreset } | { preset: "all"; from: string } | { preset: "custom"; from: string; to: string };

export type DayRange = { from: string; to: string; days: number; label: string };

export type ResolvedPeriod = DayRange & {
  preset: PeriodPreset;
  /** The same number of days immediately before `from`: what a change is measured against. */
  previous: DayRange;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real calendar day (2026-02-30 is not) from 1900 on, the range the server takes
 * (isoDateSchema): old enough for any organisation's history, late enough for sane arithmetic.
 */
export function isDay(value: string): boolean {
  if (!DAY.test(value) || value < "1900-01-01") return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && utcDay(parsed) === value;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
/** The attribute on the period picker holding the period in words, for exports that leave the picker behind. */
export const PERIOD_TEXT = "data-period-text";

export const formatDayRange = (from: string, to: string) => (from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`);

const quarterOf = (day: string) => {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return { year, quarter };
};
const quarterStart = (year: number, quarter: number) => `${year}-${String(quarter * 3 + 1).padStart(2, "0")}-01`;
const quarterName = (year: number, quarter: number) => `Q${quarter + 1} ${year}`;

function range(from: string, to: string, label: string): DayRange {
  return { from, to, days: daysBetween(from, to), label };
}

/** Today as a day: a day string as given (the organisation's, lib/day-in.ts), a Date as its UTC day. */
const dayOfToday = (today: Date | string) => (typeof today === "string" ? today : utcDay(today));

/** The days a selection covers on `today` (the organisation's today), and the comparable period before it. */
export function resolvePeriod(selection: PeriodSelection, today: Date | string = new Date()): ResolvedPeriod {
  const end = dayOfToday(today);
  const current = currentRange(selection, end);
  const previousTo = addDays(current.from, -1);
  const previousFrom = addDays(previousTo, -(current.days - 1));
  return {
    ...current,
    preset: selection.preset,
    previous: range(previousFrom, previousTo, formatDayRange(previousFrom, previousTo)),
  };
}

function currentRange(selection: PeriodSelection, today: string): DayRange {
  switch (selection.preset) {
    case "7d":
    case "30d":
    case "90d": {
      const days = Number(selection.preset.slice(0, -1));
      return range(addDays(today, -(days - 1)), today, `Last ${days} days`);
    }
    case "qtd": {
      const { year, quarter } = quarterOf(today);
      return range(quarterStart(year, quarter), today, `${quarterName(year, quarter)} to date`);
    }
    case "lq": {
      const { year, quarter } = quarterOf(today);
      const last = quarter === 0 ? { year: year - 1, quarter: 3 } : { year, quarter: quarter - 1 };
      const from = quarterStart(last.year, last.quarter);
      return range(from, addDays(quarterStart(year, quarter), -1), quarterName(last.year, last.quarter));
    }
    case "12m":
      return range(addDays(addMonths(today, -12), 1), today, "Last 12 months");
    case "ytd":
      return range(`${today.slice(0, 4)}-01-01`, today, `${today.slice(0, 4)} to date`);
    case "all":
      // A first response dated after today (a clock behind the data) still gives a period.
      return range(selection.from > today ? today : selection.from, today, "All time");
    case "custom":
      return range(selection.from, selection.to, formatDayRange(selection.from, selection.to));
  }
}

/**
 * The selection a URL asks for. Anything unusable (an unknown preset, a day that does not exist,
 * from after to, a start in the future, "all" without its first day) gives the default rather
 * than an error: a mangled link still opens a dashboard. A custom range of any length is kept
 * whole; only an end after today is brought back to today, so a link shared before the end of
 * its range keeps working.
 */
export function parsePeriodParams(params: URLSearchParams, today: Date | string = new Date()): PeriodSelection {
  const preset = params.get("period") ?? "";
  const from = params.get("from") ?? "";
  const end = dayOfToday(today);
  if (preset === "custom") {
    const to = params.get("to") ?? "";
    if (!isDay(from) || !isDay(to)) return { preset: DEFAULT_PRESET as "30d" };
    const clampedTo = to > end ? end : to;
    if (from > clampedTo) return { preset: DEFAULT_PRESET as "30d" };
    return { preset: "custom", from, to: clampedTo };
  }
  if (preset === "all") return isDay(from) && from <= end ? { preset, from } : { preset: DEFAULT_PRESET as "30d" };
  return isPreset(preset) && preset !== "custom" && preset !== "all" ? { preset } : { preset: DEFAULT_PRESET as "30d" };
}

const isPreset = (value: string): value is PeriodPreset => (PERIOD_PRESETS as readonly string[]).includes(value);

/**
 * The URL parameters of a selection; "" removes a parameter. The default period writes no
 * parameter at all, so the plain page address and "last 30 days" are the same link.
 */
export function periodParams(selection: PeriodSelection): Record<"period" | "from" | "to", string> {
  if (selection.preset === "custom") return { period: "custom", from: selection.from, to: selection.to };
  if (selection.preset === "all") return { period: "all", from: selection.from, to: "" };
  return { period: selection.preset === DEFAULT_PRESET ? "" : selection.preset, from: "", to: "" };
}

const plural = (n: number, unit: string) => `${n.toLocaleString("en-GB")} ${unit}${n === 1 ? "" : "s"}`;

/**
 * How long a period is, in words: "45 days" up to two months, else years and whole months
 * ("3 years 2 months"), with the days left over while it is under a year ("5 months 3 days").
 */
export function periodLength(from: string, to: string): string {
  const days = daysBetween(from, to);
  if (days < 62) return plural(days, "day");
  const end = addDays(to, 1);
  const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  let months = monthIndex(end) - monthIndex(from);
  if (addMonths(from, months) > end) months -= 1;
  const rest = daysBetween(addMonths(from, months), end) - 1;
  const years = Math.floor(months / 12);
  const parts = [years ? plural(years, "year") : "", months % 12 ? plural(months % 12, "month") : "", !years && rest ? plural(rest, "day") : ""];
  return parts.filter(Boolean).join(" ");
}
