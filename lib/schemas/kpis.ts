import { z } from "zod";
import { idSchema, optionalText, requiredText } from "@/lib/schemas/common";
import { DEFAULT_RATING_SCALE, ratingScaleIssues, ratingUnit, resolveRatingScale, SCALE_LABEL_MAX, scaleRangeText, type RatingScale } from "@/lib/rating-scale";
import { KPI_DIRECTIONS, KPI_KINDS, type KpiDirection, type KpiKind } from "@/lib/domain/kpis";

/** DESIGN.md's scales and directions: what a new KPI of each kind starts from (a rating's range is its own scale: kpiRange). */
export const KPI_DEFAULTS: Record<
  KpiKind,
  { name: string; unit: string; direction: KpiDirection; min: number; max: number; target: number; warningThreshold: number }
> = {
  nps: { name: "NPS", unit: "NPS (-100..100)", direction: "higher_is_better", min: -100, max: 100, target: 30, warningThreshold: 10 },
  csat: { name: "CSAT", unit: "% satisfied (4-5 of 5)", direction: "higher_is_better", min: 0, max: 100, target: 80, warningThreshold: 70 },
  ces: { name: "Customer effort", unit: "mean of 1-7", direction: "higher_is_better", min: 1, max: 7, target: 5.5, warningThreshold: 5 },
  rating: { name: "Rating", unit: ratingUnit(DEFAULT_RATING_SCALE), direction: "higher_is_better", min: 1, max: 5, target: 4, warningThreshold: 3.5 },
  operational: { name: "Operational measure", unit: "", direction: "lower_is_better", min: -1e9, max: 1e9, target: 0, warningThreshold: 0 },
};

const finite = (label: string) => z.number({ error: `${label} must be a number` }).finite(`${label} must be a number`);

/** Where a KPI's target and warning threshold may lie: a rating's own scale, every other kind's fixed range. */
export function kpiRange(kind: KpiKind, scale: RatingScale | null): { min: number; max: number; text: string } {
  if (kind === "rating" && scale) return { min: scale.scaleMin, max: scale.scaleMax, text: `the rating scale ${scaleRangeText(scale)}` };
  const { min, max } = KPI_DEFAULTS[kind];
  return { min, max, text: kind.toUpperCase() };
}

/** A rating's target and warning threshold on a new scale: the same place between its ends, rounded to a tenth. */
export function rescaledTargets(from: RatingScale, to: RatingScale, values: { target: number; warningThreshold: number }) {
  const move = (value: number) => Math.round((to.scaleMin + ((value - from.scaleMin) / (from.scaleMax - from.scaleMin)) * (to.scaleMax - to.scaleMin)) * 10) / 10;
  return { target: move(values.target), warningThreshold: move(values.warningThreshold) };
}

// A scale's ends are whole numbers; the refinement below names the value when one is not.
const scaleEnd = (label: string) => z.number({ error: (issue) => `${label} must be a number (got ${JSON.stringify(issue.input) ?? "nothing"})` }).nullish();
const endLabel = (label: string) => optionalText(label, SCALE_LABEL_MAX).nullish();

/** A rating KPI's scale fields; every other kind ignores them. Left out, a rating is on the default 1-5 scale. */
export const scaleFieldsSchema = {
  scaleMin: scaleEnd("The scale's lowest answer").describe("Rating KPIs only: the scale's lowest answer (0-99; default 1)"),
  scaleMax: scaleEnd("The scale's highest answer").describe("Rating KPIs only: the scale's highest answer (up to 100; default 5)"),
  scaleMinLabel: endLabel("The lowest answer's label").describe("Rating KPIs only: what the lowest answer means, e.g. Poor"),
  scaleMaxLabel: endLabel("The highest answer's label").describe("Rating KPIs only: what the highest answer means, e.g. Excellent"),
  topBoxFrom: scaleEnd("The top box's lowest answer").describe("Rating KPIs only: answers from this one up are the top box (default: the top two)"),
};

export const kpiFieldsSchema = z
  .object({
    kind: z.enum(KPI_KINDS, "Choose a KPI kind"),
    name: requiredText("KPI name", 120),
    unit: optionalText("Unit", 40).default(""),
    direction: z.enum(KPI_DIRECTIONS, "Choose a direction"),
    target: finite("Target"),
    warningThreshold: finite("Warning threshold"),
    minSampleSize: z.number().int("Minimum sample must be a whole number").min(1, "Minimum sample is at least 1").max(100_000),
    ...scaleFieldsSchema,
  })
  .superRefine((kpi, ctx) => {
    let scale: RatingScale | null = null;
    if (kpi.kind === "rating") {
      scale = resolveRatingScale(kpi);
      const issues = ratingScaleIssues(scale);
      for (const issue of issues) ctx.addIssue({ code: "custom", path: [issue.field], message: issue.message });
      if (issues.length) return;
    }
    const { min, max, text } = kpiRange(kpi.kind, scale);
    for (const field of ["target", "warningThreshold"] as const) {
      if (kpi[field] < min || kpi[field] > max) {
        ctx.addIssue({ code: "custom", path: [field], message: `Must be between ${min} and ${max} for ${text} (got ${kpi[field]})` });
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
