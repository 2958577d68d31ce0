import { z } from "zod";
import { isoDateSchema } from "@/server/services/kpis/schemas";
import { weeksOf, weekStart } from "@/lib/trend-range";
import type { Period } from "@/server/services/metrics/rollup-queries";

export { weekStart };

export const DASHBOARD_MAX_DAYS = 366;
const DAY_MS = 86_400_000;

export const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
export const dayFromNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => dayFromNumber(dayNumber(day) + days);
export const daysIn = (period: Period) => dayNumber(period.to) - dayNumber(period.from) + 1;

/** The period of the same length just before this one. */
export const previousPeriod = (period: Period): Period => ({ from: addDays(period.from, -daysIn(period)), to: addDays(period.from, -1) });

/** Every day, or every ISO week's Monday, that the period touches, in order. */
export function buckets(period: Period, grain: "day" | "week"): string[] {
  if (grain === "week") return weeksOf(period);
  const out: string[] = [];
  for (let d = dayNumber(period.from); d <= dayNumber(period.to); d++) out.push(dayFromNumber(d));
  return out;
}

/** A period of UTC days, inclusive, at most DASHBOARD_MAX_DAYS long. */
export const periodFields = { from: isoDateSchema, to: isoDateSchema };
export const refinePeriod = (period: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (!period.from || !period.to) return;
  if (period.from > period.to) ctx.addIssue({ code: "custom", path: ["from"], message: `from (${period.from}) must not be after to (${period.to})` });
  else if (daysIn({ from: period.from, to: period.to }) > DASHBOARD_MAX_DAYS) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `The period covers at most ${DASHBOARD_MAX_DAYS} days` });
  }
};
