import { sql } from "drizzle-orm";
import type { feedback } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { addResponse, dayOf, emptyCounts, segmentKeyOf, type RollupCounts } from "./rollup-delta";
import { arrayParam } from "./unnest";

export type RollupKey = { touchPointId: string; staffId: string | null; segmentKey: string; day: string };

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

const COUNTED = Object.keys(emptyCounts()) as (keyof RollupCounts)[];
// Sums of scores and sentiment are double precision; every other count is an integer.
const SUMS = new Set<keyof RollupCounts>(["csatSum", "csatSumSq", "cesSum", "cesSumSq", "ratingSum", "ratingSumSq", "sentimentSum"]);
const COUNTED_COLUMNS = sql.raw(COUNTED.map(snake).join(", "));
const increments = (table: string) => sql.raw(COUNTED.map((column) => `${snake(column)} = ${table}.${snake(column)} + excluded.${snake(column)}`).join(", "));

export type RollupRow = Pick<
  typeof feedback.$inferInsert,
  "touchPointId" | "staffId" | "segment" | "occurredAt" | "npsScore" | "csatScore" | "cesScore" | "rating" | "sentiment" | "sentimentLabel" | "comment"
>;

/** Sums the responses per rollup row (touch point, staff member, segment, day), in a fixed order. */
export function rollupDeltas(rows: RollupRow[]): (RollupKey & { counts: RollupCounts })[] {
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
    });
  }
  // Concurrent ingests lock the rollup rows they touch in the same order, so they cannot deadlock.
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

/**
 * Adds newly stored responses to their daily rollups (call inside the inserting transaction):
 * one statement, one row per rollup key (a statement may not update the same row twice), one
 * array parameter per column.
 */
export async function addToRollups(tenant: TenantDb, rows: RollupRow[]): Promise<void> {
  await upsertRollupDeltas(tenant, rollupDeltas(rows));
}

/**
 * Adds each delta (counts may be negative) to its rollup row and to its segment-free total,
 * creating the rows when missing. Deltas come in lock order; the totals are locked after all the
 * segment rows, in their own key order, so concurrent writers still take locks in one order.
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
  await upsertTotals(tenant, totalsOf(deltas));
  await recordSegmentAttributes(tenant, deltas);
}

/** The attribute names of the deltas' segment keys, per touch point, for the segment pickers. */
async function recordSegmentAttributes(tenant: TenantDb, deltas: RollupKey[]): Promise<void> {
  const pairs = new Map<string, { touchPointId: string; name: string }>();
  for (const delta of deltas) {
    for (const part of delta.segmentKey ? delta.segmentKey.split("|") : []) {
      // What split_part(part, '=', 1) gives in SQL, as the rebuild reads the names.
      const name = part.split("=")[0]!;
      if (name) pairs.set(`${delta.touchPointId}\0${name}`, { touchPointId: delta.touchPointId, name });
    }
  }
  if (pairs.size === 0) return;
  const rows = [...pairs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, pair]) => pair);
  await tenant.execute(
    (orgId) => sql`
      insert into feedback_segment_attributes (org_id, touch_point_id, name)
      select ${orgId}, p.touch_point_id, p.name
      from unnest(${arrayParam(rows.map((r) => r.touchPointId), "uuid")}, ${arrayParam(rows.map((r) => r.name), "text")}) as p(touch_point_id, name)
      on conflict do nothing`,
  );
}

type TotalKey = Omit<RollupKey, "segmentKey">;

/** The deltas summed over their segments: one per touch point, staff member and day, in key order. */
function totalsOf(deltas: (RollupKey & { counts: RollupCounts })[]): (TotalKey & { counts: RollupCounts })[] {
  const byKey = new Map<string, TotalKey & { counts: RollupCounts }>();
  for (const delta of deltas) {
    const id = `${delta.touchPointId}\0${delta.staffId ?? ""}\0${delta.day}`;
    let entry = byKey.get(id);
    if (!entry) {
      entry = { touchPointId: delta.touchPointId, staffId: delta.staffId, day: delta.day, counts: emptyCounts() };
      byKey.set(id, entry);
    }
    for (const column of COUNTED) entry.counts[column] += delta.counts[column];
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

async function upsertTotals(tenant: TenantDb, totals: (TotalKey & { counts: RollupCounts })[]): Promise<void> {
  const counted = COUNTED.map((column) => arrayParam(totals.map((d) => d.counts[column]), SUMS.has(column) ? "float8" : "int4"));
  await tenant.execute(
    (orgId) => sql`
      insert into feedback_daily_totals (org_id, touch_point_id, staff_id, day, ${COUNTED_COLUMNS})
      select ${orgId}, d.touch_point_id, d.staff_id, d.day::date, ${COUNTED_COLUMNS}
      from unnest(
        ${arrayParam(totals.map((d) => d.touchPointId), "uuid")},
        ${arrayParam(totals.map((d) => d.staffId), "uuid")},
        ${arrayParam(totals.map((d) => d.day), "text")},
        ${sql.join(counted, sql`, `)}
      ) as d(touch_point_id, staff_id, day, ${COUNTED_COLUMNS})
      on conflict (org_id, touch_point_id, day, staff_id) do update set ${increments("feedback_daily_totals")}`,
  );
}
