import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import type { TestProject } from "vitest/node";
import type { Database } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import * as schema from "@/db/schema";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated PGlite data folder as a tarball, for createTestDb() to start from. */
    pgliteSnapshot: string | null;
  }
}

/**
 * Vitest global setup of the db project: starting PGlite from scratch takes seconds (it runs
 * initdb), loading a dump of an already migrated one takes under one, so the migrations are
 * applied once per run here and every test file loads the result. Not needed on PostgreSQL.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide("pgliteSnapshot", null);
    return;
  }
  const client = new PGlite();
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
  const file = path.join(os.tmpdir(), `touchpoint-pglite-${process.pid}-${randomBytes(4).toString("hex")}.tar`);
  try {
    await applyMigrations({ db, close: () => client.close(), kind: "pglite" });
    const dump = await client.dumpDataDir("none");
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
  project.provide("pgliteSnapshot", file);
  return async () => {
    await rm(file, { force: true });
  };
}
