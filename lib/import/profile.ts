import type { NumberFormat, ScaleRange } from "./types";
import { guessDateOrder, parseDateTime, parseNumber } from "./values";

/** What the guess knows of a column from the sample's values. */
export type Profile = {
  /** Non-empty values, trimmed. */
  values: string[];
  numeric: boolean;
  distinct: number;
  /** distinct / values: near 1 for free text and ids. */
  distinctShare: number;
  /** The most frequent values, most frequent first. */
  top: string[];
  min: number;
  max: number;
  /** Whole numbers from 0 to 10: enough for a column whose header already says rating. */
  wholeSmall: boolean;
  /** Whole numbers from 0 to 10 reaching 3 or more (not a 0/1 flag), two or more distinct, under half of them 0. */
  ratingLike: boolean;
  /** Share of values that read as dates. */
  dateShare: number;
  /** Share of values over 60 characters with a space in them: sentences, not codes. */
  longTextShare: number;
  meanLength: number;
  yesNo: boolean;
};

const YES_NO = new Set(["yes", "no", "y", "n", "true", "false"]);

export function profileOf(samples: string[][], column: number, format?: NumberFormat): Profile {
  const values = samples.map((row) => (row[column] ?? "").trim()).filter(Boolean);
  const numbers = values.map((v) => parseNumber(v, format));
  const numeric = values.length > 0 && numbers.every((n) => n !== null && Number.isFinite(n));
  const finite = numeric ? (numbers as number[]) : [];
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
  const order = guessDateOrder(values);
  const dates = values.filter((v) => parseDateTime(v, order ?? "dmy") !== null).length;
  const whole = numeric && finite.every((n) => Number.isInteger(n) && n >= 0 && n <= 10);
  const zeros = finite.filter((n) => n === 0).length;
  return {
    values,
    numeric,
    distinct: counts.size,
    distinctShare: values.length ? counts.size / values.length : 0,
    top,
    min: finite.length ? Math.min(...finite) : 0,
    max: finite.length ? Math.max(...finite) : 0,
    wholeSmall: whole,
    ratingLike: whole && counts.size >= 2 && Math.max(...finite) >= 3 && zeros < values.length / 2,
    dateShare: values.length ? dates / values.length : 0,
    longTextShare: values.length ? values.filter((v) => v.length > 60 && v.includes(" ")).length / values.length : 0,
    meanLength: values.length ? values.reduce((sum, v) => sum + v.length, 0) / values.length : 0,
    yesNo: values.length > 0 && counts.size <= 2 && values.every((v) => YES_NO.has(v.toLowerCase())),
  };
}

/**
 * The rating scale a column's values fit: 1-5 up to 5 (a 0 there means "not applicable", as in
 * survey exports), 1-7 up to 7, and up to 10 either 1-10 or, when 0 is among the values, 0-10.
 */
export function ratingScaleOfValues(profile: Pick<Profile, "min" | "max">): ScaleRange {
  if (profile.max <= 5) return { min: 1, max: 5 };
  if (profile.max <= 7) return { min: 1, max: 7 };
  return { min: profile.min === 0 ? 0 : 1, max: 10 };
}
