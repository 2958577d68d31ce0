import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { quoted } from "@/lib/quoted";
import type { TenantDb } from "@/server/db/tenant-db";
import { isTimeZone } from "@/lib/time-zone";
import { ValidationError } from "@/server/services/errors";
import { rowsOf } from "@/server/services/feedback/unnest";

/**
 * Refuses a zone unless both the runtime (Intl, which computes days in the app) and the database
 * (which computes them in the rebuilds) know it. Today PGlite and PostgreSQL 15 know all 419 names
 * Node offers (checked in known-time-zone.db.test.ts); this keeps a future mismatch from storing a
 * zone the rebuild cannot use. Asked outside any transaction: the lookup cannot fail, it answers.
 */
export async function assertKnownTimeZone(db: Pick<Executor, "execute">, timeZone: string): Promise<void> {
  await assertKnown(timeZone, (query) => db.execute(query));
}

/** The same check through an organisation's handle (server/db/tenant-db.ts). */
export async function assertTenantKnowsTimeZone(tenant: Pick<TenantDb, "execute">, timeZone: string): Promise<void> {
  await assertKnown(timeZone, (query) => tenant.execute(() => query));
}

async function assertKnown(timeZone: string, execute: (query: SQL) => Promise<unknown>): Promise<void> {
  const refuse = () => new ValidationError(`${quoted(timeZone)} is not a time zone; choose one such as Europe/London or America/Chicago`, "timeZone");
  if (!isTimeZone(timeZone)) throw refuse();
  const result = await execute(sql`select exists (select 1 from pg_timezone_names where name = ${timeZone}) as known`);
  if (!rowsOf<{ known: boolean }>(result)[0]?.known) throw refuse();
}
