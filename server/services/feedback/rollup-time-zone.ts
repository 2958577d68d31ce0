import "server-only";
import { sql } from "drizzle-orm";
import type { TenantDb } from "@/server/db/tenant-db";
import type { DayOf } from "./rollup-delta";
import { arrayParam, rowsOf } from "./unnest";

/*
 * The organisation's time zone decides the day every rollup row counts under. Writers ask for the
 * days inside their transaction AFTER holding the touch points (lockTouchPointsForRollups, or
 * ratingScalesOf with `lock`): a time-zone rebuild holds each touch point FOR UPDATE while it
 * recounts it, so a writer either finishes before that touch point is recounted (and is counted
 * again from the raw rows) or starts after the new zone was committed and reads it here.
 */

/** The organisation's IANA zone as stored. */
export async function rollupTimeZone(tenant: TenantDb): Promise<string> {
  const result = await tenant.execute((orgId) => sql`select time_zone from organizations where id = ${orgId}`);
  return rowsOf<{ time_zone: string }>(result)[0]?.time_zone ?? "UTC";
}

const utcDay: DayOf = (instant) => instant.toISOString().slice(0, 10);

/**
 * The organisation's day of each instant, as the DATABASE computes it (`at time zone`), so the
 * incremental rollups and the SQL rebuild agree even where the database's time-zone data differ
 * from the runtime's (PGlite 0.5's and Node 24's disagree on Vancouver and Edmonton from
 * November 2026, for one). One statement per batch; none for UTC, where nothing can differ.
 */
export async function rollupDays(tenant: TenantDb, instants: readonly Date[]): Promise<DayOf> {
  const timeZone = await rollupTimeZone(tenant);
  if (timeZone === "UTC" || instants.length === 0) return utcDay;
  const distinct = [...new Set(instants.map((instant) => instant.toISOString()))];
  const result = await tenant.execute(
    () => sql`
      select t.at, to_char(t.at::timestamptz at time zone ${timeZone}::text, 'YYYY-MM-DD') as day
      from unnest(${arrayParam(distinct, "text")}) as t(at)`,
  );
  const days = new Map(rowsOf<{ at: string; day: string }>(result).map((row) => [row.at, row.day]));
  return (instant) => {
    const day = days.get(instant.toISOString());
    if (!day) throw new Error(`no day was computed for ${instant.toISOString()}`);
    return day;
  };
}

/** Holds the touch points (key share, in id order, as ingest does), then asks for the instants' days under that hold. */
export async function lockTouchPointsForRollups(tenant: TenantDb, touchPointIds: readonly string[], instants: readonly Date[]): Promise<DayOf> {
  const ids = [...new Set(touchPointIds)].sort();
  if (ids.length) {
    await tenant.execute((orgId) => sql`select id from touch_points where org_id = ${orgId} and id = any(${arrayParam(ids, "uuid")}) order by id for key share`);
  }
  return rollupDays(tenant, instants);
}
