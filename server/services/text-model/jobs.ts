import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { textJobs } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { ConflictError, NotFoundError } from "@/server/services/errors";

export type TextJobKind = (typeof textJobs.$inferSelect)["kind"];

export const jobFields = {
  id: textJobs.id,
  kind: textJobs.kind,
  status: textJobs.status,
  modelId: textJobs.modelId,
  total: textJobs.total,
  done: textJobs.done,
  error: textJobs.error,
  createdAt: textJobs.createdAt,
  startedAt: textJobs.startedAt,
  finishedAt: textJobs.finishedAt,
};

const open = inArray(textJobs.status, ["queued", "running"]);

const OPEN_JOB_MESSAGE: Record<TextJobKind, string> = {
  train: "A training of the sentiment model is already queued or running; wait for it to finish.",
  rescore: "A rescoring of stored feedback is already queued or running; wait for it to finish.",
};

/**
 * Queues a job unless one of the organisation's text jobs is still queued or running (one at a
 * time: a training queues its own rescoring, and two rescorings would do the same work twice).
 * Pass the caller's transaction to queue along with other writes. Returns the queued job's id.
 */
export async function queueTextJob(
  tenant: TenantDb,
  kind: TextJobKind,
  { requestedBy = null }: { requestedBy?: string | null } = {},
): Promise<string> {
  return tenant.transaction(async (tenantTx) => {
    // Serialises the check and the insert per organisation: two clicks cannot queue two jobs.
    await tenantTx.execute((orgId) => sql`select pg_advisory_xact_lock(hashtext(${`text_jobs:${orgId}`}))`);
    const [busy] = await tenantTx.selectFields({ kind: textJobs.kind }, textJobs, open).limit(1);
    if (busy) throw new ConflictError(OPEN_JOB_MESSAGE[busy.kind]);
    const [job] = await tenantTx.insert(textJobs, { kind, requestedBy }).returning({ id: textJobs.id });
    return job!.id;
  });
}

/** Whether one of the organisation's text jobs is queued or running. */
export async function hasOpenTextJob(tenant: TenantDb): Promise<boolean> {
  const [busy] = await tenant.selectFields({ id: textJobs.id }, textJobs, open).limit(1);
  return busy !== undefined;
}

export async function textJobById(tenant: TenantDb, jobId: string) {
  const [job] = await tenant.selectFields(jobFields, textJobs, eq(textJobs.id, jobId));
  if (!job) throw new NotFoundError("Job");
  return job;
}

export async function latestTextJobs(tenant: TenantDb, limit = 5) {
  return tenant.selectFields(jobFields, textJobs).orderBy(desc(textJobs.createdAt), desc(textJobs.id)).limit(limit);
}

/** Records progress; false when the job is no longer running (failed as abandoned meanwhile). */
export async function recordProgress(tenant: TenantDb, jobId: string, progress: { done: number; total?: number }): Promise<boolean> {
  const updated = await tenant
    .update(textJobs, { ...progress, heartbeatAt: new Date() }, and(eq(textJobs.id, jobId), eq(textJobs.status, "running"))!)
    .returning({ id: textJobs.id });
  return updated.length > 0;
}
