import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { trainingCourseMappings, trainingModules, users } from "@/db/schema";
import { startOfDayIn } from "@/lib/day-in";
import { parseLmsStatus } from "@/lib/import/lms-status";
import { parseDateTime, parseNumber } from "@/lib/import/values";
import { LMS_COLUMN_LABELS, type ImportLmsRowsInput, type LmsColumn, type LmsRow } from "@/lib/schemas/training-imports";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import type { Scope } from "@/server/services/scope";
import { memberIdsOfTeams } from "@/server/services/users/memberships";
import { recordTrainingResult } from "./records";

export type LmsRowProblem = { line: number; column: LmsColumn | null; reason: string };

export type LmsImportOutcome = {
  stored: number;
  alreadyImported: number;
  /** In progress, not started...: read, but not a result to store. */
  notAResult: LmsRowProblem[];
  rejected: LmsRowProblem[];
};

const reject = (line: number, column: LmsColumn, reason: string): LmsRowProblem => ({ line, column, reason: `${LMS_COLUMN_LABELS[column]}: ${reason}` });

/** A day written without a time is that day in the organisation's zone, not midnight UTC. */
function completionInstant(text: string, order: ImportLmsRowsInput["dateOrder"], timeZone: string): Date | null {
  const iso = parseDateTime(text, order);
  if (!iso) return null;
  if (iso.endsWith("T00:00:00Z") && !/\d:\d/.test(text)) return startOfDayIn(timeZone, iso.slice(0, 10));
  return new Date(iso);
}

function parseScoreCell(text: string): number | null | "invalid" {
  const value = text.trim().replace(/\s*%$/, "");
  if (!value) return null;
  // "91,5" from a spreadsheet with a decimal comma reads one way only.
  const point = parseNumber(value);
  const number = point !== null && Number.isNaN(point) ? parseNumber(value, { decimal: ",", thousands: "." }) : point;
  return number === null ? null : Number.isNaN(number) || number < 0 || number > 100 ? "invalid" : number;
}

async function moduleIndex(tenant: TenantDb, courses: string[]) {
  const wanted = [...new Set(courses.map((c) => c.trim()).filter(Boolean))];
  const byExternal = new Map<string, string>();
  const byMapping = new Map<string, string>();
  const byTitle = new Map<string, string>();
  if (wanted.length === 0) return (course: string) => byExternal.get(course);
  for (const m of await tenant.selectFields({ id: trainingModules.id, externalId: trainingModules.externalId }, trainingModules, inArray(trainingModules.externalId, wanted))) {
    byExternal.set(m.externalId!, m.id);
  }
  for (const m of await tenant.selectFields({ courseId: trainingCourseMappings.courseId, moduleId: trainingCourseMappings.moduleId }, trainingCourseMappings, inArray(trainingCourseMappings.courseId, wanted))) {
    byMapping.set(m.courseId, m.moduleId);
  }
  const titles = [...new Set(wanted.map((c) => c.toLowerCase()))];
  for (const m of await tenant.selectFields({ id: trainingModules.id, title: sql<string>`lower(${trainingModules.title})` }, trainingModules, inArray(sql`lower(${trainingModules.title})`, titles))) {
    // Two modules with the same title: the title does not say which, so neither is matched.
    byTitle.set(m.title, byTitle.has(m.title) ? "" : m.id);
  }
  return (course: string) => {
    const key = course.trim();
    return byExternal.get(key) ?? byMapping.get(key) ?? (byTitle.get(key.toLowerCase()) || undefined);
  };
}

/** Active people the caller may import for, by lowercased email: anyone for a director, their teams' members for a lead. */
async function peopleIndex(tenant: TenantDb, scope: Scope, emails: string[]) {
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const byEmail = new Map<string, string>();
  if (wanted.length === 0) return byEmail;
  const reach = scope.role === "director" ? null : await memberIdsOfTeams(tenant, scope.leadTeamIds);
  if (reach && reach.length === 0) return byEmail;
  const rows = await tenant.selectFields(
    { id: users.id, email: sql<string>`lower(${users.email})` },
    users,
    and(eq(users.active, true), inArray(sql`lower(${users.email})`, wanted), reach ? inArray(users.id, reach) : undefined),
  );
  for (const row of rows) byEmail.set(row.email, row.id);
  return byEmail;
}

/** What a row says, checked; or every problem it has. */
type ReadRow = { ok: true; userId: string; moduleId: string; outcome: "completed" | "passed" | "failed"; completedAt: Date; score: number | null; key: string } | { ok: false; problems: LmsRowProblem[]; notAResult?: boolean };

