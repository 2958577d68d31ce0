import "server-only";
import { desc, eq } from "drizzle-orm";
import { trainingModules, trainingRecords } from "@/db/schema";
import type { TrainingRecordOutcome, TrainingRecordSource } from "@/lib/domain/training";
import type { CsvCell } from "@/lib/export/csv";
import type { TenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import { listAssignmentsOf, type ListedAssignment } from "./assignments";
import { reachablePerson } from "./reach";

export type HistoryRecord = {
  id: string;
  moduleId: string;
  moduleTitle: string;
  source: TrainingRecordSource;
  outcome: TrainingRecordOutcome;
  completedAt: Date;
  score: number | null;
  assignmentId: string | null;
};

/**
 * A person's training record: their assignments (with due dates, status, score and reflection)
 * and every result from any source. Readable by the person, the leads of their teams and
 * directors; anyone else gets "not found".
 */
export async function trainingHistory(tenant: TenantDb, scope: Scope, input: { userId?: string }, now = new Date()) {
  const person = await reachablePerson(tenant, scope, input.userId ?? scope.userId);
  const assignments = await listAssignmentsOf(tenant, scope, person.id, now);
  const records: HistoryRecord[] = await tenant
    .selectFields(
      {
        id: trainingRecords.id,
        moduleId: trainingRecords.moduleId,
        moduleTitle: trainingModules.title,
        source: trainingRecords.source,
        outcome: trainingRecords.outcome,
        completedAt: trainingRecords.completedAt,
        score: trainingRecords.score,
        assignmentId: trainingRecords.assignmentId,
      },
      trainingRecords,
      eq(trainingRecords.userId, person.id),
    )
    .innerJoin(trainingModules, tenant.joinOn(trainingModules, eq(trainingModules.id, trainingRecords.moduleId)))
    .orderBy(desc(trainingRecords.completedAt));
  return { person: { id: person.id, name: person.name }, assignments, records };
}

export const HISTORY_CSV_HEADERS = ["kind", "module", "source", "status or outcome", "assigned on", "due on", "started at", "completed at", "cancelled at", "score", "reflection"];

const SOURCE_WORDS: Record<TrainingRecordSource, string> = { assignment: "assignment", lms_csv: "LMS import", xapi: "LMS (xAPI)" };

/** The history as CSV rows: one per assignment, then one per record not already shown by its assignment. */
export function historyCsvRows(history: { assignments: ListedAssignment[]; records: HistoryRecord[] }): CsvCell[][] {
  const assignmentRows = history.assignments.map((a) => [
    "assignment",
    a.moduleTitle,
    "assignment",
    a.overdue ? `${a.status} (overdue)` : a.status,
    a.createdAt,
    a.dueOn,
    a.startedAt,
    a.completedAt,
    a.cancelledAt,
    a.score,
    a.reflection,
  ]);
  const recordRows = history.records
    .filter((record) => record.source !== "assignment")
    .map((record) => ["record", record.moduleTitle, SOURCE_WORDS[record.source], record.outcome, null, null, null, record.completedAt, null, record.score, null]);
  return [...assignmentRows, ...recordRows];
}
