import { z } from "zod";
import { requiredText } from "@/server/services/common/schemas";

export const THEME_NAME_MAX = 60;
export const THEME_TERM_MAX = 60;
export const THEME_TERMS_MAX = 200;

/** A term as stored: trimmed and lower case (matching ignores case anyway), 1-60 characters. */
const termSchema = requiredText("A term", THEME_TERM_MAX).transform((term) => term.toLowerCase());

/** A theme's terms: 1-200 of them, duplicates (after lower-casing) dropped in their first place. */
export const themeTermsSchema = z
  .array(termSchema, { error: "Terms must be a list of words or phrases" })
  .min(1, "Give the theme at least one word or phrase")
  .max(THEME_TERMS_MAX, `A theme has at most ${THEME_TERMS_MAX} words or phrases`)
  .transform((terms) => [...new Set(terms)]);

export const themeFieldsSchema = z.object({
  name: requiredText("Theme name", THEME_NAME_MAX),
  terms: themeTermsSchema,
});

export type ThemeFields = z.infer<typeof themeFieldsSchema>;

/**
 * The terms typed in a text box, one per line or separated by commas: what the edit form sends
 * as `terms`. Empty pieces are dropped; the server trims and checks the rest.
 */
export function splitTerms(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((term) => term.trim())
    .filter((term) => term !== "");
}
