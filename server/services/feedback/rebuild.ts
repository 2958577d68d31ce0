import "server-only";
import { sql } from "drizzle-orm";
import {
  feedbackDailyRollups,
  feedbackDailyTotals,
  feedbackSegmentAttributes,
  feedbackSegmentDailyRollups,
  feedbackThemeDailyRollups,
  feedbackThemeMentions,
  observationDailyRollups,
} from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { rowsOf } from "./unnest";

// Written out, not derived from the TypeScript names, so the rebuild stays independent of the incremental code.
const COUNT_COLUMNS = [
  "responses", "nps_n", "nps_promoters", "nps_passives", "nps_detractors", "csat_n", "csat_sum", "csat_sum_sq", "csat_top_two",
  "ces_n", "ces_sum", "ces_sum_sq", "ces_agree", "rating_n", "rating_sum", "rating_sum_sq", "rating_top_two",
  "sentiment_n", "sentiment_sum", "positive_n", "neutral_n", "negative_n", "comments_n",
];

// A touch point without a rating KPI counts its ratings on the default 1-5 scale, top box from 4.
const DEFAULT_TOP_BOX = 4;

/** Each touch point's top box, from its rating KPI (the first created, should there be two). */
const ratingTopBoxes = (orgId: string) => sql`
  select distinct on (touch_point_id) touch_point_id, top_box_from
  from kpis
  where org_id = ${orgId} and kind = 'rating'
  order by touch_point_id, created_at, id`;

const affected = (result: unknown) =>
  Number((result as { count?: number }).count ?? (result as { affectedRows?: number }).affectedRows ?? 0);

/**
 * Recomputes an organisation's derived tables (feedback rollups by segment and their segment-free
 * totals, the counts by attribute value, the segment attribute names, theme rollups and theme
 * mentions, observation rollups) from raw rows, one SQL statement each (no rows pass through the
 * app), inside one transaction, with days in the organisation's time zone. Written independently
 * of the incremental paths (rollup-upsert.ts, theme-rollup-upsert.ts, theme-mentions.ts,
 * observations/rollup-upsert.ts), so the tests can hold one against the other.
 */
export async function rebuildRollups(
  tenant: TenantDb,
): Promise<{ rollupRows: number; totalRows: number; themeRollupRows: number; mentionRows: number; observationRollupRows: number }> {
  return tenant.transaction(async (tenantTx) => {
    // Held so a time-zone change waits for this rebuild rather than slipping in under it.
    const [org] = rowsOf<{ time_zone: string }>(await tenantTx.execute((orgId) => sql`select time_zone from organizations where id = ${orgId} for share`));
    await tenantTx.delete(feedbackDailyRollups, sql`true`);
    await tenantTx.delete(feedbackDailyTotals, sql`true`);
    await tenantTx.delete(feedbackThemeMentions, sql`true`);
    await tenantTx.delete(feedbackSegmentAttributes, sql`true`);
    await tenantTx.delete(feedbackSegmentDailyRollups, sql`true`);
    await tenantTx.delete(feedbackThemeDailyRollups, sql`true`);
    await tenantTx.delete(observationDailyRollups, sql`true`);
    const counted = await insertDayRollups(tenantTx, org?.time_zone ?? "UTC", null);
    await tenantTx.execute((orgId) => sql`
      insert into feedback_segment_attributes (org_id, touch_point_id, name)
      select distinct r.org_id, r.touch_point_id, split_part(a.pair, '=', 1)
      from feedback_daily_rollups r cross join lateral unnest(string_to_array(nullif(r.segment_key, ''), '|')) as a(pair)
      where r.org_id = ${orgId} and split_part(a.pair, '=', 1) <> ''`);
    const mentions = await tenantTx.execute((orgId) => sql`
      insert into feedback_theme_mentions (org_id, feedback_id, theme, touch_point_id, staff_id, occurred_at)
      select distinct f.org_id, f.id, t.theme, f.touch_point_id, f.staff_id, f.occurred_at
      from feedback f cross join lateral unnest(f.themes) as t(theme)
      where f.org_id = ${orgId}`);
    return { ...counted, mentionRows: affected(mentions) };
  });
}

