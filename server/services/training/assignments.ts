import "server-only";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { trainingAssignments, trainingModules, users } from "@/db/schema";
import type { AssignmentStatus } from "@/lib/domain/training";
import type { AssignInput, CompleteAssignmentInput } from "@/lib/schemas/training";
import type { TenantDb, TenantTx } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { visibleStaffIds } from "@/server/services/dashboards/context";
import { ConflictError, NotFoundError, ValidationError } from "@/server/services/errors";
import { today } from "@/server/services/kpis/effective-target";
import type { Scope } from "@/server/services/scope";
import { assignableModule, getModule } from "./modules";
import { daysOverdue, isOpen, OPEN_STATUSES } from "./overdue";
import { reachablePeople } from "./reach";
import { recordTrainingResult } from "./records";

export type ListedAssignment = {
  id: string;
  moduleId: string;
  moduleTitle: string;
  moduleRetired: boolean;
  durationMinutes: number;
  userId: string;
  personName: string;
  status: AssignmentStatus;
  dueOn: string | null;
  overdue: boolean;
  daysOverdue: number;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  score: number | null;
  reflection: string | null;
};

/** Open ones first (the most overdue, then the soonest due), then the closed ones, newest first. */
function byUrgency(a: ListedAssignment, b: ListedAssignment): number {
  const openA = isOpen(a.status) ? 0 : 1;
  const openB = isOpen(b.status) ? 0 : 1;
  if (openA !== openB) return openA - openB;
  if (openA === 0) return (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") || a.personName.localeCompare(b.personName);
  const closedAt = (x: ListedAssignment) => (x.completedAt ?? x.cancelledAt ?? x.createdAt).getTime();
  return closedAt(b) - closedAt(a);
}

async function listAssignments(tenant: TenantDb, scope: Scope, where: SQL | undefined, now: Date, limit = 500): Promise<ListedAssignment[]> {
  const day = today(scope.timeZone, now);
  const rows = await tenant
    .selectFields(
      {
        id: trainingAssignments.id,
        moduleId: trainingAssignments.moduleId,
        moduleTitle: trainingModules.title,
        moduleArchivedAt: trainingModules.archivedAt,
        durationMinutes: trainingModules.durationMinutes,
        userId: trainingAssignments.userId,
        personName: users.name,
        status: trainingAssignments.status,
        dueOn: trainingAssignments.dueOn,
        createdAt: trainingAssignments.createdAt,
        startedAt: trainingAssignments.startedAt,
        completedAt: trainingAssignments.completedAt,
        cancelledAt: trainingAssignments.cancelledAt,
        score: trainingAssignments.score,
        reflection: trainingAssignments.reflection,
      },
      trainingAssignments,
      where,
    )
    .innerJoin(trainingModules, tenant.joinOn(trainingModules, eq(trainingModules.id, trainingAssignments.moduleId)))
    .innerJoin(users, tenant.joinOn(users, eq(users.id, trainingAssignments.userId)))
    .orderBy(desc(trainingAssignments.createdAt))
    .limit(limit);
  return rows
    .map(({ moduleArchivedAt, ...row }) => {
      const late = daysOverdue(row, day);
      return { ...row, moduleRetired: moduleArchivedAt !== null, overdue: late > 0, daysOverdue: late };
    })
    .sort(byUrgency);
}

/** The caller's own assignments: open ones (overdue first) and their history. */
export function myAssignments(tenant: TenantDb, scope: Scope, now = new Date()): Promise<ListedAssignment[]> {
  return listAssignmentsOf(tenant, scope, scope.userId, now);
}

/** One person's assignments; the caller must already have checked that they may read them. */
export function listAssignmentsOf(tenant: TenantDb, scope: Scope, userId: string, now = new Date()): Promise<ListedAssignment[]> {
  return listAssignments(tenant, scope, eq(trainingAssignments.userId, userId), now, 2000);
}

/** The assignments of the people the caller leads (a director: everyone's), open and overdue first. */
export async function teamAssignments(tenant: TenantDb, scope: Scope, input: { openOnly?: boolean } = {}, now = new Date()): Promise<ListedAssignment[]> {
  const people = await visibleStaffIds(tenant, scope);
  if (people !== "all" && people.length === 0) return [];
  return listAssignments(
    tenant,
    scope,
    and(people === "all" ? undefined : inArray(trainingAssignments.userId, people), input.openOnly ? inArray(trainingAssignments.status, [...OPEN_STATUSES]) : undefined),
    now,
  );
}

/** A module's assignments among the people the caller may read (a lead: their teams; a director: all). */
export async function moduleAssignments(tenant: TenantDb, scope: Scope, input: { moduleId: string }, now = new Date()): Promise<ListedAssignment[]> {
  await getModule(tenant, scope, input);
  const people = await reachablePeople(tenant, scope);
  if (people !== "all" && people.length === 0) return [];
  return listAssignments(
    tenant,
    scope,
    and(eq(trainingAssignments.moduleId, input.moduleId), people === "all" ? undefined : inArray(trainingAssignments.userId, people)),
    now,
  );
}

export type AssignOutcome = { userId: string; name: string; outcome: "assigned" | "already_assigned"; assignmentId: string };

/**
 * Assigns a module to people the caller leads (a director: any active person) by a due date. A
 * person who already has an open assignment of the module keeps it and is reported as such; the
 * others are assigned. Someone outside the caller's teams is "not found", and nobody is assigned.
 */
export async function assignModule(tenant: TenantDb, scope: Scope, input: AssignInput, now = new Date()): Promise<{ moduleTitle: string; results: AssignOutcome[] }> {
  const chosen = await assignableModule(tenant, input.moduleId);
  const day = today(scope.timeZone, now);
  if (input.dueOn < day) throw new ValidationError(`The due date ${input.dueOn} is in the past; choose ${day} or later`, "dueOn");
  const reach = await visibleStaffIds(tenant, scope);
  const people = await tenant.selectFields({ id: users.id, name: users.name, active: users.active }, users, inArray(users.id, input.userIds));
  for (const userId of input.userIds) {
    const person = people.find((p) => p.id === userId);
    if (!person || (reach !== "all" && !reach.includes(userId))) throw new NotFoundError(`Person ${userId}`);
    if (!person.active) throw new ValidationError(`${person.name} is deactivated and cannot be assigned training`, "userIds");
  }
  return tenant.transaction(async (tenantTx) => {
    // Serialises assignments of one module, so two leads clicking at once cannot both assign it.
    await tenantTx.execute((orgId) => sql`select pg_advisory_xact_lock(hashtext(${`training-assign:${orgId}:${chosen.id}`}))`);
    const open = await tenantTx
      .selectFields(
        { id: trainingAssignments.id, userId: trainingAssignments.userId },
        trainingAssignments,
        and(eq(trainingAssignments.moduleId, chosen.id), inArray(trainingAssignments.userId, input.userIds), inArray(trainingAssignments.status, [...OPEN_STATUSES])),
      );
    const results: AssignOutcome[] = [];
    for (const userId of input.userIds) {
      const name = people.find((p) => p.id === userId)!.name;
      const existing = open.find((row) => row.userId === userId);
      if (existing) {
        results.push({ userId, name, outcome: "already_assigned", assignmentId: existing.id });
        continue;
      }
      const [row] = await tenantTx
        .insert(trainingAssignments, { moduleId: chosen.id, userId, assignedBy: scope.userId, dueOn: input.dueOn })
        .returning({ id: trainingAssignments.id });
      await recordAudit(tenantTx, {
        actorId: scope.userId,
        action: "training_assignment.created",
        entityType: "training_assignment",
        entityId: row!.id,
        after: { moduleId: chosen.id, userId, dueOn: input.dueOn },
      });
      results.push({ userId, name, outcome: "assigned", assignmentId: row!.id });
    }
    return { moduleTitle: chosen.title, results };
  });
}

type AssignmentRow = { id: string; userId: string; moduleId: string; status: AssignmentStatus; dueOn: string | null };

async function assignmentOf(tenant: TenantDb, assignmentId: string): Promise<AssignmentRow | undefined> {
  const [row] = await tenant.selectFields(
    { id: trainingAssignments.id, userId: trainingAssignments.userId, moduleId: trainingAssignments.moduleId, status: trainingAssignments.status, dueOn: trainingAssignments.dueOn },
    trainingAssignments,
    eq(trainingAssignments.id, assignmentId),
  );
  return row;
}

/** The caller's own assignment; anyone else's is "not found", whatever the caller's role. */
async function ownAssignment(tenant: TenantDb, scope: Scope, assignmentId: string): Promise<AssignmentRow> {
  const row = await assignmentOf(tenant, assignmentId);
  if (!row || row.userId !== scope.userId) throw new NotFoundError("Assignment");
  return row;
}

/** An assignment of someone the caller leads (a director: anyone). */
async function managedAssignment(tenant: TenantDb, scope: Scope, assignmentId: string): Promise<AssignmentRow> {
  const row = await assignmentOf(tenant, assignmentId);
  const reach = await visibleStaffIds(tenant, scope);
  if (!row || (reach !== "all" && !reach.includes(row.userId))) throw new NotFoundError("Assignment");
  return row;
}

const STATUS_WORDS: Record<AssignmentStatus, string> = { assigned: "not started", in_progress: "in progress", completed: "already completed", cancelled: "cancelled" };

/**
 * Moves an assignment on with a conditional update, so two clicks (or the LMS completing it at
 * the same moment) cannot both succeed, with its audit row in the same transaction.
 */
async function transition(
  tenant: TenantDb,
  scope: Scope,
  row: AssignmentRow,
  from: readonly AssignmentStatus[],
  set: Partial<typeof trainingAssignments.$inferInsert>,
  action: string,
  after: Record<string, unknown>,
  also?: (tenantTx: TenantTx) => Promise<void>,
): Promise<void> {
  await tenant.transaction(async (tenantTx) => {
    const [changed] = await tenantTx
      .update(trainingAssignments, { ...set, updatedAt: new Date() }, and(eq(trainingAssignments.id, row.id), inArray(trainingAssignments.status, [...from]))!)
      .returning({ id: trainingAssignments.id });
    if (!changed) {
      const current = await assignmentOf(tenantTx, row.id);
      throw new ConflictError(`This assignment is ${STATUS_WORDS[current?.status ?? row.status]}`);
    }
    await also?.(tenantTx);
    await recordAudit(tenantTx, { actorId: scope.userId, action, entityType: "training_assignment", entityId: row.id, before: { status: row.status, dueOn: row.dueOn }, after });
  });
}

export async function startAssignment(tenant: TenantDb, scope: Scope, input: { assignmentId: string }, now = new Date()): Promise<void> {
  const row = await ownAssignment(tenant, scope, input.assignmentId);
  await transition(tenant, scope, row, ["assigned"], { status: "in_progress", startedAt: now }, "training_assignment.started", { status: "in_progress" });
}

/**
 * The person completes their assignment with an optional score and reflection; the training
 * record that impact reads is written in the same transaction.
 */
export async function completeAssignment(tenant: TenantDb, scope: Scope, input: CompleteAssignmentInput, now = new Date()): Promise<void> {
  const row = await ownAssignment(tenant, scope, input.assignmentId);
  const score = input.score ?? null;
  const reflection = input.reflection ? input.reflection : null;
  await transition(
    tenant,
    scope,
    row,
    OPEN_STATUSES,
    { status: "completed", completedAt: now, startedAt: row.status === "assigned" ? now : undefined, score, reflection },
    "training_assignment.completed",
    { status: "completed", score, reflection },
    async (tenantTx) => {
      await recordTrainingResult(tenantTx, {
        moduleId: row.moduleId,
        userId: row.userId,
        outcome: "completed",
        completedAt: now,
        score,
        source: "assignment",
        sourceRef: row.id,
        assignmentId: row.id,
      });
    },
  );
}

export async function extendAssignment(tenant: TenantDb, scope: Scope, input: { assignmentId: string; dueOn: string }, now = new Date()): Promise<void> {
  const row = await managedAssignment(tenant, scope, input.assignmentId);
  const day = today(scope.timeZone, now);
  if (input.dueOn < day) throw new ValidationError(`The new due date ${input.dueOn} is in the past; choose ${day} or later`, "dueOn");
  await transition(tenant, scope, row, OPEN_STATUSES, { dueOn: input.dueOn }, "training_assignment.extended", { dueOn: input.dueOn });
}

export async function cancelAssignment(tenant: TenantDb, scope: Scope, input: { assignmentId: string }, now = new Date()): Promise<void> {
  const row = await managedAssignment(tenant, scope, input.assignmentId);
  await transition(tenant, scope, row, OPEN_STATUSES, { status: "cancelled", cancelledAt: now }, "training_assignment.cancelled", { status: "cancelled" });
}
