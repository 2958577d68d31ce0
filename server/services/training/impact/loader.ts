import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { coachingSessions, coachingSessionTouchPoints, feedbackDailyTotals, trainingRecords } from "@/db/schema";
import type { ImpactKpiKind } from "@/lib/domain/training-impact";
import type { TenantDb } from "@/server/db/tenant-db";
import { rowsOf } from "@/server/services/feedback/unnest";
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
 * particular are left out. One query: PostgreSQL groups by person and week, then returns one row
 * per person whose weeks travel packed in one bytea (per week: its column as int4, then each
 * kind's sum and count as float8, big-endian: PostgreSQL's binary send format), so the driver
 * parses a row per person rather than per person and week, and no number goes through text
 * (docs/benchmarks.md, "Training impact").
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
  const weeks = lastWeek - firstWeek + 1;
  const kinds = [...new Set(input.kinds)];
  const from = mondayOf(firstWeek);
  const t = feedbackDailyTotals;
  const totals = sql.join(
    kinds.map((kind, k) => sql`, sum(${VALUE_SUMS[kind].sum})::float8 as ${sql.raw(`s${k}`)}, sum(${VALUE_SUMS[kind].n})::float8 as ${sql.raw(`n${k}`)}`),
    sql``,
  );
  const cell = sql.raw(["int4send(week)", ...kinds.flatMap((_, k) => [`float8send(s${k})`, `float8send(n${k})`])].join(" || "));
  // Days from `from` on, so whole days over 7 is the column (integer division of a non-negative number).
  const result = await tenant.execute(
    (orgId) => sql`
      select staff_id::text as staff, string_agg(${cell}, ''::bytea) as cells
      from (
        select ${t.staffId} as staff_id, (${t.day} - ${from}::date) / 7 as week ${totals}
        from ${t}
        where ${t.orgId} = ${orgId} and ${t.touchPointId} = ${input.touchPointId} and ${t.staffId} is not null
          and ${t.day} >= ${from}::date and ${t.day} < ${mondayOf(lastWeek + 1)}::date
        group by 1, 2
      ) as person_weeks
      group by staff_id`,
  );
  const rows = rowsOf<{ staff: string; cells: Uint8Array }>(result);
  rows.sort((a, b) => (a.staff < b.staff ? -1 : a.staff > b.staff ? 1 : 0));
  const people = rows.map((row) => row.staff);
  const completedWeek = Int32Array.from(people, (id) => (input.completions.has(id) ? weekOf(input.completions.get(id)!) : NEVER));
  const sum = kinds.map(() => new Float64Array(people.length * weeks));
  const n = kinds.map(() => new Float64Array(people.length * weeks));
  const stride = 4 + 16 * kinds.length;
  rows.forEach((row, p) => {
    const view = new DataView(row.cells.buffer, row.cells.byteOffset, row.cells.byteLength);
    for (let at = 0; at < view.byteLength; at += stride) {
      const cell = p * weeks + view.getInt32(at);
      for (let k = 0; k < kinds.length; k++) {
        sum[k]![cell] = view.getFloat64(at + 4 + 16 * k);
        n[k]![cell] = view.getFloat64(at + 12 + 16 * k);
      }
    }
  });
  kinds.forEach((kind, k) => panels.set(kind, { firstWeek, weeks, people, sum: sum[k]!, n: n[k]!, completedWeek }));
  return panels;
}
