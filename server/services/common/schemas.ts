import { z } from "zod";

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

export const roleSchema = z.enum(["director", "team_lead", "frontline"], "Choose a role");
