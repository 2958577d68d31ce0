import "server-only";
import { and, eq, max } from "drizzle-orm";
import { feedback, importRuns } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";

/**
 * An import's rows are sent by the page that runs it; when that tab is closed the run stays
 * "running" forever. One that has stored nothing for this long is taken as abandoned, so that it
 * can be removed (which cancels it first). A live import stores a chunk every few seconds.
 */
export const ABANDONED_AFTER_MS = 15 * 60_000;

type RunState = Pick<typeof importRuns.$inferSelect, "id" | "status" | "startedAt">;

/** When a running import last stored a response (or started), if that was long enough ago to call it abandoned; null otherwise. */
export async function abandonedSince(tenant: TenantDb, run: RunState, now = new Date()): Promise<Date | null> {
  if (run.status !== "running") return null;
  const [row] = await tenant.selectFields({ last: max(feedback.receivedAt) }, feedback, eq(feedback.importRunId, run.id));
  const last = row?.last ? new Date(row.last) : new Date(run.startedAt);
  return now.getTime() - last.getTime() >= ABANDONED_AFTER_MS ? last : null;
}

/** Ends an abandoned run as cancelled, so that a chunk its page might still send is refused as "already finished". */
export async function cancelAbandoned(tenantTx: TenantDb, runId: string): Promise<void> {
  await tenantTx.update(importRuns, { status: "cancelled", finishedAt: new Date() }, and(eq(importRuns.id, runId), eq(importRuns.status, "running"))!);
}
