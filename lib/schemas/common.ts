import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";

// Control characters (NUL above all) are refused: PostgreSQL rejects NUL in text, and no
// legitimate name or email carries them.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// So are lone UTF-16 surrogates: they are not text, and PostgreSQL refuses them as an error in
// a jsonb value (the audit log), where a text column would silently store U+FFFD instead.
const LONE_SURROGATE = /\p{Cs}/u;
const allowedText = (value: string) => !CONTROL_CHARACTERS.test(value) && !LONE_SURROGATE.test(value);

/** A required single-line text: trimmed, not empty, bounded, no control characters. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine(allowedText, `${label} contains characters that are not allowed`);

/** Optional free text (may be empty). */
export const optionalText = (label: string, max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine(allowedText, `${label} contains characters that are not allowed`);

export const emailSchema = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .max(254, "Email is too long")
  .pipe(z.email("Enter a valid email address"));

export const idSchema = (label = "id") => z.uuid(`${label} must be a valid id`);

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Length rules for a new password; the server also refuses common ones (auth/passwords.ts). */
export const newPasswordSchema = z
  .string({ error: "Password is required" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

export const roleSchema = z.enum(ROLES, "Choose a role");

/** The earliest instant an event may carry: older dates are typing or parsing mistakes (year 0000 broke a whole batch). */
export const EARLIEST_INSTANT = "1900-01-01T00:00:00Z";
/** How far ahead of the server's clock an event may be dated: a sender's clock can run a little fast, not days. */
export const FUTURE_TOLERANCE_MS = 86_400_000;

/**
 * When something happened, as other systems send it: ISO 8601 with an offset, from 1900 until a
 * day ahead. Checked here so that a date PostgreSQL cannot store never reaches it.
 */
export const instantSchema = (field: string) =>
  z.iso
    .datetime({ offset: true, error: (issue) => `${field} must be an ISO 8601 time such as 2026-11-23T09:30:00Z (got ${JSON.stringify(issue.input) ?? "nothing"})` })
    .refine(
      (value) => {
        const at = Date.parse(value);
        return at >= Date.parse(EARLIEST_INSTANT) && at <= Date.now() + FUTURE_TOLERANCE_MS;
      },
      { error: (issue) => `${field} ${String(issue.input)} is outside the dates accepted: from 1900-01-01 until a day from now` },
    );
