/*
 * Benchmark baseline, frozen as of commit c3e3a6e (before the speed-up): the impact panel loader: one row per person and week from PostgreSQL, parsed by the driver.
 * bench/training.ts runs it and the current code in the same rounds for their ratio. Not used by the app.
 */
import { and, between, eq, isNotNull, sql } from "drizzle-orm";
import { feedbackDailyTotals } from "../../db/schema";
import type { ImpactKpiKind } from "../../lib/domain/training-impact";
import type { TenantDb } from "../../server/db/tenant-db";
import type { Completions } from "../../server/services/training/impact/loader";
import { mondayOf, NEVER, weekOf, type Panel } from "../../server/services/training/impact/panel";

/** A response's value summed, and the responses counted, per KPI kind (docs/training-impact.md). */
const VALUE_SUMS = {
  nps: { sum: sql`100 * (${feedbackDailyTotals.npsPromoters} - ${feedbackDailyTotals.npsDetractors})`, n: feedbackDailyTotals.npsN },
  csat: { sum: sql`100 * ${feedbackDailyTotals.csatTopTwo}`, n: feedbackDailyTotals.csatN },
  ces: { sum: sql`${feedbackDailyTotals.cesSum}`, n: feedbackDailyTotals.cesN },
  rating: { sum: sql`${feedbackDailyTotals.ratingSum}`, n: feedbackDailyTotals.ratingN },
} as const;

/**
 * The person x week panels of one touch point for the KPI kinds asked, from the staff-level daily
 * totals (days are already the organisation's), over the weeks any stack can use: from `pre`
 * weeks before the first completion to `post` weeks after the last. Responses about nobody in
 * particular are left out. One query, grouped by person and week in the database.
 */
export async function loadPanels(
  tenant: TenantDb,
  input: { touchPointId: string; kinds: readonly ImpactKpiKind[]; completions: Completions; pre: number; post: number },
): Promise<Map<ImpactKpiKind, Panel>> {
  const panels = new Map<ImpactKpiKind, Panel>();
  const completionWeeks = [...input.completions.values()].map(weekOf);
  if (completionWeeks.length === 0 || input.kinds.length === 0) return panels;
  const firstWeek = Math.min(...completionWeeks) - input.pre;
  const lastWeek = Math.max(...completionWeeks) + input.post;
  const kinds = [...new Set(input.kinds)];
  const week = sql<number>`floor((${feedbackDailyTotals.day} - date '1970-01-05') / 7.0)::int`;
  const fields = Object.fromEntries(
    kinds.flatMap((kind) => [
      [`${kind}Sum`, sql<number>`sum(${VALUE_SUMS[kind].sum})::float8`],
      [`${kind}N`, sql<number>`sum(${VALUE_SUMS[kind].n})::float8`],
    ]),
  );
  const rows = (await tenant
    .selectFields(
      { staffId: feedbackDailyTotals.staffId, week, ...fields },
      feedbackDailyTotals,
      and(
        eq(feedbackDailyTotals.touchPointId, input.touchPointId),
        isNotNull(feedbackDailyTotals.staffId),
        between(feedbackDailyTotals.day, mondayOf(firstWeek), mondayOf(lastWeek + 1)),
      ),
    )
    .groupBy(sql.raw("1"), sql.raw("2"))) as unknown as (Record<string, number> & { staffId: string; week: number })[];

  const people = [...new Set(rows.map((row) => row.staffId))].sort();
  const rowOf = new Map(people.map((id, p) => [id, p]));
  const weeks = lastWeek - firstWeek + 1;
  for (const kind of kinds) {
    const panel: Panel = {
      firstWeek,
      weeks,
      people,
      sum: new Float64Array(people.length * weeks),
      n: new Float64Array(people.length * weeks),
      completedWeek: Int32Array.from(people, (id) => (input.completions.has(id) ? weekOf(input.completions.get(id)!) : NEVER)),
    };
    for (const row of rows) {
      const column = Number(row.week) - firstWeek;
      if (column < 0 || column >= weeks) continue;
      const cell = rowOf.get(row.staffId)! * weeks + column;
      panel.sum[cell] = Number(row[`${kind}Sum`]);
      panel.n[cell] = Number(row[`${kind}N`]);
    }
    panels.set(kind, panel);
  }
  return panels;
}
