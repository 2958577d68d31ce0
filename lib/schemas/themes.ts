import { z } from "zod";
import { idSchema, requiredText } from "@/lib/schemas/common";

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

export const THEME_JOURNEYS_MAX = 100;

/** The journeys a theme is limited to; an empty list means every journey. */
export const themeJourneyIdsSchema = z
  .array(idSchema("journeyId"), { error: "Journeys must be a list of journey ids" })
  .max(THEME_JOURNEYS_MAX, `Choose at most ${THEME_JOURNEYS_MAX} journeys; none means every journey`)
  .transform((ids) => [...new Set(ids)]);

export const themeFieldsSchema = z.object({
  name: requiredText("Theme name", THEME_NAME_MAX),
  terms: themeTermsSchema,
  /** Absent on an update: the theme keeps its journeys. */
  journeyIds: themeJourneyIdsSchema.optional(),
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

export const THEMES_MERGED_MAX = 20;

const themeIdSchema = idSchema("themeId");

/** Two or more themes become one under `name`, with all their words and phrases. */
export const mergeThemesSchema = z.object({
  themeIds: z
    .array(themeIdSchema, { error: "Choose the themes to merge" })
    .min(2, "Choose at least two themes to merge")
    .max(THEMES_MERGED_MAX, `Merge at most ${THEMES_MERGED_MAX} themes at a time`)
    .refine((ids) => new Set(ids).size === ids.length, "Choose each theme once"),
  name: requiredText("Theme name", THEME_NAME_MAX),
});

export type MergeThemesInput = z.infer<typeof mergeThemesSchema>;

/**
 * One theme becomes two: each of its words and phrases goes to exactly one of the two named
 * themes, and each side keeps at least one.
 */
export const splitThemeSchema = z
  .object({ themeId: themeIdSchema, first: themeFieldsSchema, second: themeFieldsSchema })
  .superRefine((input, ctx) => {
    if (input.first.name.toLowerCase() === input.second.name.toLowerCase()) {
      ctx.addIssue({ code: "custom", path: ["second", "name"], message: "Give the two themes different names" });
    }
    const onBoth = input.first.terms.find((term) => input.second.terms.includes(term));
    if (onBoth !== undefined) {
      ctx.addIssue({ code: "custom", path: ["second", "terms"], message: `"${onBoth}" is on both sides; put it in one theme` });
    }
  });

export type SplitThemeInput = z.infer<typeof splitThemeSchema>;
