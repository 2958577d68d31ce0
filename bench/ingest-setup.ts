/*
 * The databases the ingest benchmark runs on: each migrated with the project's migrations and
 * seeded with the Skyward demo organisation (its 14 touch points are the survey's 14 ratings).
 */
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import postgres from "postgres";
import { openDatabase, type Database, type DatabaseHandle } from "../db/client";
import { applyMigrations } from "../db/migrate";
import * as schema from "../db/schema";
import { touchPoints, users } from "../db/schema";
import { SKYWARD_RATING_COLUMNS, SKYWARD_TOUCH_POINTS, type SkywardRatingColumn } from "../db/seed/skyward-data";
import { seedSkyward } from "../db/seed/skyward";
import { tenantDb, type TenantDb } from "../server/db/tenant-db";
import type { Scope } from "../server/services/scope";

export type BenchDb = {
  kind: "pglite" | "postgres";
  handle: DatabaseHandle;
  tenant: TenantDb;
  scope: Scope;
  touchPointOf: Record<SkywardRatingColumn, string>;
  close: () => Promise<void>;
};

/** In-memory PGlite (no data folder), or a new database on a PostgreSQL server, dropped on close. */
export async function openBenchDb(serverUrl?: string): Promise<BenchDb> {
  let handle: DatabaseHandle;
  let drop = async () => {};
  if (serverUrl) {
    const name = `touchpoint_bench_${randomBytes(4).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await admin.end({ timeout: 5 });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = openDatabase({ url: url.toString() });
    drop = async () => {
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.end({ timeout: 5 });
    };
  } else {
    // Built here rather than through openDatabase(), which would follow DATABASE_URL if it is set.
    const client = new PGlite();
    handle = { db: drizzle(client, { schema, casing: "snake_case" }) as unknown as Database, close: () => client.close(), kind: "pglite" };
  }
  await applyMigrations(handle);
  const { orgId } = await seedSkyward(handle.db);
  const tenant = tenantDb(handle.db, orgId);
  const [director] = await tenant.selectFields({ id: users.id }, users, eq(users.role, "director"));
  const points = await tenant.selectFields({ id: touchPoints.id, name: touchPoints.name }, touchPoints);
  const touchPointOf = Object.fromEntries(
    SKYWARD_RATING_COLUMNS.map((column) => [column, points.find((point) => point.name === SKYWARD_TOUCH_POINTS[column])!.id]),
  ) as Record<SkywardRatingColumn, string>;
  return {
    kind: handle.kind,
    handle,
    tenant,
    scope: { orgId, userId: director!.id, role: "director", teamIds: [], leadTeamIds: [] },
    touchPointOf,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

/** Empties the feedback and its rollups between runs (cases and recognitions refer to feedback; both are empty here). */
export async function emptyFeedback(db: Database): Promise<void> {
  await db.execute(sql`truncate feedback, feedback_daily_rollups cascade`);
}

export async function countStored(db: Database, orgId: string): Promise<{ rows: number; rollupResponses: number }> {
  const result = await db.execute(sql`
    select (select count(*) from feedback where org_id = ${orgId}) as rows,
           (select coalesce(sum(responses), 0) from feedback_daily_rollups where org_id = ${orgId}) as responses`);
  const [row] = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { rows: string | number; responses: string | number }[];
  return { rows: Number(row!.rows), rollupResponses: Number(row!.responses) };
}

export const COPY_COLUMNS = [
  "org_id", "id", "touch_point_id", "channel", "staff_id", "customer_ref", "segment", "nps_score", "csat_score", "ces_score",
  "rating", "comment", "sentiment", "sentiment_label", "themes", "source", "idempotency_key", "body_hash", "occurred_at",
] as const;

/** A COPY text-format field: \N for null; backslash, tab, newline and carriage return escaped. */
export function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  return String(value).replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** `COPY feedback (...) FROM STDIN` of ready-made text-format lines: the baseline every path is held against. */
export async function copyFeedback(bench: BenchDb, chunks: string[]): Promise<void> {
  const statement = `copy feedback (${COPY_COLUMNS.join(", ")}) from stdin`;
  if (bench.kind === "postgres") {
    const client = (bench.handle.db as unknown as { $client: postgres.Sql }).$client;
    const writable = await client.unsafe(statement).writable();
    await pipeline(Readable.from(chunks), writable);
  } else {
    // PGlite reads COPY FROM '/dev/blob' from the blob option.
    const client = (bench.handle.db as unknown as { $client: PGlite }).$client;
    await client.query(`copy feedback (${COPY_COLUMNS.join(", ")}) from '/dev/blob'`, [], { blob: new Blob(chunks) });
  }
}
