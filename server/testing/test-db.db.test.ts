import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { organizations } from "@/db/schema";
import { createTestDb, type TestDb } from "./test-db";

describe("createTestDb", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("gives a migrated database with the organizations table", async () => {
    const result = await testDb.db.execute<{ name: string | null }>(
      sql`select to_regclass('public.organizations')::text as name`,
    );
    const rows = Array.isArray(result) ? result : (result as unknown as { rows: { name: string | null }[] }).rows;
    expect(rows[0]?.name).toBe("organizations");
  });

  it("starts empty", async () => {
    const rows = await testDb.db.select({ id: organizations.id }).from(organizations);
    expect(rows).toEqual([]);
  });
});
