import { z } from "zod";
import { idSchema } from "@/server/services/common/schemas";
import { isoDateSchema } from "@/server/services/kpis/schemas";

export const SUMMARY_DEFAULT_DAYS = 30;
export const SUMMARY_MAX_DAYS = 366;

const DAY_MS = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/**
 * The period and filters of a KPI summary. Days are the organisation's (its time zone) and inclusive; without `to` the period
 * ends today, without `from` it covers SUMMARY_DEFAULT_DAYS days up to `to`.
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
      const end = to ?? (typeof today === "string" ? today : dayOf(today));
      const start = from ?? dayOf(new Date(dayNumber(end) * DAY_MS - (SUMMARY_DEFAULT_DAYS - 1) * DAY_MS));
      return { ...filters, from: start, to: end };
    })
    .superRefine((query, ctx) => {
      if (query.from > query.to) {
        ctx.addIssue({ code: "custom", path: ["from"], message: `from (${query.from}) must not be after to (${query.to})` });
      } else if (dayNumber(query.to) - dayNumber(query.from) + 1 > SUMMARY_MAX_DAYS) {
        ctx.addIssue({ code: "custom", path: ["from"], message: `The period covers at most ${SUMMARY_MAX_DAYS} days` });
      }
    });

export type SummaryQuery = z.output<ReturnType<typeof summaryQuerySchema>>;
