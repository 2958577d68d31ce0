import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { trainingAssignments, trainingRecords } from "@/db/schema";
import type { TenantTx } from "@/server/db/tenant-db";
import { roundScore, type TrainingRecordOutcome, type TrainingRecordSource } from "@/lib/domain/training";

export type TrainingResult = {
  moduleId: string;
  userId: string;
  outcome: TrainingRecordOutcome;
  completedAt: Date;
  score: number | null;
  source: TrainingRecordSource;
  /** Unique per source: the assignment id, the CSV row's hash, the xAPI statement id. */
  sourceRef: string;
  /** The assignment this result closes, when the caller already knows it (in-app completion). */
  assignmentId?: string | null;
};

/**
 * Stores one training result once per (source, sourceRef): a replay stores nothing and returns
 * `stored: false`. A completed or passed result from the LMS also completes the person's open
 * assignment of that module (oldest first), so the lead's list and the LMS agree. Every source
 * of results goes through here, so impact reads one table.
 */
export async function recordTrainingResult(tx: TenantTx, result: TrainingResult): Promise<{ stored: boolean; recordId: string | null; assignmentId: string | null }> {
  const score = result.score === null ? null : roundScore(result.score);
  let assignmentId = result.assignmentId ?? null;
  const completes = result.outcome !== "failed";
  if (!assignmentId && completes) {
    const [open] = await tx
      .selectFields(
        { id: trainingAssignments.id },
        trainingAssignments,
        and(
          eq(trainingAssignments.moduleId, result.moduleId),
          eq(trainingAssignments.userId, result.userId),
          inArray(trainingAssignments.status, ["assigned", "in_progress"]),
        ),
      )
      .orderBy(trainingAssignments.createdAt)
      .limit(1);
    assignmentId = open?.id ?? null;
  }
  const [row] = await tx
    .insert(trainingRecords, {
      moduleId: result.moduleId,
      userId: result.userId,
      outcome: result.outcome,
      completedAt: result.completedAt,
      score,
      source: result.source,
      sourceRef: result.sourceRef,
      assignmentId,
    })
    .onConflictDoNothing()
    .returning({ id: trainingRecords.id });
  if (!row) return { stored: false, recordId: null, assignmentId: null };
  if (assignmentId && completes && result.source !== "assignment") {
    // Keep a score the person entered in the app; otherwise take the LMS one.
    await tx.update(
      trainingAssignments,
      { status: "completed", completedAt: result.completedAt, score: sql`coalesce(${trainingAssignments.score}, ${score})` as unknown as number },
      and(eq(trainingAssignments.id, assignmentId), inArray(trainingAssignments.status, ["assigned", "in_progress"]))!,
    );
  }
  return { stored: true, recordId: row.id, assignmentId };
}
