import { z } from "zod";
import { idSchema, optionalText } from "@/lib/schemas/common";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as YYYY-MM-DD that exists (no 31 April). */
export const daySchema = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .regex(DAY, `${label} must be a date (YYYY-MM-DD)`)
    .refine((day) => {
      const date = new Date(`${day}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
    }, `${label} is not a real date`);

/** What a lead records about a 1:1; shared by the form and the router. */
export const coachingFieldsSchema = z
  .object({
    heldOn: daySchema("Session date"),
    touchPointIds: z
      .array(idSchema("touchPointId"), { error: "Choose at least one touch point" })
      .min(1, "Choose at least one touch point")
      .max(50, "Choose at most 50 touch points"),
    notes: optionalText("Notes", 5000),
    actions: optionalText("Agreed actions", 5000),
    followUpOn: daySchema("Follow-up date").nullable(),
  })
  .refine((value) => value.followUpOn === null || value.followUpOn >= value.heldOn, {
    message: "The follow-up date must be on or after the session date",
    path: ["followUpOn"],
  });

export const recordCoachingSchema = z.object({ userId: idSchema("userId") }).and(coachingFieldsSchema);
export const updateCoachingSchema = z.object({ sessionId: idSchema("sessionId") }).and(coachingFieldsSchema);

export type CoachingFields = z.infer<typeof coachingFieldsSchema>;
