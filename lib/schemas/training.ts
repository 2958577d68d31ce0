import { z } from "zod";
import { roundScore, TRAINING_CATEGORIES } from "@/lib/domain/training";
import { idSchema, optionalText, requiredText } from "@/lib/schemas/common";
import { isoDateSchema } from "@/lib/schemas/kpis";

export const MODULE_TITLE_MAX = 120;
export const MODULE_CONTENT_MAX = 50_000;
export const MODULE_SKILL_MAX = 60;
export const MODULE_SKILLS_MAX = 20;
export const MODULE_TOUCH_POINTS_MAX = 50;
export const MODULE_DURATION_MAX = 24 * 60;
export const EXTERNAL_ID_MAX = 500;
export const REFLECTION_MAX = 1000;
/** People one assignment call may reach: a team, not an organisation. */
export const ASSIGNEES_MAX = 200;
/** The due date the one-click "Assign" of a recommendation uses. */
export const DEFAULT_DUE_DAYS = 14;

const uniqueIds = (label: string, max: number, message: string) =>
  z
    .array(idSchema(label), { error: message })
    .max(max, `Choose at most ${max}`)
    .transform((ids) => [...new Set(ids)]);

export const moduleFieldsSchema = z.object({
  title: requiredText("Title", MODULE_TITLE_MAX),
  kind: z.enum(TRAINING_CATEGORIES, "Choose the kind: personal, organisational or professional"),
  skills: z
    .array(requiredText("A skill", MODULE_SKILL_MAX), { error: "Skills must be a list of short phrases" })
    .max(MODULE_SKILLS_MAX, `A module lists at most ${MODULE_SKILLS_MAX} skills`)
    .transform((skills) => [...new Set(skills)]),
  touchPointIds: uniqueIds("touchPointId", MODULE_TOUCH_POINTS_MAX, "Touch points must be a list of touch point ids"),
  durationMinutes: z
    .number({ error: "Duration must be a number of minutes" })
    .int("Duration must be a whole number of minutes")
    .min(1, "Duration must be at least 1 minute")
    .max(MODULE_DURATION_MAX, `Duration must be at most ${MODULE_DURATION_MAX} minutes`),
  content: optionalText("Content", MODULE_CONTENT_MAX).default(""),
  /** The course id in the organisation's LMS; empty means none. */
  externalId: optionalText("LMS course id", EXTERNAL_ID_MAX)
    .nullish()
    .transform((value) => (value ? value : null)),
  /** A team's own module (a lead's must be one of their teams); null: the whole organisation. */
  teamId: idSchema("teamId").nullish().transform((value) => value ?? null),
});
export type ModuleFields = z.infer<typeof moduleFieldsSchema>;
export type ModuleFieldsInput = z.input<typeof moduleFieldsSchema>;

export const moduleIdInput = z.object({ moduleId: idSchema("moduleId") });
export const updateModuleSchema = moduleFieldsSchema.extend(moduleIdInput.shape);

export const MODULE_STATUSES = ["active", "retired"] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

export const listModulesSchema = z
  .object({
    kind: z.enum(TRAINING_CATEGORIES, "Choose the kind: personal, organisational or professional").optional(),
    status: z.enum(MODULE_STATUSES, "Choose active or retired").optional(),
    touchPointId: idSchema("touchPointId").optional(),
  })
  .default({});

export const assignSchema = z.object({
  moduleId: idSchema("moduleId"),
  userIds: z
    .array(idSchema("userId"), { error: "Choose the people to assign" })
    .min(1, "Choose at least one person")
    .max(ASSIGNEES_MAX, `Assign at most ${ASSIGNEES_MAX} people at a time`)
    .transform((ids) => [...new Set(ids)]),
  dueOn: isoDateSchema,
});
export type AssignInput = z.infer<typeof assignSchema>;

export const assignmentIdInput = z.object({ assignmentId: idSchema("assignmentId") });

export const completeAssignmentSchema = assignmentIdInput.extend({
  score: z.number({ error: "Score must be a number" }).min(0, "Score must be between 0 and 100").max(100, "Score must be between 0 and 100").transform(roundScore).nullish(),
  reflection: optionalText("Reflection", REFLECTION_MAX).nullish(),
});
export type CompleteAssignmentInput = z.infer<typeof completeAssignmentSchema>;

export const extendAssignmentSchema = assignmentIdInput.extend({ dueOn: isoDateSchema });

/** A period of days like the dashboards'; left out, the last 90 days to today. */
export const recommendationsSchema = z
  .object({ from: isoDateSchema.optional(), to: isoDateSchema.optional(), teamId: idSchema("teamId").optional() })
  .refine((period) => !period.from || !period.to || period.from <= period.to, { path: ["from"], message: "from must not be after to" })
  .default({});

export const historySchema = z.object({ userId: idSchema("userId").optional() }).default({});
