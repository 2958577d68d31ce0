import { z } from "zod";
import { idSchema, optionalText, requiredText } from "@/lib/schemas/common";
import { CHANNELS } from "@/lib/domain/channels";
import { JOURNEY_STATUSES } from "@/lib/domain/journeys";

/** Free segment or persona attributes, e.g. class: Business. */
export const segmentSchema = z
  .record(requiredText("Attribute name", 60), optionalText("Attribute value", 200))
  .refine((segment) => Object.keys(segment).length <= 20, "Use at most 20 segment attributes");

export const journeyFieldsSchema = z.object({
  name: requiredText("Journey name", 120),
  description: optionalText("Description", 2000).default(""),
  segment: segmentSchema.default({}),
  status: z.enum(JOURNEY_STATUSES).exclude(["archived"], "Choose draft or active").default("draft"),
});

export const stageFieldsSchema = z.object({
  name: requiredText("Stage name", 80),
  description: optionalText("Description", 1000).default(""),
});

export const touchPointFieldsSchema = z.object({
  name: requiredText("Touch point name", 120),
  description: optionalText("Description", 2000).default(""),
  channel: z.enum(CHANNELS, "Choose a channel"),
  ownerTeamId: idSchema("ownerTeamId").nullable().default(null),
  isMomentOfTruth: z.boolean().default(false),
  promise: optionalText("Promise", 1000).default(""),
});

export const positionSchema = z.number().int("Position must be a whole number").min(0, "Position cannot be negative").max(10_000);

export type JourneyFields = z.infer<typeof journeyFieldsSchema>;
export type StageFields = z.infer<typeof stageFieldsSchema>;
export type TouchPointFields = z.infer<typeof touchPointFieldsSchema>;
