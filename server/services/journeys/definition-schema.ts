import "server-only";
import { z } from "zod";
import { optionalText, requiredText } from "@/lib/schemas/common";
import { kpiFieldsSchema } from "@/lib/schemas/kpis";
import { CHANNELS } from "@/lib/domain/channels";
import { JOURNEY_STATUSES } from "@/lib/domain/journeys";
import { segmentSchema, stageFieldsSchema } from "@/lib/schemas/journeys";

export const DEFINITION_FORMAT = "touchpoint.journey";
export const DEFINITION_VERSION = 1;

/** A journey map as a portable document: teams are named, never referred to by id. */
export const journeyDefinitionSchema = z.object({
  format: z.literal(DEFINITION_FORMAT, `This is not a Touchpoint journey file (format must be "${DEFINITION_FORMAT}")`),
  version: z.literal(DEFINITION_VERSION, `Only version ${DEFINITION_VERSION} journey files can be imported`),
  journey: z.object({
    name: requiredText("Journey name", 120),
    description: optionalText("Description", 2000).default(""),
    segment: segmentSchema.default({}),
    status: z.enum(JOURNEY_STATUSES).default("draft"),
  }),
  stages: z
    .array(
      stageFieldsSchema.extend({
        touchPoints: z
          .array(
            z.object({
              name: requiredText("Touch point name", 120),
              description: optionalText("Description", 2000).default(""),
              channel: z.enum(CHANNELS, "Choose a channel"),
              ownerTeam: requiredText("Owner team", 80).nullable().default(null),
              isMomentOfTruth: z.boolean().default(false),
              promise: optionalText("Promise", 1000).default(""),
              archived: z.boolean().default(false),
              kpis: z
                .array(kpiFieldsSchema)
                .max(10, "At most 10 KPIs per touch point")
                .refine((list) => list.filter((kpi) => kpi.kind === "rating").length <= 1, "A touch point's ratings are on one scale: at most one rating KPI")
                .default([]),
            }),
          )
          .max(50, "At most 50 touch points per stage")
          .default([]),
      }),
    )
    .max(30, "At most 30 stages"),
});

export type JourneyDefinition = z.infer<typeof journeyDefinitionSchema>;
export type JourneyDefinitionInput = z.input<typeof journeyDefinitionSchema>;
