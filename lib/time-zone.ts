import { z } from "zod";
import { quoted } from "./quoted";

/**
 * The organisation's time zone decides its days and weeks. Only canonical IANA names that the
 * runtime knows are accepted, so the same name also works in PostgreSQL's `AT TIME ZONE`.
 */
export const TIME_ZONES: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
const known = new Set(TIME_ZONES);

export const isTimeZone = (value: string): boolean => known.has(value);

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isTimeZone, { error: (issue) => `${quoted(issue.input)} is not a time zone; choose one such as Europe/London or America/Chicago` });

/** The browser's own zone when it is one we accept, for a sign-up form's first guess. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZone(zone) ? zone : "UTC";
}
