import "server-only";
import { and, count, eq, isNull, max, min, sql } from "drizzle-orm";
import { feedback, importRuns, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError } from "@/server/services/errors";
import { feedbackIdsWhere, removeFeedback } from "@/server/services/feedback/remove";
import type { Scope } from "@/server/services/scope";
import { abandonedSince, cancelAbandoned } from "./abandoned";

/** Responses removed per transaction: each batch is short, so the app keeps answering others between them. */
export const REMOVAL_BATCH = 5_000;
/** How long one call of imports.remove works before it answers with its progress (the page calls again). */
export const REMOVAL_CALL_BUDGET_MS = 3_000;

type Run = typeof importRuns.$inferSelect;

/**
 * The run the caller may remove: a director any of the organisation's, a team lead their own.
 * Anyone else's (a colleague's, another organisation's) is "not found", as on the list.
 */
async function runOrThrow(tenant: TenantDb, scope: Scope, importRunId: string): Promise<Run> {
  const mine = scope.role === "director" ? undefined : eq(importRuns.userId, scope.userId);
  const [run] = await tenant.select(importRuns, and(eq(importRuns.id, importRunId), mine));
  if (!run) throw new NotFoundError("Import");
  return run;
}

export const NOT_REMOVABLE_REASON =
  "This import ran before Touchpoint recorded which import stored each response, so its responses cannot be told apart from others and it cannot be removed.";
export const RUNNING_REASON =
  "This import is still running: it can be removed once it has finished or been cancelled, or once it has stored nothing for 15 minutes (its page was closed).";

/** Why a run cannot be removed now, or null when it can (a removal already started can be resumed; an abandoned run is cancelled first). */
export function removalBlocker(run: Pick<Run, "removable" | "status" | "removedAt">, abandoned: Date | null): string | null {
  if (run.removedAt) return "This import has already been removed.";
  if (!run.removable) return NOT_REMOVABLE_REASON;
  if (run.status === "running" && !abandoned) return RUNNING_REASON;
  return null;
}

const ofRun = (importRunId: string) => eq(feedback.importRunId, importRunId);
const hasComment = sql<number>`count(*) filter (where nullif(btrim(${feedback.comment}), '') is not null)`.mapWith(Number);

/** What removing the import would take away: its responses and comments, their dates and touch points. */
export async function removalPreview(tenant: TenantDb, scope: Scope, input: { importRunId: string }) {
  const run = await runOrThrow(tenant, scope, input.importRunId);
  const byTouchPoint = run.removable
    ? await tenant
        .selectFields(
          { touchPointId: touchPoints.id, name: touchPoints.name, responses: count(), comments: hasComment, from: min(feedback.occurredAt), to: max(feedback.occurredAt) },
          feedback,
          ofRun(run.id),
        )
        .innerJoin(touchPoints, tenant.joinOn(touchPoints, eq(touchPoints.id, feedback.touchPointId)))
        .groupBy(touchPoints.id, touchPoints.name)
        .orderBy(touchPoints.name)
    : [];
  const abandoned = await abandonedSince(tenant, run);
  const times = byTouchPoint.flatMap((tp) => [tp.from, tp.to]).filter((at): at is Date => at !== null);
  return {
    importRunId: run.id,
    fileName: run.fileName,
    startedAt: run.startedAt,
    blocker: removalBlocker(run, abandoned),
    /** A running import that stopped storing rows at this time: removing it cancels it first. */
    abandonedSince: abandoned,
    removalStartedAt: run.removalStartedAt,
    removedResponses: run.removedResponses,
    responses: byTouchPoint.reduce((sum, tp) => sum + tp.responses, 0),
    comments: byTouchPoint.reduce((sum, tp) => sum + tp.comments, 0),
    from: times.length ? new Date(Math.min(...times.map((at) => at.getTime()))) : null,
    to: times.length ? new Date(Math.max(...times.map((at) => at.getTime()))) : null,
    touchPoints: byTouchPoint.map(({ touchPointId, name, responses }) => ({ touchPointId, name, responses })),
  };
}

export type RemovalProgress = { importRunId: string; removedResponses: number; remaining: number; done: boolean; removedAt: Date | null };

export type RemovalOptions = { budgetMs?: number; batchSize?: number; onBatch?: (batch: { responses: number; ms: number }) => void };

