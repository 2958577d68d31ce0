import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

/**
 * Tables that are not tenant data: the tenant root, the global login directory (sign-in knows
 * only an email), sign-in throttling and rate limits. Everything else must be distributable by org_id.
 */
const GLOBAL_TABLES = new Set(["organizations", "login_emails", "login_attempts", "rate_limit_windows", "scheduled_runs"]);

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await testDb.db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

describe("tenant tables lead every key with org_id", () => {
  it("finds the tenant tables", async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThanOrEqual(20);
    expect(tables).toContain("feedback");
  });

  it("has org_id first in every primary key", async () => {
    const keys = await rows<{ table: string; first: string }>(sql`
      select c.conrelid::regclass::text as table, a.attname as first
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'p' and c.connamespace = 'public'::regnamespace`);
    const tables = await tenantTables();
    for (const table of tables) {
      expect(keys.find((k) => k.table === table), `${table} has a primary key`).toBeDefined();
    }
    expect(keys.filter((k) => tables.includes(k.table) && k.first !== "org_id")).toEqual([]);
  });

  it("has org_id first in every unique index", async () => {
    const indexes = await rows<{ table: string; index: string; first: string }>(sql`
      select i.indrelid::regclass::text as table, i.indexrelid::regclass::text as index, a.attname as first
      from pg_index i
      join pg_class t on t.oid = i.indrelid and t.relnamespace = 'public'::regnamespace
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
      where i.indisunique`);
    const tables = await tenantTables();
    expect(indexes.filter((i) => tables.includes(i.table) && i.first !== "org_id")).toEqual([]);
  });

  it("has org_id first in every foreign key, on both sides", async () => {
    const foreignKeys = await rows<{ table: string; name: string; first: string; referenced: string; refFirst: string }>(sql`
      select c.conrelid::regclass::text as table, c.conname as name, a.attname as first,
             c.confrelid::regclass::text as referenced, ra.attname as "refFirst"
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = c.confkey[1]
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace`);
    const tables = await tenantTables();
    const offending = foreignKeys.filter(
      (fk) =>
        tables.includes(fk.table) &&
        (fk.first !== "org_id" || (fk.referenced !== "organizations" && fk.refFirst !== "org_id")),
    );
    expect(offending).toEqual([]);
    expect(foreignKeys.filter((fk) => tables.includes(fk.table)).length).toBeGreaterThan(40);
  });
});

async function tenantTables(): Promise<string[]> {
  const tables = await rows<{ name: string }>(sql`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'`);
  const names = tables.map((t) => t.name).filter((name) => !GLOBAL_TABLES.has(name));
  const withoutOrg = await rows<{ name: string }>(sql`
    select t.table_name as name from information_schema.tables t
    where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
      and not exists (select 1 from information_schema.columns c
                      where c.table_schema = 'public' and c.table_name = t.table_name and c.column_name = 'org_id')`);
  const missing = withoutOrg.map((t) => t.name).filter((name) => !GLOBAL_TABLES.has(name));
  expect(missing, "every tenant table has an org_id column").toEqual([]);
  return names.sort();
}
