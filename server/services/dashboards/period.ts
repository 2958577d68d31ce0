import "server-only";
import { z } from "zod";
import { addDays, dayFromNumber, dayNumber, daysBetween, weekStart } from "@/lib/days";
import { bucketsOf, TREND_GRAINS, trendGrain, type TrendGrain } from "@/lib/trend-grain";
import { grainProblem } from "@/lib/trend-range";
import { isoDateSchema } from "@/lib/schemas/kpis";
import type { Period } from "@/server/services/metrics/rollup-queries";

export { addDays, dayFromNumber, dayNumber, weekStart };

export const daysIn = (period: Period) => daysBetween(period.from, period.to);

/** The period of the same length just before this one. */
export const previousPeriod = (period: Period): Period => ({ from: addDays(period.from, -daysIn(period)), to: addDays(period.from, -1) });

/** The first day of every bucket of the grain (day, ISO week, month, quarter) that the period touches, in order. */
export const buckets = (period: Period, grain: TrendGrain): string[] => bucketsOf(period, grain);

/**
 * A period of UTC days, inclusive, of any length (isoDateSchema keeps both ends real days from
 * 2000 on): a dashboard may cover the organisation's whole history.
 */
export const periodFields = { from: isoDateSchema, to: isoDateSchema };
export const refinePeriod = (period: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (!period.from || !period.to) return;
  if (period.from > period.to) ctx.addIssue({ code: "custom", path: ["from"], message: `from (${period.from}) must not be after to (${period.to})` });
};

/** A trend's grain; left out, the one that fits the period (trendGrain). */
export const grainField = { grain: z.enum(TREND_GRAINS, "Choose day, week, month or quarter").optional() };

/**
 * A grain that would draw more points than a chart can show over the period is refused, naming
 * it; the period's own grain never is (a century of quarters is long, but it is what there is).
 */
export const refineGrain = (input: { from?: string; to?: string; grain?: TrendGrain }, ctx: z.RefinementCtx) => {
  if (!input.grain || input.from === undefined || input.to === undefined) return;
  // A day the fields already refused has no buckets to count; its own issue says why.
  if (!isoDateSchema.safeParse(input.from).success || !isoDateSchema.safeParse(input.to).success || input.from > input.to) return;
  if (input.grain === trendGrain({ from: input.from, to: input.to })) return;
  const problem = grainProblem({ from: input.from, to: input.to }, input.grain);
  if (problem) ctx.addIssue({ code: "custom", path: ["grain"], message: `grain "${input.grain}": ${problem}; choose a coarser grain` });
};

/** The grain a trend procedure draws: the one asked for, or the period's own. */
export const grainOf = (input: Period & { grain?: TrendGrain }): TrendGrain => input.grain ?? trendGrain(input);
