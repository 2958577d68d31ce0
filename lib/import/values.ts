import { CHANNELS, type Channel } from "@/lib/domain/channels";
import type { DateOrder, NumberFormat } from "./types";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function isoOf(year: number, month: number, day: number, h = 0, m = 0, s = 0): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || m > 59 || s > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, h, m, s));
  if (date.getUTCDate() !== day) return null; // 31 April and the like
  return date.toISOString().replace(".000Z", "Z");
}

const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
const SLASHED = new RegExp(String.raw`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})${TIME}$`);
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${TIME}$`);
/** "2015-02-24 11:35:52 -0800", as exported by many tools: a local time and its offset. */
const SPACED_OFFSET = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/i;
const NAMED = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;
const NAMED_US = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/**
 * A date or time as ISO 8601, or null. Accepts ISO 8601 (with a zone or offset, or without: then
 * UTC), 2026-11-03 14:05, 03/11/2026 (day first or month first as `order` says, also with . or -
 * and an optional time), and month names: "3 Nov 2026", "19th November 2023", "November 3, 2026".
 */
export function parseDateTime(text: string, order: DateOrder | null): string | null {
  const value = text.trim();
  if (!value) return null;
  let m = ISO_DATE.exec(value);
  if (m) return isoOf(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  m = YEAR_FIRST.exec(value);
  if (m) return isoOf(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  m = SLASHED.exec(value);
  if (m) {
    const [first, second] = [+m[1]!, +m[2]!];
    // No order chosen: only a date that reads one way (13/04/2026) is a date.
    const sure = order ?? (first > 12 ? "dmy" : second > 12 ? "mdy" : null);
    if (!sure) return null;
    const [day, month] = sure === "dmy" ? [first, second] : [second, first];
    return isoOf(+m[3]!, month, day, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  }
  m = SPACED_OFFSET.exec(value);
  if (m) {
    const offset = m[3]!.toUpperCase() === "Z" ? "Z" : m[3]!.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    const date = new Date(`${m[1]}T${m[2]}${offset}`);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(".000Z", "Z");
  }
  m = NAMED.exec(value);
  if (m) return monthNamed(+m[3]!, m[2]!, +m[1]!);
  m = NAMED_US.exec(value);
  if (m) return monthNamed(+m[3]!, m[1]!, +m[2]!);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(".000Z", "Z");
  }
  return null;
}

function monthNamed(year: number, name: string, day: number): string | null {
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return month < 0 ? null : isoOf(year, month + 1, day);
}

/**
 * Which order the sample's slashed dates are in: a first part above 12 means day first, a second
 * part above 12 month first. null when the sample has slashed dates and every one reads both ways
 * (every day <= 12): the user must choose. Day first when there are no slashed dates at all.
 */
export function guessDateOrder(samples: string[]): DateOrder | null {
  let slashed = false;
  for (const sample of samples) {
    const m = SLASHED.exec(sample.trim());
    if (!m) continue;
    slashed = true;
    if (+m[1]! > 12) return "dmy";
    if (+m[2]! > 12) return "mdy";
  }
  return slashed ? null : "dmy";
}

/** The earliest year a response is taken to be plausible: older dates are flagged in the preview. */
export const EARLIEST_PLAUSIBLE_YEAR = 1990;

/** Dates of a column that are likely wrong: before 1990 (1970-01-01 is an empty date somewhere) or after `now`. */
export function implausibleDates(isoDates: { line: number; iso: string }[], now = new Date()): { early: number[]; future: number[] } {
  const early: number[] = [];
  const future: number[] = [];
  for (const { line, iso } of isoDates) {
    const time = Date.parse(iso);
    if (new Date(time).getUTCFullYear() < EARLIEST_PLAUSIBLE_YEAR) early.push(line);
    else if (time > now.getTime()) future.push(line);
  }
  return { early, future };
}

/**
 * A number written as the file writes them ("1.234,5" with a decimal comma and a thousands
 * point), or NaN; null for an empty cell. A thousands separator must group by three digits.
 */
export function parseNumber(text: string, format: NumberFormat = { decimal: ".", thousands: "," }): number | null {
  let value = text.trim();
  if (!value) return null;
  if (format.thousands) {
    const sep = format.thousands === "." ? "\\." : format.thousands === " " ? "[ \u00a0\u202f]" : format.thousands;
    if (new RegExp(`^[+-]?\\d{1,3}(${sep}\\d{3})+(${format.decimal === "." ? "\\." : ","}\\d+)?$`).test(value)) {
      value = value.replace(new RegExp(sep, "g"), "");
    }
  }
  if (format.decimal === ",") {
    if (value.includes(".")) return Number.NaN;
    value = value.replace(",", ".");
  }
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
}

/** A whole number (4.0 is 4), a fraction as itself (4.5), NaN for text; null for an empty cell. */
export function parseScore(text: string, format?: NumberFormat): number | null {
  return parseNumber(text, format);
}

/** Whether the sample's numbers are written with a decimal comma ("4,5", "10,0" and no "4.5"). */
export function guessNumberFormat(values: string[]): NumberFormat {
  const comma = values.filter((v) => /^[+-]?\d+,\d{1,2}$/.test(v.trim()) || /^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(v.trim())).length;
  const point = values.filter((v) => /^[+-]?\d+\.\d+$/.test(v.trim()) && !/^\d{1,3}\.\d{3}$/.test(v.trim())).length;
  return comma > point ? { decimal: ",", thousands: "." } : { decimal: ".", thousands: "," };
}

/** "In person", "in-person" and "IN_PERSON" are all in_person. */
export function parseChannel(text: string): Channel | null {
  const value = text.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return (CHANNELS as readonly string[]).includes(value) ? (value as Channel) : null;
}

export const AGE_THRESHOLDS = [25, 40, 60];

/** Thresholds [25, 40, 60] give "under 25", "25-39", "40-59", "60+". */
export function bandOf(value: number, thresholds: number[]): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const index = thresholds.findIndex((t) => value < t);
  if (index === 0) return `under ${n(thresholds[0]!)}`;
  if (index < 0) return `${n(thresholds[thresholds.length - 1]!)}+`;
  return `${n(thresholds[index - 1]!)}-${n(thresholds[index]! - 1)}`;
}

/** Three round thresholds that split 0..max into four bands of equal width (1, 2 or 5 times a power of ten). */
export function roundThresholds(max: number): number[] {
  if (!(max > 0)) return [1, 2, 3];
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  return [step, 2 * step, 3 * step];
}
