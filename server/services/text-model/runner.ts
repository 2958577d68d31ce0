import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sentimentModels, textJobs } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { logger } from "@/server/log";
import { ServiceError } from "@/server/services/errors";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { queueTextJob, recordProgress } from "./jobs";
import { commentedResponseCount, rescoreStoredFeedback } from "./rescore";
import { trainOrgModel } from "./train";
import type { TextJobKind } from "@/lib/domain/text-models";

/*
 * The in-process runner of text jobs (training, rescoring). Every app server runs one; they share
 * the queue in text_jobs. A job is claimed with FOR UPDATE SKIP LOCKED, so two servers never run
 * the same one. This is the one place that reads text_jobs across organisations (to find the next
 * job); the job itself then runs on its organisation's TenantDb.
 */

type ClaimedJob = { orgId: string; id: string; kind: TextJobKind; requestedBy: string | null };

/** How often the server running a job says it is still alive (text_jobs.heartbeat_at). */
export const HEARTBEAT_MS = 15_000;
/**
 * A job still `running` with no heartbeat for this long was left by a server that stopped, and is
 * failed so the organisation can start another; its work so far stays (every chunk was a finished
 * transaction). Eight missed heartbeats: a busy event loop or a slow chunk must not look dead.
 * With PGlite, startTextJobRunner fails them at once.
 */
export const ABANDONED_AFTER_MS = 8 * HEARTBEAT_MS;
export const ABANDONED_MESSAGE = "The server running this job stopped before it finished. Start it again.";
const UNEXPECTED_MESSAGE = "The job stopped on an unexpected error (see the server log). Start it again.";

/** Fails jobs left running by a server that stopped; `olderThanMs` 0 fails every running job. */
export async function failAbandonedJobs(db: Database, olderThanMs = ABANDONED_AFTER_MS): Promise<number> {
  const failed = await db
    .update(textJobs)
    .set({ status: "failed", error: ABANDONED_MESSAGE, finishedAt: sql`now()` })
    .where(
      and(
        eq(textJobs.status, "running"),
        lt(sql`coalesce(${textJobs.heartbeatAt}, ${textJobs.startedAt})`, sql`now() - make_interval(secs => ${olderThanMs / 1000})`),
      ),
    )
    .returning({ id: textJobs.id });
  return failed.length;
}

async function claimNextJob(db: Database): Promise<ClaimedJob | null> {
  const [job] = await db
    .update(textJobs)
    .set({ status: "running", startedAt: sql`now()`, heartbeatAt: sql`now()` })
    .where(
      sql`(${textJobs.orgId}, ${textJobs.id}) = (
        select org_id, id from text_jobs where status = 'queued' order by created_at, id limit 1 for update skip locked)`,
    )
    .returning({ orgId: textJobs.orgId, id: textJobs.id, kind: textJobs.kind, requestedBy: textJobs.requestedBy });
  return job ?? null;
}

async function finishJob(tenant: TenantDb, jobId: string, set: Partial<typeof textJobs.$inferInsert>): Promise<void> {
  await tenant.update(textJobs, { ...set, finishedAt: new Date() }, and(eq(textJobs.id, jobId), eq(textJobs.status, "running"))!);
}

async function runTraining(tenant: TenantDb, job: ClaimedJob): Promise<void> {
  await recordProgress(tenant, job.id, { done: 0, total: 1 });
  const outcome = await trainOrgModel(tenant, { trainedBy: job.requestedBy });
  await tenant.transaction(async (tenantTx) => {
    await finishJob(tenantTx, job.id, { status: "completed", modelId: outcome.modelId, done: 1, total: 1 });
    // The scorer changed: stored comments follow it, so the dashboards compare like with like.
    if (outcome.scorerChanged) await queueTextJob(tenantTx, "rescore", { requestedBy: job.requestedBy });
  });
}

