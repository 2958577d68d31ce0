import "server-only";
import { sql } from "drizzle-orm";
import type { TenantDb } from "@/server/db/tenant-db";
import { emptyCounts, type RollupCounts } from "./rollup-delta";
import { COUNTED, COUNTED_COLUMNS, increments, SUMS } from "./rollup-columns";
import type { RollupKey } from "./rollup-upsert";
import { arrayParam } from "./unnest";

/*
 * The tables derived from the feedback rollups by segment combination, moved by the same deltas:
 * the segment-free totals, the counts by one attribute's value, and the attribute names seen per
 * touch point. rebuild.ts recomputes them from the rebuilt rollups; the tests hold one against
 * the other.
 */

type Delta = RollupKey & { counts: RollupCounts };

export async function upsertDerivedRollups(tenant: TenantDb, deltas: Delta[]): Promise<void> {
  await upsertTotals(tenant, totalsOf(deltas));
  await upsertSegmentValues(tenant, segmentValuesOf(deltas));
  await recordSegmentAttributes(tenant, deltas);
}

/** "name=value" parts of a segment key, split as SQL's split_part(part, '=', 1) and the rest. */
export function segmentPairs(segmentKey: string): { attribute: string; value: string }[] {
  if (!segmentKey) return [];
  return segmentKey.split("|").map((part) => {
    const attribute = part.split("=")[0]!;
    return { attribute, value: part.slice(attribute.length + 1) };
  });
}

/** Sums deltas per key, in key order (the lock order). */
function summed<K>(deltas: Delta[], keysOf: (delta: Delta) => { id: string; key: K }[]): (K & { counts: RollupCounts })[] {
  const byKey = new Map<string, K & { counts: RollupCounts }>();
  for (const delta of deltas) {
    for (const { id, key } of keysOf(delta)) {
      let entry = byKey.get(id);
      if (!entry) {
        entry = { ...key, counts: emptyCounts() };
        byKey.set(id, entry);
      }
      for (const column of COUNTED) entry.counts[column] += delta.counts[column];
    }
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

const countedParams = (rows: { counts: RollupCounts }[]) =>
  sql.join(
    COUNTED.map((column) => arrayParam(rows.map((d) => d.counts[column]), SUMS.has(column) ? "float8" : "int4")),
    sql`, `,
  );

type TotalKey = Omit<RollupKey, "segmentKey">;

/** The deltas summed over their segments: one per touch point, staff member and day. */
const totalsOf = (deltas: Delta[]) =>
  summed<TotalKey>(deltas, (d) => [
    { id: `${d.touchPointId}\0${d.staffId ?? ""}\0${d.day}`, key: { touchPointId: d.touchPointId, staffId: d.staffId, day: d.day } },
  ]);

type ValueKey = { touchPointId: string; attribute: string; day: string; value: string };

/** The deltas summed per attribute value: a response counts once under each attribute it gives. */
const segmentValuesOf = (deltas: Delta[]) =>
  summed<ValueKey>(deltas, (d) =>
    segmentPairs(d.segmentKey).map(({ attribute, value }) => ({
      id: `${d.touchPointId}\0${attribute}\0${d.day}\0${value}`,
      key: { touchPointId: d.touchPointId, attribute, day: d.day, value },
    })),
  );

async function upsertSegmentValues(tenant: TenantDb, rows: (ValueKey & { counts: RollupCounts })[]): Promise<void> {
  if (rows.length === 0) return;
  await tenant.execute(
    (orgId) => sql`
      insert into feedback_segment_daily_rollups (org_id, touch_point_id, attribute, day, value, ${COUNTED_COLUMNS})
      select ${orgId}, d.touch_point_id, d.attribute, d.day::date, d.value, ${COUNTED_COLUMNS}
      from unnest(
        ${arrayParam(rows.map((d) => d.touchPointId), "uuid")},
        ${arrayParam(rows.map((d) => d.attribute), "text")},
        ${arrayParam(rows.map((d) => d.day), "text")},
        ${arrayParam(rows.map((d) => d.value), "text")},
        ${countedParams(rows)}
      ) as d(touch_point_id, attribute, day, value, ${COUNTED_COLUMNS})
      on conflict (org_id, touch_point_id, attribute, day, value) do update set ${increments("feedback_segment_daily_rollups")}`,
  );
}

async function upsertTotals(tenant: TenantDb, totals: (TotalKey & { counts: RollupCounts })[]): Promise<void> {
  if (totals.length === 0) return;
  await tenant.execute(
    (orgId) => sql`
      insert into feedback_daily_totals (org_id, touch_point_id, staff_id, day, ${COUNTED_COLUMNS})
      select ${orgId}, d.touch_point_id, d.staff_id, d.day::date, ${COUNTED_COLUMNS}
      from unnest(
        ${arrayParam(totals.map((d) => d.touchPointId), "uuid")},
        ${arrayParam(totals.map((d) => d.staffId), "uuid")},
        ${arrayParam(totals.map((d) => d.day), "text")},
        ${countedParams(totals)}
      ) as d(touch_point_id, staff_id, day, ${COUNTED_COLUMNS})
      on conflict (org_id, touch_point_id, day, staff_id) do update set ${increments("feedback_daily_totals")}`,
  );
}

/** The attribute names of the deltas' segment keys, per touch point, for the segment pickers. */
async function recordSegmentAttributes(tenant: TenantDb, deltas: Delta[]): Promise<void> {
  const pairs = new Map<string, { touchPointId: string; name: string }>();
  for (const delta of deltas) {
    for (const { attribute: name } of segmentPairs(delta.segmentKey)) {
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
