/**
 * Arithmetic on calendar days written YYYY-MM-DD, shared by the pages and the server so both
 * count a period's days, weeks, months and quarters the same way. A day is a whole UTC day
 * here; which instant starts it is the rollups' business (they store days, not instants).
 */

const DAY_MS = 86_400_000;

/** The UTC day of an instant. */
export const utcDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Days since 1970-01-01: the difference of two is the number of days between them. */
export const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
export const dayFromNumber = (value: number) => utcDay(new Date(value * DAY_MS));
export const addDays = (day: string, days: number) => dayFromNumber(dayNumber(day) + days);

/** The days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from) + 1;

/** The day `months` calendar months away, kept within the month it lands in (31 Jan + 1 month is 28 or 29 Feb). */
export function addMonths(day: string, months: number): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1 + months;
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return utcDay(new Date(Date.UTC(year, month, Math.min(Number(day.slice(8, 10)), lastOfMonth))));
}

/** Monday of the ISO week holding the day: what date_trunc('week', day) gives. */
export const weekStart = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

/** The first of the day's month: what date_trunc('month', day) gives. */
export const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

/** The first day of the day's calendar quarter: what date_trunc('quarter', day) gives. */
export const quarterStart = (day: string) => `${day.slice(0, 4)}-${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