function readRow(row: LmsRow, input: ImportLmsRowsInput, scope: Scope, personOf: Map<string, string>, moduleOf: (course: string) => string | undefined, now: Date): ReadRow {
  const problems: LmsRowProblem[] = [];
  const email = row.email.trim().toLowerCase();
  const userId = email ? personOf.get(email) : undefined;
  if (!email) problems.push(reject(row.line, "email", "empty"));
  else if (!userId) {
    // The address is not repeated: it may name someone outside the caller's reach.
    problems.push(reject(row.line, "email", scope.role === "director" ? "no active person of your organisation has this address" : "no active member of your teams has this address"));
  }
  const course = row.course.trim();
  const moduleId = course ? moduleOf(course) : undefined;
  if (!course) problems.push(reject(row.line, "course", "empty"));
  else if (!moduleId) problems.push(reject(row.line, "course", `"${course}" matches no module's LMS course id, mapped course id or title`));
  const status = parseLmsStatus(row.status);
  if (status?.kind === "not_a_result") {
    return { ok: false, notAResult: true, problems: [{ line: row.line, column: "status", reason: `${LMS_COLUMN_LABELS.status}: "${row.status.trim()}" is not a result yet; nothing to store` }] };
  }
  if (!status) problems.push(reject(row.line, "status", `"${row.status.trim()}" is not a result (use completed, passed or failed)`));
  const completedAt = completionInstant(row.completedAt, input.dateOrder, scope.timeZone ?? "UTC");
  if (!row.completedAt.trim()) problems.push(reject(row.line, "completedAt", "empty"));
  else if (!completedAt) problems.push(reject(row.line, "completedAt", `"${row.completedAt.trim()}" is not a date we can read (use 2026-11-20 or 20/11/2026)`));
  else if (completedAt.getTime() > now.getTime() + 86_400_000) problems.push(reject(row.line, "completedAt", `"${row.completedAt.trim()}" is in the future`));
  else if (completedAt.getUTCFullYear() < 1990) problems.push(reject(row.line, "completedAt", `"${row.completedAt.trim()}" is before 1990`));
  const score = parseScoreCell(row.score);
  if (score === "invalid") problems.push(reject(row.line, "score", `"${row.score.trim()}" is not a score from 0 to 100`));
  if (problems.length || !status || status.kind !== "result" || !completedAt || score === "invalid") return { ok: false, problems };
  // The same person, module, day and result is the same record, whatever else the file says.
  const key = createHash("sha256").update(JSON.stringify([email, moduleId, completedAt.toISOString(), status.outcome])).digest("hex");
  return { ok: true, userId: userId!, moduleId: moduleId!, outcome: status.outcome, completedAt, score, key };
}

/**
 * Stores the valid rows of one chunk of an LMS export as training records (source lms_csv, once
 * per person, module, completion time and result: re-importing a file stores nothing) and reports
 * every other row with its line and the column at fault.
 */
export async function importLmsRows(tenant: TenantDb, scope: Scope, input: ImportLmsRowsInput): Promise<LmsImportOutcome> {
  const personOf = await peopleIndex(tenant, scope, input.rows.map((r) => r.email));
  const moduleOf = await moduleIndex(tenant, input.rows.map((r) => r.course));
  const now = new Date();
  const outcome: LmsImportOutcome = { stored: 0, alreadyImported: 0, notAResult: [], rejected: [] };
  const valid: Extract<ReadRow, { ok: true }>[] = [];
  for (const row of input.rows) {
    const read = readRow(row, input, scope, personOf, moduleOf, now);
    if (read.ok) valid.push(read);
    else if (read.notAResult) outcome.notAResult.push(...read.problems);
    else outcome.rejected.push(...read.problems);
  }
  if (valid.length === 0) return outcome;
  return tenant.transaction(async (tx) => {
    for (const row of valid) {
      const result = await recordTrainingResult(tx, {
        moduleId: row.moduleId,
        userId: row.userId,
        outcome: row.outcome,
        completedAt: row.completedAt,
        score: row.score,
        source: "lms_csv",
        sourceRef: row.key,
      });
      if (result.stored) outcome.stored++;
      else outcome.alreadyImported++;
    }
    if (outcome.stored > 0) {
      await recordAudit(tx, { actorId: scope.userId, action: "training.import_lms_csv", entityType: "training_record", after: { stored: outcome.stored, alreadyImported: outcome.alreadyImported, rejected: outcome.rejected.length } });
    }
    return outcome;
  });
}