/**
 * Recounts one touch point's day-keyed rollups (by segment, totals, by attribute value, themes,
 * observations) and its segment attribute names from its raw rows with days in `timeZone`, for a
 * time-zone rebuild: call it inside the transaction that holds the touch point FOR UPDATE. Theme
 * mentions carry no day and stay as they are.
 */
export async function rebuildTouchPointRollups(tenantTx: TenantDb, touchPointId: string, timeZone: string) {
  const mine = sql`touch_point_id = ${touchPointId}`;
  await tenantTx.delete(feedbackDailyRollups, mine);
  await tenantTx.delete(feedbackDailyTotals, mine);
  await tenantTx.delete(feedbackSegmentDailyRollups, mine);
  await tenantTx.delete(feedbackThemeDailyRollups, mine);
  await tenantTx.delete(observationDailyRollups, mine);
  const counted = await insertDayRollups(tenantTx, timeZone, touchPointId);
  // A removal before this touch point's turn subtracted on other days and may have left attribute names no response carries.
  await tenantTx.delete(feedbackSegmentAttributes, mine);
  await tenantTx.execute((orgId) => sql`
    insert into feedback_segment_attributes (org_id, touch_point_id, name)
    select distinct r.org_id, r.touch_point_id, split_part(a.pair, '=', 1)
    from feedback_daily_rollups r cross join lateral unnest(string_to_array(nullif(r.segment_key, ''), '|')) as a(pair)
    where r.org_id = ${orgId} and r.touch_point_id = ${touchPointId} and split_part(a.pair, '=', 1) <> ''`);
  return counted;
}

