import { sql } from "drizzle-orm";
import { feedbackDailyRollups } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";

/**
 * Recomputes an organisation's rollups from its raw feedback in one SQL statement (no rows pass
 * through the app), inside one transaction. Written independently of the incremental path in
 * rollup-upsert.ts, so the tests can hold one against the other.
 */
export async function rebuildRollups(tenant: TenantDb): Promise<{ rollupRows: number }> {
  return tenant.transaction(async (tenantTx) => {
    await tenantTx.delete(feedbackDailyRollups, sql`true`);
    const result = await tenantTx.execute((orgId) => sql`
      insert into feedback_daily_rollups (
        org_id, touch_point_id, staff_id, segment_key, day, responses,
        nps_n, nps_promoters, nps_passives, nps_detractors,
        csat_n, csat_sum, csat_sum_sq, csat_top_two,
        ces_n, ces_sum, ces_sum_sq, ces_agree,
        rating_n, rating_sum, rating_sum_sq, rating_top_two,
        sentiment_n, sentiment_sum, positive_n, neutral_n, negative_n, comments_n)
      select org_id, touch_point_id, staff_id, segment_key, day, count(*),
        count(nps_score), count(*) filter (where nps_score >= 9),
        count(*) filter (where nps_score between 7 and 8), count(*) filter (where nps_score <= 6),
        count(csat_score), coalesce(sum(csat_score), 0), coalesce(sum(csat_score * csat_score), 0),
        count(*) filter (where csat_score >= 4),
        count(ces_score), coalesce(sum(ces_score), 0), coalesce(sum(ces_score * ces_score), 0),
        count(*) filter (where ces_score >= 5),
        count(*) filter (where rating > 0), coalesce(sum(rating) filter (where rating > 0), 0),
        coalesce(sum(rating * rating) filter (where rating > 0), 0), count(*) filter (where rating >= 4),
        count(sentiment), coalesce(sum(sentiment::float8), 0),
        count(*) filter (where sentiment_label = 'positive'), count(*) filter (where sentiment_label = 'neutral'),
        count(*) filter (where sentiment_label = 'negative'),
        count(*) filter (where nullif(btrim(comment), '') is not null)
      from (
        select f.*,
          (f.occurred_at at time zone 'UTC')::date as day,
          coalesce((select string_agg(e.key || '=' || e.value, '|' order by e.key collate "C")
                    from jsonb_each_text(f.segment) e), '') as segment_key
        from feedback f
        where f.org_id = ${orgId}
      ) rows
      group by org_id, touch_point_id, staff_id, segment_key, day`);
    const count = (result as unknown as { count?: number; affectedRows?: number }).count ?? (result as { affectedRows?: number }).affectedRows ?? 0;
    return { rollupRows: Number(count) };
  });
}
