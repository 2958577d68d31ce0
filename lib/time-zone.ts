import { z } from "zod";
import { quoted } from "./quoted";

/**
 * The organisation's time zone decides its days and weeks. Only canonical IANA names that the
 * runtime knows are accepted, so the same name also works in PostgreSQL's `AT TIME ZONE`.
 */
export const TIME_ZONES: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
const known = new Set(TIME_ZONES);

/*
 * Runtimes list different names for the same zone: Node 20's ICU lists "Asia/Calcutta" and
 * "Europe/Kiev" where a current browser says "Asia/Kolkata" and "Europe/Kyiv". A name in IANA's
 * Area/Location form that the runtime accepts is taken too, so a browser's own zone is never
 * refused by an older server (the database checks it again: server/services/organization/known-time-zone.ts).
 */
const IANA_NAME = /^[A-Z][A-Za-z_-]+(\/[A-Z][A-Za-z0-9_+-]+){1,2}$/;
function runtimeAccepts(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const isTimeZone = (value: string): boolean => known.has(value) || (IANA_NAME.test(value) && runtimeAccepts(value));

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isTimeZone, { error: (issue) => `${quoted(issue.input)} is not a time zone; choose one such as Europe/London or America/Chicago` });

/** The browser's own zone when it is one we accept, for a sign-up form's first guess. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZone(zone) ? zone : "UTC";
}
