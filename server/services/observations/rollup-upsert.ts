import "server-only";
import { sql } from "drizzle-orm";
import type { TenantDb } from "@/server/db/tenant-db";
import type { DayOf } from "@/server/services/feedback/rollup-delta";
import { arrayParam } from "@/server/services/feedback/unnest";

export type ObservationRollupRow = { touchPointId: string; kpiId: string | null; staffId: string | null; metric: string; value: number; observedAt: Date };
export type ObservationCounts = { n: number; sum: number; sumSq: number; min: number; max: number };
type ObservationKey = { touchPointId: string; kpiId: string | null; metric: string; staffId: string | null; day: string };

/** A square too small for a double is 0 (PostgreSQL would raise an underflow; the rebuild says 0 too). */
export const squareOf = (value: number) => (Math.abs(value) < 1e-150 ? 0 : value * value);

/** Sums observations per rollup row (touch point, metric, KPI, staff member, the organisation's day from `dayOf`), in a fixed order. */
export function observationRollupDeltas(rows: ObservationRollupRow[], dayOf: DayOf): (ObservationKey & { counts: ObservationCounts })[] {
  const byKey = new Map<string, ObservationKey & { counts: ObservationCounts }>();
  for (const row of rows) {
    const day = dayOf(row.observedAt);
    const id = `${row.touchPointId}\0${day}\0${row.metric}\0${row.kpiId ?? ""}\0${row.staffId ?? ""}`;
    const entry = byKey.get(id);
    if (!entry) {
      byKey.set(id, {
        touchPointId: row.touchPointId,
        kpiId: row.kpiId,
        metric: row.metric,
        staffId: row.staffId,
        day,
        counts: { n: 1, sum: row.value, sumSq: squareOf(row.value), min: row.value, max: row.value },
      });
      continue;
    }
    const c = entry.counts;
    c.n += 1;
    c.sum += row.value;
    c.sumSq += squareOf(row.value);
    c.min = Math.min(c.min, row.value);
    c.max = Math.max(c.max, row.value);
  }
  // Concurrent ingests lock the rollup rows they touch in the same order, so they cannot deadlock.
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

/** Adds newly stored observations to their daily rollups (call inside the inserting transaction). */
export async function addToObservationRollups(tenant: TenantDb, rows: ObservationRollupRow[], dayOf: DayOf): Promise<void> {
  if (rows.length === 0) return;
  const deltas = observationRollupDeltas(rows, dayOf);
  const column = (pick: (counts: ObservationCounts) => number, type: string) => arrayParam(deltas.map((d) => pick(d.counts)), type);
  await tenant.execute(
    (orgId) => sql`
      insert into observation_daily_rollups (org_id, touch_point_id, kpi_id, metric, staff_id, day, n, sum, sum_sq, min, max)
      select ${orgId}, d.touch_point_id, d.kpi_id, d.metric, d.staff_id, d.day::date, d.n, d.sum, d.sum_sq, d.min, d.max
      from unnest(
        ${arrayParam(deltas.map((d) => d.touchPointId), "uuid")},
        ${arrayParam(deltas.map((d) => d.kpiId), "uuid")},
        ${arrayParam(deltas.map((d) => d.metric), "text")},
        ${arrayParam(deltas.map((d) => d.staffId), "uuid")},
        ${arrayParam(deltas.map((d) => d.day), "text")},
        ${column((c) => c.n, "int4")}, ${column((c) => c.sum, "float8")}, ${column((c) => c.sumSq, "float8")},
        ${column((c) => c.min, "float8")}, ${column((c) => c.max, "float8")}
      ) as d(touch_point_id, kpi_id, metric, staff_id, day, n, sum, sum_sq, min, max)
      on conflict (org_id, touch_point_id, day, metric, kpi_id, staff_id) do update set
        n = observation_daily_rollups.n + excluded.n,
        sum = observation_daily_rollups.sum + excluded.sum,
        sum_sq = observation_daily_rollups.sum_sq + excluded.sum_sq,
        min = least(observation_daily_rollups.min, excluded.min),
        max = greatest(observation_daily_rollups.max, excluded.max)`,
  );
}
