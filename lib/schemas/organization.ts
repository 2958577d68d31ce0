import { z } from "zod";
import { THEME_PRESET_IDS } from "@/lib/themes/presets";
import { quoted } from "@/lib/quoted";
import { timeZoneSchema } from "@/lib/time-zone";
import { emailSchema, newPasswordSchema, requiredText } from "@/lib/schemas/common";

export const themePresetSchema = z.enum(THEME_PRESET_IDS, {
  error: (issue) => `${quoted(issue.input)} is not a starting taxonomy; choose one of ${THEME_PRESET_IDS.join(", ")}`,
});

/** One schema for the sign-up form and the procedure behind it. */
export const signUpSchema = z.object({
  orgName: requiredText("Organisation name", 120),
  name: requiredText("Your name", 120),
  email: emailSchema,
  password: newPasswordSchema,
  timeZone: timeZoneSchema,
  themePreset: themePresetSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;
