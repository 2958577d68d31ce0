import "server-only";
import { sql } from "drizzle-orm";
import type { TenantDb } from "@/server/db/tenant-db";
import { DEFAULT_RATING_SCALE, type RatingScale } from "@/lib/rating-scale";
import { arrayParam, rowsOf } from "@/server/services/feedback/unnest";

type ScaleRow = {
  touch_point_id: string;
  scale_min: number;
  scale_max: number;
  scale_min_label: string | null;
  scale_max_label: string | null;
  top_box_from: number;
};

/**
 * The rating scale of each touch point: its rating KPI's, or the default 1-5 where it has none.
 * A touch point has at most one rating KPI (kpis.ts); should an older database hold two, the
 * first created decides, here and in the SQL rebuild alike.
 *
 * `lock` (inside a transaction) holds each touch point against a KPI save until the transaction
 * ends, so ratings are never checked and counted on a scale that is being changed meanwhile.
 */
export async function ratingScalesOf(tenant: TenantDb, touchPointIds: readonly string[], { lock = false } = {}): Promise<Map<string, RatingScale>> {
  const ids = [...new Set(touchPointIds)].sort();
  if (ids.length && lock) {
    await tenant.execute((orgId) => sql`select id from touch_points where org_id = ${orgId} and id = any(${arrayParam(ids, "uuid")}) order by id for key share`);
  }
  const kpiScales = await ratingKpiScales(tenant, ids);
  return new Map(ids.map((id) => [id, kpiScales.get(id) ?? DEFAULT_RATING_SCALE]));
}

/** The scales of the touch points that have a rating KPI (the others are missing). */
export async function ratingKpiScales(tenant: TenantDb, touchPointIds: readonly string[]): Promise<Map<string, RatingScale>> {
  const ids = [...new Set(touchPointIds)];
  const scales = new Map<string, RatingScale>();
  if (ids.length === 0) return scales;
  const result = await tenant.execute(
    (orgId) => sql`
      select distinct on (touch_point_id) touch_point_id, scale_min, scale_max, scale_min_label, scale_max_label, top_box_from
      from kpis
      where org_id = ${orgId} and kind = 'rating' and touch_point_id = any(${arrayParam(ids, "uuid")})
      order by touch_point_id, created_at, id`,
  );
  for (const row of rowsOf<ScaleRow>(result)) {
    scales.set(row.touch_point_id, {
      scaleMin: row.scale_min,
      scaleMax: row.scale_max,
      scaleMinLabel: row.scale_min_label,
      scaleMaxLabel: row.scale_max_label,
      topBoxFrom: row.top_box_from,
    });
  }
  return scales;
}

/** Holds a touch point against ingests (which hold it with a key-share lock, as their foreign keys do) while its rating scale changes. */
export async function lockTouchPointForScale(tenant: TenantDb, touchPointId: string): Promise<void> {
  await tenant.execute((orgId) => sql`select id from touch_points where org_id = ${orgId} and id = ${touchPointId} for update`);
}

/** How many stored ratings of a touch point lie outside a scale, and the lowest and highest of them. */
export async function ratingsOutside(tenant: TenantDb, touchPointId: string, scale: Pick<RatingScale, "scaleMin" | "scaleMax">) {
  const result = await tenant.execute(
    (orgId) => sql`
      select count(*)::int as n, min(rating)::int as low, max(rating)::int as high
      from feedback
      where org_id = ${orgId} and touch_point_id = ${touchPointId} and rating is not null
        and (rating < ${scale.scaleMin} or rating > ${scale.scaleMax})`,
  );
  const [row] = rowsOf<{ n: number; low: number | null; high: number | null }>(result);
  return { count: Number(row?.n ?? 0), low: row?.low ?? null, high: row?.high ?? null };
}