async function runRescoring(tenant: TenantDb, job: ClaimedJob): Promise<void> {
  const analyse = await analyserForOrg(tenant);
  const [active] = await tenant.selectFields({ id: sentimentModels.id }, sentimentModels, eq(sentimentModels.active, true));
  const total = await commentedResponseCount(tenant);
  await tenant.update(textJobs, { total, done: 0, modelId: active?.id ?? null }, eq(textJobs.id, job.id));
  const result = await rescoreStoredFeedback(tenant, analyse, (tenantTx, progress) =>
    recordProgress(tenantTx, job.id, { done: progress.done, total: Math.max(total, progress.done) }),
  );
  if (result.stopped) return;
  // Responses that arrived during the walk were scored at ingest already; the bar ends full.
  await finishJob(tenant, job.id, { status: "completed", done: result.done, total: result.done });
}

/** Keeps the job's heartbeat fresh until `stop` is called, whatever step the job is in. */
function keepAlive(tenant: TenantDb, jobId: string): () => void {
  const timer = setInterval(() => {
    tenant
      .update(textJobs, { heartbeatAt: new Date() }, and(eq(textJobs.id, jobId), eq(textJobs.status, "running"))!)
      .catch((error: unknown) => logger.error({ err: error, orgId: tenant.orgId, jobId }, "text job heartbeat failed"));
  }, HEARTBEAT_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}

async function runJob(db: Database, job: ClaimedJob): Promise<void> {
  const tenant = tenantDb(db, job.orgId);
  const stopHeartbeat = keepAlive(tenant, job.id);
  try {
    if (job.kind === "train") await runTraining(tenant, job);
    else await runRescoring(tenant, job);
  } catch (error) {
    if (!(error instanceof ServiceError)) logger.error({ err: error, orgId: job.orgId, jobId: job.id, kind: job.kind }, "text job failed");
    const message = error instanceof ServiceError ? error.message : UNEXPECTED_MESSAGE;
    await finishJob(tenant, job.id, { status: "failed", error: message });
  } finally {
    stopHeartbeat();
  }
}

/** Runs queued jobs (of every organisation) until none is left; returns how many ran. */
export async function runPendingTextJobs(db: Database): Promise<number> {
  let ran = 0;
  for (let job = await claimNextJob(db); job; job = await claimNextJob(db)) {
    await runJob(db, job);
    ran++;
  }
  return ran;
}

type RunnerState = { db: Database; timer: ReturnType<typeof setInterval>; busy: boolean; again: boolean };

// On globalThis: Next.js bundles instrumentation.ts and the API routes apart, and both must find
// the one runner of the process.
const globalForRunner = globalThis as unknown as { touchpointTextJobs?: RunnerState };

async function tick(state: RunnerState): Promise<void> {
  if (state.busy) {
    state.again = true;
    return;
  }
  state.busy = true;
  try {
    do {
      state.again = false;
      await failAbandonedJobs(state.db);
      await runPendingTextJobs(state.db);
    } while (state.again);
  } catch (error) {
    logger.error({ err: error }, "text job runner error");
  } finally {
    state.busy = false;
  }
}

/**
 * Starts this process's runner: it looks for queued jobs every `pollMs` (jobs queued through
 * another server) and at once when this process queues one (wakeTextJobRunner).
 * `failRunningAtStart`: with PGlite only this process can use the database, so a job still
 * `running` was left by the process before it and is failed at once.
 */
export function startTextJobRunner(db: Database, { pollMs = 5000, failRunningAtStart = false } = {}): void {
  if (globalForRunner.touchpointTextJobs) return;
  const state: RunnerState = { db, timer: setInterval(() => void tick(state), pollMs), busy: false, again: false };
  state.timer.unref?.();
  globalForRunner.touchpointTextJobs = state;
  void (async () => {
    if (failRunningAtStart) await failAbandonedJobs(db, 0).catch((error: unknown) => logger.error({ err: error }, "text job recovery failed"));
    await tick(state);
  })();
}

/** Tells this process's runner that a job was queued; a no-op where none runs (tests, scripts). */
export function wakeTextJobRunner(): void {
  const state = globalForRunner.touchpointTextJobs;
  if (state) setImmediate(() => void tick(state));
}

export function stopTextJobRunner(): void {
  const state = globalForRunner.touchpointTextJobs;
  if (!state) return;
  clearInterval(state.timer);
  globalForRunner.touchpointTextJobs = undefined;
}
