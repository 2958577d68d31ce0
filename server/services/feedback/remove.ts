import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { cases, feedback, recognitions } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { ratingScalesOf } from "@/server/services/kpis/rating-scales";
import { segmentPairs } from "./derived-rollups";
import type { RollupCounts } from "./rollup-delta";
import { rollupDeltas, upsertRollupDeltas, type RollupKey } from "./rollup-upsert";
import { themeRollupDeltas, upsertThemeRollupDeltas, type ThemeCounts, type ThemeKey } from "./theme-rollup-upsert";
import { arrayParam } from "./unnest";
import { rollupDays } from "./rollup-time-zone";

/** What a removal tells its caller (and the audit log) about each response: never its comment or customer. */
export type RemovedResponse = { id: string; touchPointId: string; occurredAt: Date; importRunId: string | null };

/**
 * Removes responses and everything derived from them, in the caller's transaction (call it inside
 * one): their counts leave the daily rollups (by segment, in total, by attribute value) and the
 * theme rollups through the same delta upserts ingest adds them with, rows left empty go as a
 * rebuild would leave none, their theme mentions and corrections go with them (ON DELETE
 * CASCADE), and cases or recognitions that pointed at them keep their own history without the
 * link. The rows are locked first in id order, as revise-text.ts locks them, so a correction
 * racing the removal waits instead of moving counts of a response that is gone. Ids not found
 * (already removed, another organisation's) are skipped.
 */
export async function removeFeedback(tenantTx: TenantDb, ids: readonly string[]): Promise<RemovedResponse[]> {
  if (ids.length === 0) return [];
  const idList = arrayParam([...ids], "uuid");
  const rows = await tenantTx.select(feedback, sql`${feedback.id} = any(${idList})`).orderBy(feedback.id).for("update");
  if (rows.length === 0) return [];
  const found = arrayParam(rows.map((row) => row.id), "uuid");

  // The top box each touch point's scale counts, read under the same lock ingest takes, so a scale
  // change cannot slip between the counts added and the counts taken away.
  const scales = await ratingScalesOf(tenantTx, rows.map((row) => row.touchPointId), { lock: true });
  // The days ingest counted them under (or a time-zone rebuild recounts this touch point afterwards).
  const dayOf = await rollupDays(tenantTx, rows.map((row) => row.occurredAt));
  const deltas = negated(rollupDeltas(rows, dayOf, (touchPointId) => scales.get(touchPointId)!.topBoxFrom));
  await upsertRollupDeltas(tenantTx, deltas);
  const themeDeltas = negated(themeRollupDeltas(rows, dayOf));
  await upsertThemeRollupDeltas(tenantTx, themeDeltas);
  await dropEmptyRollups(tenantTx, deltas, themeDeltas);

  await tenantTx.update(cases, { feedbackId: null }, sql`${cases.feedbackId} = any(${found})`);
  await tenantTx.update(recognitions, { feedbackId: null }, sql`${recognitions.feedbackId} = any(${found})`);
  await tenantTx.delete(feedback, sql`${feedback.id} = any(${found})`);
  return rows.map((row) => ({ id: row.id, touchPointId: row.touchPointId, occurredAt: row.occurredAt, importRunId: row.importRunId }));
}

/**
 * Up to `limit` ids of the responses matching `where` (an import's, say), for removeFeedback. Read
 * without a lock through the index on the condition; removeFeedback locks them in id order.
 */
export async function feedbackIdsWhere(tenant: TenantDb, where: SQL, limit: number): Promise<string[]> {
  const rows = await tenant.selectFields({ id: feedback.id }, feedback, where).limit(limit);
  return rows.map((row) => row.id);
}

function negated<K, C extends RollupCounts | ThemeCounts>(deltas: (K & { counts: C })[]): (K & { counts: C })[] {
  return deltas.map((delta) => ({
    ...delta,
    counts: Object.fromEntries(Object.entries(delta.counts).map(([name, value]) => [name, -(value as number)])) as C,
  }));
}

