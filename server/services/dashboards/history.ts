import "server-only";
import { sql } from "drizzle-orm";
import { feedbackDailyTotals } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";

/**
 * The organisation's first and last response days, what "All time" covers: read from the daily
 * totals (one row per touch point and day), so it costs the same for ten years as for ten days.
 * Both null before the first response. A date, naming nobody: every role may read it.
 */
export async function historySpan(tenant: TenantDb): Promise<{ firstDay: string | null; lastDay: string | null }> {
  const t = feedbackDailyTotals;
  const [row] = await tenant.selectFields({ firstDay: sql<string | null>`min(${t.day})::text`, lastDay: sql<string | null>`max(${t.day})::text` }, t);
  return { firstDay: row?.firstDay ?? null, lastDay: row?.lastDay ?? null };
}
