import "server-only";
import { z } from "zod";
import { idSchema, requiredText } from "@/lib/schemas/common";
import { THEME_NAME_MAX } from "@/lib/schemas/themes";
import { SENTIMENT_LABELS } from "@/lib/domain/sentiment";

export const MAX_CORRECTED_THEMES = 30;

/** A correction of one response: its sentiment label, its themes, or both (what is absent stays). */
export const correctResponseSchema = z
  .object({
    feedbackId: idSchema("feedbackId"),
    sentimentLabel: z.enum(SENTIMENT_LABELS, "Choose positive, neutral or negative").optional(),
    themes: z
      .array(requiredText("Theme", THEME_NAME_MAX), { error: "Themes must be a list of theme names" })
      .max(MAX_CORRECTED_THEMES, `Choose at most ${MAX_CORRECTED_THEMES} themes`)
      .optional(),
  })
  .refine((input) => input.sentimentLabel !== undefined || input.themes !== undefined, {
    message: "Correct the sentiment label, the themes or both",
    path: ["sentimentLabel"],
  });

export type CorrectResponseInput = z.infer<typeof correctResponseSchema>;

export const responseIdSchema = z.object({ feedbackId: idSchema("feedbackId") });