/**
 * Removes an import's responses with everything derived from them (feedback/remove.ts), a batch
 * per transaction, for up to `budgetMs` (at least one batch), then answers with the progress; a
 * later call resumes where this one stopped, so a removal of hundreds of thousands of responses
 * survives a closed tab or a restarted server. The run keeps its counts; removed_at and
 * removed_by mark it removed once no response of it is left. Audited when it starts and ends.
 */
export async function removeImport(tenant: TenantDb, scope: Scope, input: { importRunId: string }, options: RemovalOptions = {}): Promise<RemovalProgress> {
  const { budgetMs = REMOVAL_CALL_BUDGET_MS, batchSize = REMOVAL_BATCH, onBatch } = options;
  const run = await runOrThrow(tenant, scope, input.importRunId);
  if (run.removedAt) return progressOf(tenant, run.id);
  const abandoned = await abandonedSince(tenant, run);
  const blocker = removalBlocker(run, abandoned);
  if (blocker) throw new ConflictError(blocker);
  if (!run.removalStartedAt) await markStarted(tenant, scope, run, abandoned);

  const started = performance.now();
  for (;;) {
    const batchStarted = performance.now();
    const removed = await tenant.transaction(async (tenantTx) => {
      const gone = await removeFeedback(tenantTx, await feedbackIdsWhere(tenantTx, ofRun(run.id), batchSize));
      if (gone.length) await tenantTx.update(importRuns, { removedResponses: sql`${importRuns.removedResponses} + ${gone.length}` } as unknown as Partial<typeof importRuns.$inferInsert>, eq(importRuns.id, run.id));
      return gone.length;
    });
    if (removed > 0) onBatch?.({ responses: removed, ms: performance.now() - batchStarted });
    if (removed < batchSize && (await markRemoved(tenant, scope, run))) break;
    if (performance.now() - started >= budgetMs) break;
  }
  return progressOf(tenant, run.id);
}

async function markStarted(tenant: TenantDb, scope: Scope, run: Run, abandoned: Date | null): Promise<void> {
  await tenant.transaction(async (tenantTx) => {
    if (abandoned) await cancelAbandoned(tenantTx, run.id);
    // Two tabs starting at once: only the one that sets the time writes the audit entry.
    const [marked] = await tenantTx
      .update(importRuns, { removalStartedAt: new Date() }, and(eq(importRuns.id, run.id), isNull(importRuns.removalStartedAt))!)
      .returning({ id: importRuns.id });
    if (!marked) return;
    const [{ responses } = { responses: 0 }] = await tenantTx.selectFields({ responses: count() }, feedback, ofRun(run.id));
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "import.removal_started",
      entityType: "import",
      entityId: run.id,
      after: { fileName: run.fileName, importedBy: run.userId, responses, ...(abandoned ? { abandonedSince: abandoned.toISOString() } : {}) },
    });
  });
}

/** Marks the run removed when none of its responses is left; false when some still are (another call is removing them). */
async function markRemoved(tenant: TenantDb, scope: Scope, run: Run): Promise<boolean> {
  return tenant.transaction(async (tenantTx) => {
    const [left] = await tenantTx.selectFields({ id: feedback.id }, feedback, ofRun(run.id)).limit(1);
    if (left) return false;
    const [marked] = await tenantTx
      .update(importRuns, { removedAt: new Date(), removedBy: scope.userId }, and(eq(importRuns.id, run.id), isNull(importRuns.removedAt))!)
      .returning({ removedResponses: importRuns.removedResponses });
    if (marked) {
      await recordAudit(tenantTx, {
        actorId: scope.userId,
        action: "import.removed",
        entityType: "import",
        entityId: run.id,
        after: { fileName: run.fileName, importedBy: run.userId, removedResponses: marked.removedResponses },
      });
    }
    return true;
  });
}

async function progressOf(tenant: TenantDb, importRunId: string): Promise<RemovalProgress> {
  const [run] = await tenant.selectFields({ removedResponses: importRuns.removedResponses, removedAt: importRuns.removedAt }, importRuns, eq(importRuns.id, importRunId));
  const [{ remaining } = { remaining: 0 }] = await tenant.selectFields({ remaining: count() }, feedback, ofRun(importRunId));
  return { importRunId, removedResponses: run!.removedResponses, remaining, done: run!.removedAt !== null, removedAt: run!.removedAt };
}
