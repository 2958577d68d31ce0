import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, type Database } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import * as schema from "@/db/schema";

export type TestDb = { db: Database; close: () => Promise<void> };

/**
 * A fresh, migrated database for one test file. In-memory PGlite by default; when
 * `TEST_DATABASE_URL` names a PostgreSQL server (CI), a new database is created on it for the
 * caller and dropped again on close, so the same suites run on both.
 */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createServerDb(serverUrl) : createPgliteDb();
}

async function createPgliteDb(): Promise<TestDb> {
  // Built here rather than through openDatabase(), which would follow DATABASE_URL if it is set.
  const snapshot = migratedSnapshot();
  const client = snapshot
    ? new PGlite({ loadDataDir: new Blob([await readFile(snapshot)]) })
    : new PGlite();
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
  const close = () => client.close();
  try {
    // Already applied in the snapshot; running it again checks that it is current and costs little.
    await applyMigrations({ db, close, kind: "pglite" });
  } catch (error) {
    await close();
    throw error;
  }
  return { db, close };
}

/** The migrated data folder made by the db project's global setup (pglite-snapshot.ts), if any. */
function migratedSnapshot(): string | null {
  try {
    return inject("pgliteSnapshot") ?? null;
  } catch {
    return null; // not under Vitest, or a project without the global setup
  }
}

async function createServerDb(serverUrl: string): Promise<TestDb> {
  const name = `touchpoint_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = () => postgres(serverUrl, { max: 1, onnotice: () => {} });

  const creator = admin();
  try {
    await creator.unsafe(`create database "${name}"`);
  } finally {
    await creator.end({ timeout: 5 });
  }

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ url: url.toString() });
  const drop = async () => {
    const dropper = admin();
    try {
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
    } finally {
      await dropper.end({ timeout: 5 });
    }
  };
  const close = async () => {
    try {
      await handle.close();
    } finally {
      await drop();
    }
  };

  try {
    await applyMigrations(handle);
  } catch (error) {
    await close();
    throw error;
  }
  return { db: handle.db, close };
}
