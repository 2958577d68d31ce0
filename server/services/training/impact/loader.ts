import "server-only";
import { and, between, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { coachingSessions, coachingSessionTouchPoints, feedbackDailyTotals, trainingRecords } from "@/db/schema";
import type { ImpactKpiKind } from "@/lib/domain/training-impact";
import type { TenantDb } from "@/server/db/tenant-db";
import { mondayOf, NEVER, weekOf, type Panel } from "./panel";

/** Each person's completion day (in the organisation's time zone) of an intervention. */
export type Completions = Map<string, string>;

/** First completed or passed record of the module per person, as a day in the organisation's zone. */
export async function moduleCompletions(tenant: TenantDb, moduleId: string, timeZone: string): Promise<Completions> {
  const rows = await tenant
    .selectFields(
      { userId: trainingRecords.userId, day: sql<string>`min((${trainingRecords.completedAt} at time zone ${timeZone}::text)::date)::text` },
      trainingRecords,
      and(eq(trainingRecords.moduleId, moduleId), inArray(trainingRecords.outcome, ["completed", "passed"])),
    )
    .groupBy(trainingRecords.userId);
  return new Map(rows.map((row) => [row.userId, row.day]));
}

/** First coaching session about the touch point per person (held_on is already a local day). */
export async function coachingCompletions(tenant: TenantDb, touchPointId: string): Promise<Completions> {
  const rows = await tenant
    .selectFields({ userId: coachingSessions.userId, day: sql<string>`min(${coachingSessions.heldOn})::text` }, coachingSessions)
    .innerJoin(
      coachingSessionTouchPoints,
      tenant.joinOn(coachingSessionTouchPoints, and(eq(coachingSessionTouchPoints.sessionId, coachingSessions.id), eq(coachingSessionTouchPoints.touchPointId, touchPointId))!),
    )
    .groupBy(coachingSessions.userId);
  return new Map(rows.map((row) => [row.userId, row.day]));
}

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
