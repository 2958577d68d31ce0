import { z } from "zod";
import { idSchema, optionalText, requiredText } from "@/server/services/common/schemas";

export const KPI_KINDS = ["nps", "csat", "ces", "rating", "operational"] as const;
export type KpiKind = (typeof KPI_KINDS)[number];

/** DESIGN.md's scales and directions: what a new KPI of each kind starts from. */
export const KPI_DEFAULTS: Record<
  KpiKind,
  { name: string; unit: string; direction: "higher_is_better" | "lower_is_better"; min: number; max: number; target: number; warningThreshold: number }
> = {
  nps: { name: "NPS", unit: "NPS (-100..100)", direction: "higher_is_better", min: -100, max: 100, target: 30, warningThreshold: 10 },
  csat: { name: "CSAT", unit: "% satisfied (4-5 of 5)", direction: "higher_is_better", min: 0, max: 100, target: 80, warningThreshold: 70 },
  ces: { name: "Customer effort", unit: "mean of 1-7", direction: "higher_is_better", min: 1, max: 7, target: 5.5, warningThreshold: 5 },
  rating: { name: "Rating", unit: "/5", direction: "higher_is_better", min: 1, max: 5, target: 4, warningThreshold: 3.5 },
  operational: { name: "Operational measure", unit: "", direction: "lower_is_better", min: -1e9, max: 1e9, target: 0, warningThreshold: 0 },
};

const finite = (label: string) => z.number({ error: `${label} must be a number` }).finite(`${label} must be a number`);

export const kpiFieldsSchema = z
  .object({
    kind: z.enum(KPI_KINDS, "Choose a KPI kind"),
    name: requiredText("KPI name", 120),
    unit: optionalText("Unit", 40).default(""),
    direction: z.enum(["higher_is_better", "lower_is_better"], "Choose a direction"),
    target: finite("Target"),
    warningThreshold: finite("Warning threshold"),
    minSampleSize: z.number().int("Minimum sample must be a whole number").min(1, "Minimum sample is at least 1").max(100_000),
  })
  .superRefine((kpi, ctx) => {
    const { min, max } = KPI_DEFAULTS[kpi.kind];
    for (const field of ["target", "warningThreshold"] as const) {
      if (kpi[field] < min || kpi[field] > max) {
        ctx.addIssue({ code: "custom", path: [field], message: `Must be between ${min} and ${max} for ${kpi.kind.toUpperCase()}` });
      }
    }
    // The warning threshold sits between target and failure: below the target when higher is better.
    const wrongSide = kpi.direction === "higher_is_better" ? kpi.warningThreshold > kpi.target : kpi.warningThreshold < kpi.target;
    if (wrongSide) {
      ctx.addIssue({
        code: "custom",
        path: ["warningThreshold"],
        message: kpi.direction === "higher_is_better" ? "The warning threshold must not be above the target" : "The warning threshold must not be below the target",
      });
    }
  });

// The format alone lets through days PostgreSQL cannot take: there is no year 0, and the audit
// filter's day after 9999-12-31 is in year 10000. No target or audit search needs them.
export const isoDateSchema = z.iso
  .date("Use a date like 2026-12-31")
  .refine((day) => day >= "1900-01-01" && day <= "2999-12-31", "Use a date between 1900-01-01 and 2999-12-31");

export const targetFieldsSchema = z
  .object({
    teamId: idSchema("teamId").nullable().default(null),
    userId: idSchema("userId").nullable().default(null),
    target: finite("Target"),
    warningThreshold: finite("Warning threshold").nullable().default(null),
    validFrom: isoDateSchema,
    validTo: isoDateSchema.nullable().default(null),
  })
  .superRefine((target, ctx) => {
    if ((target.teamId === null) === (target.userId === null)) {
      ctx.addIssue({ code: "custom", path: ["teamId"], message: "Choose either a team or a person" });
    }
    if (target.validTo && target.validTo < target.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "The end date must not be before the start date" });
    }
  });

export type KpiFields = z.infer<typeof kpiFieldsSchema>;
export type TargetFields = z.infer<typeof targetFieldsSchema>;
