import "server-only";
import { sql } from "drizzle-orm";
import type { feedback } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { addResponse, emptyCounts, type DayOf, segmentKeyOf, type RollupCounts } from "./rollup-delta";
import { upsertDerivedRollups } from "./derived-rollups";
import { COUNTED, COUNTED_COLUMNS, increments, SUMS } from "./rollup-columns";
import { arrayParam } from "./unnest";
import { DEFAULT_RATING_SCALE } from "@/lib/rating-scale";

export type RollupKey = { touchPointId: string; staffId: string | null; segmentKey: string; day: string };

export type RollupRow = Pick<
  typeof feedback.$inferInsert,
  "touchPointId" | "staffId" | "segment" | "occurredAt" | "npsScore" | "csatScore" | "cesScore" | "rating" | "sentiment" | "sentimentLabel" | "comment"
>;

/** Where each touch point's top box starts (its rating KPI's top_box_from). */
export type TopBoxOf = (touchPointId: string) => number;
const defaultTopBox: TopBoxOf = () => DEFAULT_RATING_SCALE.topBoxFrom;

/**
 * Sums the responses per rollup row (touch point, staff member, segment, the organisation's day
 * from `dayOf`), in a fixed order.
 * `topBoxOf` may be left out only where the deltas cancel out the ratings (revise-text.ts).
 */
export function rollupDeltas(rows: RollupRow[], dayOf: DayOf, topBoxOf: TopBoxOf = defaultTopBox): (RollupKey & { counts: RollupCounts })[] {
  const byKey = new Map<string, RollupKey & { counts: RollupCounts }>();
  for (const row of rows) {
    const staffId = row.staffId ?? null;
    const segmentKey = segmentKeyOf(row.segment ?? {});
    const day = dayOf(row.occurredAt);
    // NUL cannot occur in PostgreSQL text, so it separates the parts unambiguously.
    const id = `${row.touchPointId}\0${staffId ?? ""}\0${day}\0${segmentKey}`;
    let entry = byKey.get(id);
    if (!entry) {
      entry = { touchPointId: row.touchPointId, staffId, segmentKey, day, counts: emptyCounts() };
      byKey.set(id, entry);
    }
    addResponse(entry.counts, {
      npsScore: row.npsScore ?? null,
      csatScore: row.csatScore ?? null,
      cesScore: row.cesScore ?? null,
      rating: row.rating ?? null,
      sentiment: row.sentiment ?? null,
      sentimentLabel: row.sentimentLabel ?? null,
      comment: row.comment ?? null,
    }, topBoxOf(row.touchPointId));
  }
  // Concurrent ingests lock the rollup rows they touch in the same order, so they cannot deadlock.
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

/**
 * Adds newly stored responses to their daily rollups (call inside the inserting transaction):
 * one statement, one row per rollup key (a statement may not update the same row twice), one
 * array parameter per column.
 */
export async function addToRollups(tenant: TenantDb, rows: RollupRow[], dayOf: DayOf, topBoxOf: TopBoxOf): Promise<void> {
  await upsertRollupDeltas(tenant, rollupDeltas(rows, dayOf, topBoxOf));
}

/**
 * Adds each delta (counts may be negative) to its rollup row, and to the tables derived from it
 * (derived-rollups.ts), creating the rows when missing. Deltas come in lock order; each derived
 * table is locked after this one, in its own key order, so concurrent writers still take locks
 * in one order.
 */
export async function upsertRollupDeltas(tenant: TenantDb, deltas: (RollupKey & { counts: RollupCounts })[]): Promise<void> {
  if (deltas.length === 0) return;
  const counted = COUNTED.map((column) => arrayParam(deltas.map((d) => d.counts[column]), SUMS.has(column) ? "float8" : "int4"));
  await tenant.execute(
    (orgId) => sql`
      insert into feedback_daily_rollups (org_id, touch_point_id, staff_id, segment_key, day, ${COUNTED_COLUMNS})
      select ${orgId}, d.touch_point_id, d.staff_id, d.segment_key, d.day::date, ${COUNTED_COLUMNS}
      from unnest(
        ${arrayParam(deltas.map((d) => d.touchPointId), "uuid")},
        ${arrayParam(deltas.map((d) => d.staffId), "uuid")},
        ${arrayParam(deltas.map((d) => d.segmentKey), "text")},
        ${arrayParam(deltas.map((d) => d.day), "text")},
        ${sql.join(counted, sql`, `)}
      ) as d(touch_point_id, staff_id, segment_key, day, ${COUNTED_COLUMNS})
      on conflict (org_id, touch_point_id, day, staff_id, segment_key) do update set ${increments("feedback_daily_rollups")}`,
  );
  await upsertDerivedRollups(tenant, deltas);
}
