import "server-only";
import { and, count, countDistinct, desc, eq, max, min, sql } from "drizzle-orm";
import { trainingCourseMappings, trainingModules, trainingRecords, users, xapiStatements } from "@/db/schema";
import type { TenantDb, TenantTx } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { applyStatements, type StoredStatement } from "./xapi-match";

/** The first name of an xAPI language map, English first. */
function nameOf(json: string | null): string | null {
  if (!json) return null;
  try {
    const map = JSON.parse(json) as Record<string, string>;
    return map["en-US"] ?? map["en-GB"] ?? map.en ?? Object.values(map)[0] ?? null;
  } catch {
    return null;
  }
}

const LIMIT = 200;

/** Statements waiting for their course id to be mapped to a module, one row per course id. */
export async function waitingCourses(tenant: TenantDb) {
  const rows = await tenant
    .selectFields(
      {
        courseId: xapiStatements.objectId,
        statements: count(),
        people: countDistinct(xapiStatements.actor),
        firstSeen: min(xapiStatements.storedAt),
        lastSeen: max(xapiStatements.storedAt),
        name: sql<string | null>`min(${xapiStatements.statement} #>> '{object,definition,name}')`,
      },
      xapiStatements,
      eq(xapiStatements.state, "waiting_for_course"),
    )
    .groupBy(xapiStatements.objectId)
    .orderBy(desc(max(xapiStatements.storedAt)))
    .limit(LIMIT);
  return rows.map(({ name, ...row }) => ({ ...row, name: nameOf(name) }));
}

/** Statements waiting for a person with the actor's email, one row per actor. */
export async function waitingPeople(tenant: TenantDb) {
  return tenant
    .selectFields(
      {
        actor: xapiStatements.actor,
        name: sql<string | null>`min(${xapiStatements.statement} #>> '{actor,name}')`,
        statements: count(),
        courses: countDistinct(xapiStatements.objectId),
        firstSeen: min(xapiStatements.storedAt),
        lastSeen: max(xapiStatements.storedAt),
      },
      xapiStatements,
      eq(xapiStatements.state, "waiting_for_person"),
    )
    .groupBy(xapiStatements.actor)
    .orderBy(desc(max(xapiStatements.storedAt)))
    .limit(LIMIT);
}

/** The newest statements that became training records, with the person and module they made a record for. */
export async function recentlyApplied(tenant: TenantDb) {
  const rows = await tenant
    .selectFields(
      {
        id: xapiStatements.id,
        verb: xapiStatements.verb,
        objectId: xapiStatements.objectId,
        appliedAt: xapiStatements.appliedAt,
        person: users.name,
        module: trainingModules.title,
        outcome: trainingRecords.outcome,
        score: trainingRecords.score,
      },
      xapiStatements,
      eq(xapiStatements.state, "applied"),
    )
    .innerJoin(trainingRecords, tenant.joinOn(trainingRecords, eq(trainingRecords.id, xapiStatements.recordId)))
    .innerJoin(users, tenant.joinOn(users, eq(users.id, trainingRecords.userId)))
    .innerJoin(trainingModules, tenant.joinOn(trainingModules, eq(trainingModules.id, trainingRecords.moduleId)))
    .orderBy(desc(xapiStatements.appliedAt))
    .limit(20);
  return rows;
}

/** The modules a course id can be mapped to (retired ones too: old LMS results still count). */
export async function mappableModules(tenant: TenantDb) {
  const rows = await tenant
    .selectFields({ id: trainingModules.id, title: trainingModules.title, externalId: trainingModules.externalId, archivedAt: trainingModules.archivedAt }, trainingModules)
    .orderBy(trainingModules.title);
  return rows.map(({ archivedAt, ...row }) => ({ ...row, retired: archivedAt !== null }));
}

async function lockedWaiting(tx: TenantTx, where: ReturnType<typeof and>): Promise<StoredStatement[]> {
  const rows = await tx.select(xapiStatements, where).for("update");
  return rows.map((row) => ({
    id: row.id,
    verb: row.verb,
    actor: row.actor,
    objectId: row.objectId,
    statement: row.statement,
    storedAt: row.storedAt,
    isAgent: (row.statement as { actor?: { objectType?: string } }).actor?.objectType !== "Group",
  }));
}

/**
 * Maps an LMS course id to a module and applies every statement that waited for it, at once:
 * those whose person is known become records, the others now wait for their person.
 */
export async function mapCourse(tenant: TenantDb, scope: Scope, input: { courseId: string; moduleId: string }) {
  return tenant.transaction(async (tx) => {
    const [module] = await tx.selectFields({ id: trainingModules.id, title: trainingModules.title }, trainingModules, eq(trainingModules.id, input.moduleId));
    if (!module) throw new NotFoundError("Module");
    const [mapped] = await tx.selectFields({ moduleId: trainingCourseMappings.moduleId }, trainingCourseMappings, eq(trainingCourseMappings.courseId, input.courseId));
    if (mapped && mapped.moduleId !== input.moduleId) throw new ConflictError("This course id is already mapped to another module");
    if (!mapped) await tx.insert(trainingCourseMappings, { courseId: input.courseId, moduleId: input.moduleId }).onConflictDoNothing();
    const waiting = await lockedWaiting(tx, and(eq(xapiStatements.state, "waiting_for_course"), eq(xapiStatements.objectId, input.courseId)));
    const { applied, states } = await applyStatements(tx, waiting);
    const waitingForPerson = [...states.values()].filter((state) => state === "waiting_for_person").length;
    await recordAudit(tx, {
      actorId: scope.userId,
      action: "training.map_course",
      entityType: "training_course_mapping",
      entityId: input.moduleId,
      after: { courseId: input.courseId, moduleId: input.moduleId, applied, waitingForPerson },
    });
    return { module: module.title, statements: waiting.length, applied, waitingForPerson };
  });
}

/** Applies the statements of one actor that waited for their person, now that the person may exist. */
export async function retryPerson(tenant: TenantDb, scope: Scope, input: { actor: string }) {
  return tenant.transaction(async (tx) => {
    const waiting = await lockedWaiting(tx, and(eq(xapiStatements.state, "waiting_for_person"), eq(xapiStatements.actor, input.actor)));
    if (waiting.length === 0) throw new NotFoundError("Waiting statements of this person");
    const { applied, states } = await applyStatements(tx, waiting);
    const stillWaiting = [...states.values()].filter((state) => state !== "applied").length;
    await recordAudit(tx, { actorId: scope.userId, action: "training.retry_xapi_person", entityType: "xapi_statement", after: { actor: input.actor, applied, stillWaiting } });
    return { statements: waiting.length, applied, stillWaiting };
  });
}
