/**
 * Days in an organisation's time zone: the day an instant falls on there, and today there. Shared
 * by the server (rollups, periods, targets) and the browser (period presets), so both agree.
 */

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormatOf(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats a date as YYYY-MM-DD; the parts are read below rather than trusting that.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** "2026-03-08": the calendar day `instant` falls on in `timeZone` (an IANA name). */
export function dayIn(timeZone: string, instant: Date): string {
  if (timeZone === "UTC") return instant.toISOString().slice(0, 10);
  let year = "";
  let month = "";
  let day = "";
  for (const part of dayFormatOf(timeZone).formatToParts(instant)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

/** Today in `timeZone`. */
export const todayIn = (timeZone: string, now: Date = new Date()): string => dayIn(timeZone, now);

const stampFormats = new Map<string, { stamp: Intl.DateTimeFormat; zone: Intl.DateTimeFormat }>();

/**
 * "5 Dec 2026, 19:40 CST": an instant as a person in the organisation's zone reads it. The zone's
 * abbreviation comes from en-US, which knows "CST" or "EDT" where en-GB says "GMT-6".
 */
export function formatInstant(timeZone: string, instant: Date | string): string {
  let formats = stampFormats.get(timeZone);
  if (!formats) {
    formats = {
      stamp: new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }),
      zone: new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }),
    };
    stampFormats.set(timeZone, formats);
  }
  const at = typeof instant === "string" ? new Date(instant) : instant;
  const zoneName = formats.zone.formatToParts(at).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  return `${formats.stamp.format(at)} ${zoneName}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "5 Dec 2026": the day of an instant in the organisation's zone, for dates without a time. */
export function formatDateIn(timeZone: string, instant: Date | string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium" });
    dateFormats.set(timeZone, format);
  }
  return format.format(typeof instant === "string" ? new Date(instant) : instant);
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** How far `timeZone`'s clocks are ahead of UTC at `instant`, in milliseconds. */
function offsetAt(timeZone: string, instant: number): number {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    clockFormats.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(new Date(instant))) part[type] = Number(value);
  const clock = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
  return clock - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant of `day` ("2026-03-08") in `timeZone`: where a filter "from this day" starts.
 * The offset is read twice, so a day on which the clocks change starts at its own offset.
 */
export function startOfDayIn(timeZone: string, day: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  if (timeZone === "UTC") return new Date(midnightUtc);
  const guess = midnightUtc - offsetAt(timeZone, midnightUtc);
  return new Date(midnightUtc - offsetAt(timeZone, guess));
}

/** The first instant after `day` in `timeZone`: where a filter "to this day" ends (exclusive). */
export function endOfDayIn(timeZone: string, day: string): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return startOfDayIn(timeZone, next);
}