/**
 * The rows the removal emptied: a rebuild from the remaining responses would have none of them.
 * Only the keys the deltas touched are looked at, so the statements stay small whatever the size
 * of the organisation.
 */
async function dropEmptyRollups(
  tenantTx: TenantDb,
  deltas: (RollupKey & { counts: RollupCounts })[],
  themeDeltas: (ThemeKey & { counts: ThemeCounts })[],
): Promise<void> {
  if (deltas.length > 0) {
    const touchPointIds = arrayParam(deltas.map((d) => d.touchPointId), "uuid");
    const staffIds = arrayParam(deltas.map((d) => d.staffId), "uuid");
    const days = arrayParam(deltas.map((d) => d.day), "text");
    await tenantTx.execute(
      (orgId) => sql`
        delete from feedback_daily_rollups r
        using unnest(${touchPointIds}, ${staffIds}, ${arrayParam(deltas.map((d) => d.segmentKey), "text")}, ${days}) as k(touch_point_id, staff_id, segment_key, day)
        where r.org_id = ${orgId} and r.touch_point_id = k.touch_point_id and r.staff_id is not distinct from k.staff_id
          and r.segment_key = k.segment_key and r.day = k.day::date and r.responses = 0`,
    );
    await tenantTx.execute(
      (orgId) => sql`
        delete from feedback_daily_totals r
        using unnest(${touchPointIds}, ${staffIds}, ${days}) as k(touch_point_id, staff_id, day)
        where r.org_id = ${orgId} and r.touch_point_id = k.touch_point_id and r.staff_id is not distinct from k.staff_id
          and r.day = k.day::date and r.responses = 0`,
    );
    const values = deltas.flatMap((d) => segmentPairs(d.segmentKey).map((pair) => ({ touchPointId: d.touchPointId, day: d.day, ...pair })));
    if (values.length > 0) {
      await tenantTx.execute(
        (orgId) => sql`
          delete from feedback_segment_daily_rollups r
          using unnest(
            ${arrayParam(values.map((v) => v.touchPointId), "uuid")}, ${arrayParam(values.map((v) => v.attribute), "text")},
            ${arrayParam(values.map((v) => v.day), "text")}, ${arrayParam(values.map((v) => v.value), "text")}
          ) as k(touch_point_id, attribute, day, value)
          where r.org_id = ${orgId} and r.touch_point_id = k.touch_point_id and r.attribute = k.attribute
            and r.day = k.day::date and r.value = k.value and r.responses = 0`,
      );
      // An attribute no remaining response of the touch point carries leaves the segment pickers.
      await tenantTx.execute(
        (orgId) => sql`
          delete from feedback_segment_attributes a
          using unnest(${arrayParam(values.map((v) => v.touchPointId), "uuid")}, ${arrayParam(values.map((v) => v.attribute), "text")}) as k(touch_point_id, name)
          where a.org_id = ${orgId} and a.touch_point_id = k.touch_point_id and a.name = k.name
            and not exists (
              select 1 from feedback_segment_daily_rollups s
              where s.org_id = a.org_id and s.touch_point_id = a.touch_point_id and s.attribute = a.name)`,
      );
    }
  }
  if (themeDeltas.length > 0) {
    await tenantTx.execute(
      (orgId) => sql`
        delete from feedback_theme_daily_rollups r
        using unnest(
          ${arrayParam(themeDeltas.map((d) => d.touchPointId), "uuid")}, ${arrayParam(themeDeltas.map((d) => d.staffId), "uuid")},
          ${arrayParam(themeDeltas.map((d) => d.theme), "text")}, ${arrayParam(themeDeltas.map((d) => d.day), "text")}
        ) as k(touch_point_id, staff_id, theme, day)
        where r.org_id = ${orgId} and r.touch_point_id = k.touch_point_id and r.staff_id is not distinct from k.staff_id
          and r.theme = k.theme and r.day = k.day::date and r.mentions = 0`,
    );
  }
}
