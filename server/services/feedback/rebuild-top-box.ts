import "server-only";
import { sql } from "drizzle-orm";
import type { TenantDb } from "@/server/db/tenant-db";
import { rollupTimeZone } from "./rollup-time-zone";

/**
 * Recounts a touch point's top-box answers (rating_top_two: the answers at or above `topBoxFrom`)
 * in every rollup table from its stored responses, after its rating scale or top box changed.
 * Call inside the transaction that saves the KPI, after locking the touch point
 * (lockTouchPointForScale), so no ingest adds to the old count meanwhile. The other counts do not
 * depend on the scale and stay as they are.
 */
export async function rebuildTopBoxCounts(tenant: TenantDb, touchPointId: string, topBoxFrom: number): Promise<void> {
  const zone = await rollupTimeZone(tenant);
  for (const table of ["feedback_daily_rollups", "feedback_daily_totals", "feedback_segment_daily_rollups"]) {
    await tenant.execute(
      (orgId) => sql`update ${sql.raw(table)} set rating_top_two = 0 where org_id = ${orgId} and touch_point_id = ${touchPointId} and rating_top_two <> 0`,
    );
  }
  await tenant.execute(
    (orgId) => sql`
      update feedback_daily_rollups r set rating_top_two = c.top
      from (
        select staff_id, segment_key, day, count(*)::int as top
        from (
          select f.staff_id, (f.occurred_at at time zone ${zone}::text)::date as day,
            coalesce((select string_agg(e.key || '=' || e.value, '|' order by e.key collate "C") from jsonb_each_text(f.segment) e), '') as segment_key
          from feedback f
          where f.org_id = ${orgId} and f.touch_point_id = ${touchPointId} and f.rating >= ${topBoxFrom}
        ) rows
        group by staff_id, segment_key, day
      ) c
      where r.org_id = ${orgId} and r.touch_point_id = ${touchPointId} and r.staff_id is not distinct from c.staff_id
        and r.segment_key = c.segment_key and r.day = c.day`,
  );
  await tenant.execute(
    (orgId) => sql`
      update feedback_daily_totals t set rating_top_two = c.top
      from (
        select staff_id, (occurred_at at time zone ${zone}::text)::date as day, count(*)::int as top
        from feedback
        where org_id = ${orgId} and touch_point_id = ${touchPointId} and rating >= ${topBoxFrom}
        group by 1, 2
      ) c
      where t.org_id = ${orgId} and t.touch_point_id = ${touchPointId} and t.staff_id is not distinct from c.staff_id and t.day = c.day`,
  );
  await tenant.execute(
    (orgId) => sql`
      update feedback_segment_daily_rollups s set rating_top_two = c.top
      from (
        select r.day, split_part(a.pair, '=', 1) as attribute, substr(a.pair, length(split_part(a.pair, '=', 1)) + 2) as value, sum(r.rating_top_two)::int as top
        from feedback_daily_rollups r cross join lateral unnest(string_to_array(nullif(r.segment_key, ''), '|')) as a(pair)
        where r.org_id = ${orgId} and r.touch_point_id = ${touchPointId}
        group by 1, 2, 3
      ) c
      where s.org_id = ${orgId} and s.touch_point_id = ${touchPointId} and s.day = c.day and s.attribute = c.attribute and s.value = c.value`,
  );
}
