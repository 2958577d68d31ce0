import { sql } from "drizzle-orm";
import type { TenantDb } from "@/server/db/tenant-db";
import { arrayParam, rowsOf } from "./unnest";

/**
 * The organisation's time zone, which decides the day every rollup row counts under. Read it
 * inside the writing transaction AFTER the touch points are held (lockTouchPointsForRollups, or
 * ratingScalesOf with `lock`): a time-zone rebuild holds each touch point FOR UPDATE while it
 * recounts it, so a writer either finishes before that touch point is recounted (and is counted
 * again from the raw rows) or starts after the new zone was committed and reads it here.
 */
export async function rollupTimeZone(tenant: TenantDb): Promise<string> {
  const result = await tenant.execute((orgId) => sql`select time_zone from organizations where id = ${orgId}`);
  return rowsOf<{ time_zone: string }>(result)[0]?.time_zone ?? "UTC";
}

/** Holds the touch points (key share, in id order, as ingest does) and reads the zone under that hold. */
export async function lockTouchPointsForRollups(tenant: TenantDb, touchPointIds: readonly string[]): Promise<string> {
  const ids = [...new Set(touchPointIds)].sort();
  if (ids.length) {
    await tenant.execute((orgId) => sql`select id from touch_points where org_id = ${orgId} and id = any(${arrayParam(ids, "uuid")}) order by id for key share`);
  }
  return rollupTimeZone(tenant);
}