/** The day-keyed rollups from raw rows, of the whole organisation or of one touch point, days in `timeZone`. */
async function insertDayRollups(tenantTx: TenantDb, timeZone: string, touchPointId: string | null) {
  const only = (alias: string) => (touchPointId ? sql`and ${sql.raw(alias)}.touch_point_id = ${touchPointId}` : sql``);
  const zone = sql`${timeZone}::text`;
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
      count(rating), coalesce(sum(rating), 0),
      coalesce(sum(rating * rating), 0), count(*) filter (where rating >= top_box_from),
      count(sentiment), coalesce(sum(sentiment::float8), 0),
      count(*) filter (where sentiment_label = 'positive'), count(*) filter (where sentiment_label = 'neutral'),
      count(*) filter (where sentiment_label = 'negative'),
      count(*) filter (where nullif(btrim(comment), '') is not null)
    from (
      select f.*,
        (f.occurred_at at time zone ${zone})::date as day,
        coalesce((select string_agg(e.key || '=' || e.value, '|' order by e.key collate "C")
                  from jsonb_each_text(f.segment) e), '') as segment_key,
        coalesce(k.top_box_from, ${DEFAULT_TOP_BOX}) as top_box_from
      from feedback f
      left join (${ratingTopBoxes(orgId)}) k on k.touch_point_id = f.touch_point_id
      where f.org_id = ${orgId} ${only("f")}
    ) rows
    group by org_id, touch_point_id, staff_id, segment_key, day`);
  const totals = await tenantTx.execute((orgId) => sql`
    insert into feedback_daily_totals (
      org_id, touch_point_id, staff_id, day, responses,
      nps_n, nps_promoters, nps_passives, nps_detractors,
      csat_n, csat_sum, csat_sum_sq, csat_top_two,
      ces_n, ces_sum, ces_sum_sq, ces_agree,
      rating_n, rating_sum, rating_sum_sq, rating_top_two,
      sentiment_n, sentiment_sum, positive_n, neutral_n, negative_n, comments_n)
    select org_id, touch_point_id, staff_id, day, count(*),
      count(nps_score), count(*) filter (where nps_score >= 9),
      count(*) filter (where nps_score between 7 and 8), count(*) filter (where nps_score <= 6),
      count(csat_score), coalesce(sum(csat_score), 0), coalesce(sum(csat_score * csat_score), 0),
      count(*) filter (where csat_score >= 4),
      count(ces_score), coalesce(sum(ces_score), 0), coalesce(sum(ces_score * ces_score), 0),
      count(*) filter (where ces_score >= 5),
      count(rating), coalesce(sum(rating), 0),
      coalesce(sum(rating * rating), 0), count(*) filter (where rating >= top_box_from),
      count(sentiment), coalesce(sum(sentiment::float8), 0),
      count(*) filter (where sentiment_label = 'positive'), count(*) filter (where sentiment_label = 'neutral'),
      count(*) filter (where sentiment_label = 'negative'),
      count(*) filter (where nullif(btrim(comment), '') is not null)
    from (
      select f.*, (f.occurred_at at time zone ${zone})::date as day, coalesce(k.top_box_from, ${DEFAULT_TOP_BOX}) as top_box_from
      from feedback f
      left join (${ratingTopBoxes(orgId)}) k on k.touch_point_id = f.touch_point_id
      where f.org_id = ${orgId} ${only("f")}
    ) rows
    group by org_id, touch_point_id, staff_id, day`);
  // A comment naming a theme twice mentions it once: distinct (response, theme) pairs.
  const themes = await tenantTx.execute((orgId) => sql`
    insert into feedback_theme_daily_rollups (
      org_id, touch_point_id, staff_id, theme, day, mentions, sentiment_n, sentiment_sum, positive_n, neutral_n, negative_n)
    select org_id, touch_point_id, staff_id, theme, day, count(*), count(sentiment), coalesce(sum(sentiment::float8), 0),
      count(*) filter (where sentiment_label = 'positive'), count(*) filter (where sentiment_label = 'neutral'),
      count(*) filter (where sentiment_label = 'negative')
    from (
      select distinct f.org_id, f.id, f.touch_point_id, f.staff_id, t.theme, (f.occurred_at at time zone ${zone})::date as day,
        f.sentiment, f.sentiment_label
      from feedback f cross join lateral unnest(f.themes) as t(theme)
      where f.org_id = ${orgId} ${only("f")}
    ) mentions
    group by org_id, touch_point_id, staff_id, theme, day`);
  // Each attribute's values from the rebuilt rollups by segment combination.
  const counts = sql.raw(COUNT_COLUMNS.join(", "));
  const summed = sql.raw(COUNT_COLUMNS.map((c) => `sum(${c})`).join(", "));
  await tenantTx.execute((orgId) => sql`
    insert into feedback_segment_daily_rollups (org_id, touch_point_id, day, attribute, value, ${counts})
    select r.org_id, r.touch_point_id, r.day, split_part(a.pair, '=', 1), substr(a.pair, length(split_part(a.pair, '=', 1)) + 2), ${summed}
    from feedback_daily_rollups r cross join lateral unnest(string_to_array(nullif(r.segment_key, ''), '|')) as a(pair)
    where r.org_id = ${orgId} ${only("r")}
    group by 1, 2, 3, 4, 5`);
  // PostgreSQL refuses a product that underflows to 0; such squares are 0, here and in squareOf.
  const observed = await tenantTx.execute((orgId) => sql`
    insert into observation_daily_rollups (org_id, touch_point_id, kpi_id, metric, staff_id, day, n, sum, sum_sq, min, max)
    select org_id, touch_point_id, kpi_id, metric, staff_id, (observed_at at time zone ${zone})::date, count(*), sum(value),
      sum(case when abs(value) < 1e-150 then 0 else value * value end), min(value), max(value)
    from observations o
    where o.org_id = ${orgId} ${only("o")}
    group by 1, 2, 3, 4, 5, 6`);
  return { rollupRows: affected(result), totalRows: affected(totals), themeRollupRows: affected(themes), observationRollupRows: affected(observed) };
}
