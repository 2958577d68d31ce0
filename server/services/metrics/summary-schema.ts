import "server-only";
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { addDays, utcDay } from "@/lib/days";
import { isoDateSchema } from "@/lib/schemas/kpis";

export const SUMMARY_DEFAULT_DAYS = 30;

/**
 * The period and filters of a KPI summary. Days are the organisation's (its time zone) and inclusive; without `to` the
 * period ends today there, without `from` it covers SUMMARY_DEFAULT_DAYS days up to `to`. A period may be any length
 * (the rollups are per day, so years cost little more than a month).
 */
export const summaryQueryFieldsSchema = z.strictObject({
  from: isoDateSchema.optional().describe(`First day in the organisation's time zone, inclusive (default: ${SUMMARY_DEFAULT_DAYS - 1} days before \`to\`)`),
  to: isoDateSchema.optional().describe("Last day in the organisation's time zone, inclusive (default: today there)"),
  touchPointId: idSchema("touchPointId").optional().describe("Only this touch point (archived ones too)"),
  journeyId: idSchema("journeyId").optional().describe("Only the touch points of this journey"),
});

/** `today` is the organisation's today (a day string, lib/day-in.ts) or, as a Date, its UTC day. */
export const summaryQuerySchema = (today: Date | string = new Date()) =>
  summaryQueryFieldsSchema
    .transform(({ from, to, ...filters }) => {
      const end = to ?? (typeof today === "string" ? today : utcDay(today));
      const start = from ?? addDays(end, -(SUMMARY_DEFAULT_DAYS - 1));
      return { ...filters, from: start, to: end };
    })
    .superRefine((query, ctx) => {
      if (query.from > query.to) {
        ctx.addIssue({ code: "custom", path: ["from"], message: `from (${query.from}) must not be after to (${query.to})` });
      }
    });

export type SummaryQuery = z.output<ReturnType<typeof summaryQuerySchema>>;
