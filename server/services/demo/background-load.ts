import "server-only";
import { eq, sql } from "drizzle-orm";
import { importRuns } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";

/*
 * The demo's responses loading in the app server after it started (db/seed/skyward-loader.ts).
 * On globalThis: Next.js bundles instrumentation.ts and the API routes apart, and both must find
 * the one load of the process.
 */

export type BackgroundLoad = {
  orgId: string;
  /** The import runs' file name: what has been stored so far is counted from them. */
  fileName: string;
  /** Responses the whole file holds. */
  total: number;
  status: "loading" | "done" | "failed";
};

const globalForLoad = globalThis as unknown as { touchpointDemoLoad?: BackgroundLoad };

export function setBackgroundLoad(load: BackgroundLoad): void {
  globalForLoad.touchpointDemoLoad = load;
}

export type DemoLoadStatus = { loaded: number; total: number; status: BackgroundLoad["status"] };

/**
 * How far the demo's background load is, for the caller's organisation: null when this server
 * loads nothing for it (every organisation but the demo's, and the demo once started loaded).
 */
export async function demoLoadStatus(tenant: TenantDb): Promise<DemoLoadStatus | null> {
  const load = globalForLoad.touchpointDemoLoad;
  if (!load || load.orgId !== tenant.orgId) return null;
  const [stored] = await tenant.selectFields({ n: sql<number>`coalesce(sum(${importRuns.stored}), 0)::int` }, importRuns, eq(importRuns.fileName, load.fileName));
  return { loaded: Math.min(stored?.n ?? 0, load.total), total: load.total, status: load.status };
}
