import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

/**
 * Both drivers give the same query builder; the PGlite one is typed as the postgres-js one so
 * that services take a single `Database` type.
 */
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database handle or an open transaction: services accept either. */
export type Executor = Database | Transaction;

export type DatabaseHandle = { db: Database; close: () => Promise<void>; kind: "pglite" | "postgres" };

export const defaultPgliteDir = ".data/pglite";

export function openDatabase(options: { url?: string; pgliteDir?: string } = {}): DatabaseHandle {
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
    return {
      db: drizzlePostgres(client, { schema, casing: "snake_case" }),
      close: () => client.end({ timeout: 5 }),
      kind: "postgres",
    };
  }
  const dir = options.pgliteDir ?? process.env.PGLITE_DIR ?? defaultPgliteDir;
  // PGlite creates only the last folder of the path; a fresh clone has no .data yet.
  if (!dir.includes("://")) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  return {
    db: drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database,
    close: () => client.close(),
    kind: "pglite",
  };
}

const globalForDb = globalThis as unknown as { touchpointDb?: DatabaseHandle };

/** The app server's one handle (PGlite allows one per data folder and process). */
export function getDb(): Database {
  globalForDb.touchpointDb ??= openDatabase();
  return globalForDb.touchpointDb.db;
}

/** Points the app's one handle at another database: tests that drive next-auth's callbacks. */
export function setAppDatabase(db: Database): void {
  globalForDb.touchpointDb = { db, close: async () => {}, kind: "postgres" };
}
