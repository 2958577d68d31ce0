import { createHash, randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import {
  coachingSessions,
  coachingSessionTouchPoints,
  teams,
  touchPoints,
  trainingAssignments,
  trainingCourseMappings,
  trainingModules,
  trainingModuleTouchPoints,
  users,
  xapiStatements,
} from "@/db/schema";
import { tenantDb, type TenantTx } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { recordTrainingResult } from "@/server/services/training/records";
import { SKYWARD_DIRECTOR, SKYWARD_TEAMS, skywardEmail } from "./skyward-data";
import {
  courseIri,
  SKYWARD_ASSIGNMENTS,
  SKYWARD_COACHING,
  SKYWARD_COMPLETIONS,
  SKYWARD_MODULES,
  SKYWARD_WAITING_STATEMENTS,
  type SkywardCompletion,
} from "./skyward-training-data";

const DAY_MS = 86_400_000;
const XAPI_VERBS = {
  completed: "http://adlnet.gov/expapi/verbs/completed",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
} as const;

export type SeedTrainingResult = { seeded: false } | { seeded: true; modules: number; records: number; assignments: number; coaching: number; waitingStatements: number };

/**
 * Skyward's training (skyward-training-data.ts): modules, the results from the LMS (CSV rows and
 * xAPI statements) and from assignments done in the app, open and cancelled assignments, coaching
 * sessions, and statements waiting for a course mapping or a person. Once: skipped when the
 * organisation already has modules. One transaction.
 */
export async function seedSkywardTraining(db: Database, orgId: string, now = new Date()): Promise<SeedTrainingResult> {
  const tenant = tenantDb(db, orgId);
  if ((await tenant.selectFields({ id: trainingModules.id }, trainingModules).limit(1)).length > 0) return { seeded: false };
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  // Mid-morning, when the LMS's nightly export has run and people are at work.
  const at = (daysAgo: number) => new Date(today - daysAgo * DAY_MS + 10 * 3_600_000);
  const dayOf = (daysFromToday: number) => new Date(today + daysFromToday * DAY_MS).toISOString().slice(0, 10);

  return tenant.transaction(async (tx) => {
    const people = await tx.selectFields({ id: users.id, email: users.email, name: users.name }, users);
    const personId = new Map(people.map((p) => [p.name, p.id]));
    const personOf = (name: string) => personId.get(name) ?? fail(`person ${name}`);
    const teamRows = await tx.selectFields({ id: teams.id, name: teams.name }, teams);
    const points = await tx.selectFields({ id: touchPoints.id, name: touchPoints.name }, touchPoints);
    const pointOf = (name: string) => points.find((p) => p.name === name)?.id ?? fail(`touch point ${name}`);
    const directorId = personOf(SKYWARD_DIRECTOR.name);
    const leadOf = new Map(SKYWARD_TEAMS.map((team) => [team.name, personOf(team.lead.name)]));

    const moduleId = new Map<string, string>();
    for (const trainingModule of SKYWARD_MODULES) {
      const id = randomUUID();
      moduleId.set(trainingModule.title, id);
      await tx.insert(trainingModules, {
        id,
        title: trainingModule.title,
        category: trainingModule.category,
        skills: trainingModule.skills,
        durationMinutes: trainingModule.durationMinutes,
        description: trainingModule.description,
        content: trainingModule.content,
        externalId: trainingModule.externalId,
        teamId: trainingModule.team ? (teamRows.find((t) => t.name === trainingModule.team)?.id ?? null) : null,
        createdBy: trainingModule.team ? (leadOf.get(trainingModule.team) ?? directorId) : directorId,
        archivedAt: trainingModule.retired ? at(20) : null,
        createdAt: at(118),
      });
      await tx.insert(trainingModuleTouchPoints, trainingModule.touchPoints.map((name) => ({ moduleId: id, touchPointId: pointOf(name) })));
      // The LMS names courses by IRI in its statements; Skyward's director mapped each course once.
      if (trainingModule.externalId) await tx.insert(trainingCourseMappings, { courseId: courseIri(trainingModule.externalId), moduleId: id });
    }
    const moduleOf = (title: string) => moduleId.get(title) ?? fail(`trainingModule ${title}`);

    let records = 0;
    for (const completion of SKYWARD_COMPLETIONS) {
      const stored = await storeCompletion(tx, completion, { moduleId: moduleOf(completion.module), userId: personOf(completion.person), completedAt: at(completion.daysAgo) });
      if (stored) records++;
    }

    for (const assignment of SKYWARD_ASSIGNMENTS) {
      await tx.insert(trainingAssignments, {
        moduleId: moduleOf(assignment.module),
        userId: personOf(assignment.person),
        assignedBy: leadOfPerson(assignment.person) ?? directorId,
        dueOn: dayOf(assignment.dueInDays),
        status: assignment.status,
        startedAt: assignment.status === "in_progress" ? at(Math.max(1, assignment.assignedDaysAgo - 2)) : null,
        cancelledAt: assignment.status === "cancelled" ? at(1) : null,
        createdAt: at(assignment.assignedDaysAgo),
      });
    }

    for (const session of SKYWARD_COACHING) {
      const id = randomUUID();
      await tx.insert(coachingSessions, {
        id,
        coachId: personOf(session.coach),
        userId: personOf(session.person),
        heldOn: dayOf(-session.daysAgo),
        notes: session.notes,
        actions: session.actions,
        followUpOn: session.followUpInDays === null ? null : dayOf(session.followUpInDays),
        confirmedAt: session.confirmed ? at(Math.max(0, session.daysAgo - 1)) : null,
        createdAt: at(session.daysAgo),
      });
      await tx.insert(coachingSessionTouchPoints, session.touchPoints.map((name) => ({ sessionId: id, touchPointId: pointOf(name) })));
    }

    const waiting = await storeWaitingStatements(tx, at, personOf);
    await recordAudit(tx, {
      actorId: null,
      action: "training.seeded",
      entityType: "organization",
      entityId: orgId,
      after: { modules: SKYWARD_MODULES.length, records, assignments: SKYWARD_ASSIGNMENTS.length, coaching: SKYWARD_COACHING.length, waitingStatements: waiting },
    });
    return { seeded: true, modules: SKYWARD_MODULES.length, records, assignments: SKYWARD_ASSIGNMENTS.length, coaching: SKYWARD_COACHING.length, waitingStatements: waiting };

    function leadOfPerson(name: string): string | undefined {
      const team = SKYWARD_TEAMS.find((t) => t.frontline.some((p) => p.name === name));
      return team ? leadOf.get(team.name) : undefined;
    }
  });
}

/** A completion as its source would deliver it: a CSV row of the LMS's export, an xAPI statement, or an assignment done in the app. */
async function storeCompletion(tx: TenantTx, completion: SkywardCompletion, ids: { moduleId: string; userId: string; completedAt: Date }): Promise<boolean> {
  const base = { moduleId: ids.moduleId, userId: ids.userId, outcome: completion.outcome, completedAt: ids.completedAt, score: completion.score };
  if (completion.via === "assignment") {
    const assignmentId = randomUUID();
    await tx.insert(trainingAssignments, {
      id: assignmentId,
      moduleId: ids.moduleId,
      userId: ids.userId,
      dueOn: new Date(ids.completedAt.getTime() + 3 * DAY_MS).toISOString().slice(0, 10),
      status: "completed",
      startedAt: new Date(ids.completedAt.getTime() - 2 * DAY_MS),
      completedAt: ids.completedAt,
      score: completion.score,
      reflection: completion.reflection ?? null,
      createdAt: new Date(ids.completedAt.getTime() - 10 * DAY_MS),
    });
    return (await recordTrainingResult(tx, { ...base, source: "assignment", sourceRef: assignmentId, assignmentId })).stored;
  }
  if (completion.via === "lms_csv") {
    const row = [completion.person, completion.module, ids.completedAt.toISOString().slice(0, 10), completion.outcome, completion.score ?? ""].join(",");
    return (await recordTrainingResult(tx, { ...base, source: "lms_csv", sourceRef: createHash("sha256").update(row).digest("hex") })).stored;
  }
  const email = skywardEmailOf(completion.person);
  const statementId = randomUUID();
  const trainingModule = SKYWARD_MODULES.find((m) => m.title === completion.module)!;
  const statement = lmsStatement(statementId, { email, name: completion.person }, completion.outcome, { iri: courseIri(trainingModule.externalId!), name: trainingModule.title }, ids.completedAt, completion.score);
  const result = await recordTrainingResult(tx, { ...base, source: "xapi", sourceRef: statementId });
  await tx.insert(xapiStatements, {
    id: statementId,
    statement,
    verb: XAPI_VERBS[completion.outcome],
    actor: `mailto:${email}`,
    objectId: courseIri(trainingModule.externalId!),
    state: "applied",
    recordId: result.recordId,
    storedAt: ids.completedAt,
    appliedAt: ids.completedAt,
  });
  return result.stored;
}

/** Statements for a course nobody mapped yet, and one from a contractor who has no account. */
async function storeWaitingStatements(tx: TenantTx, at: (daysAgo: number) => Date, personOf: (name: string) => string): Promise<number> {
  const { unmappedCourse, unknownPerson } = SKYWARD_WAITING_STATEMENTS;
  const rows = [
    ...unmappedCourse.people.map((name, i) => {
      personOf(name);
      const id = randomUUID();
      const when = at(unmappedCourse.daysAgo - i);
      return {
        id,
        statement: lmsStatement(id, { email: skywardEmailOf(name), name }, "completed", { iri: courseIri(unmappedCourse.externalId), name: unmappedCourse.name }, when, null),
        verb: XAPI_VERBS.completed,
        actor: `mailto:${skywardEmailOf(name)}`,
        objectId: courseIri(unmappedCourse.externalId),
        state: "waiting_for_course" as const,
        storedAt: when,
      };
    }),
    (() => {
      const id = randomUUID();
      const trainingModule = SKYWARD_MODULES.find((m) => m.title === unknownPerson.module)!;
      const when = at(unknownPerson.daysAgo);
      return {
        id,
        statement: lmsStatement(id, { email: unknownPerson.email, name: unknownPerson.name }, "passed", { iri: courseIri(trainingModule.externalId!), name: trainingModule.title }, when, 81),
        verb: XAPI_VERBS.passed,
        actor: `mailto:${unknownPerson.email}`,
        objectId: courseIri(trainingModule.externalId!),
        state: "waiting_for_person" as const,
        storedAt: when,
      };
    })(),
  ];
  await tx.insert(xapiStatements, rows);
  return rows.length;
}

/** A statement in the shape LMSs send (ADL's examples, SCORM Cloud): actor, verb, course activity, result, context. */
function lmsStatement(
  id: string,
  actor: { email: string; name: string },
  outcome: keyof typeof XAPI_VERBS,
  course: { iri: string; name: string },
  timestamp: Date,
  score: number | null,
) {
  return {
    id,
    actor: { objectType: "Agent", name: actor.name, mbox: `mailto:${actor.email}` },
    verb: { id: XAPI_VERBS[outcome], display: { "en-US": outcome } },
    object: {
      objectType: "Activity",
      id: course.iri,
      definition: { name: { "en-US": course.name }, type: "http://adlnet.gov/expapi/activities/course" },
    },
    result: {
      completion: true,
      success: outcome !== "failed",
      ...(score === null ? {} : { score: { scaled: score / 100, raw: score, min: 0, max: 100 } }),
      duration: "PT32M",
    },
    context: { platform: "Skyward Learning", language: "en-US" },
    timestamp: timestamp.toISOString(),
    authority: { objectType: "Agent", name: "Skyward Learning LMS", mbox: "mailto:lms@skyward.example" },
    version: "1.0.3",
  };
}

const frontlineEmails = new Map(SKYWARD_TEAMS.flatMap((team) => [...team.frontline, team.lead].map((p) => [p.name, skywardEmail(p)])));
function skywardEmailOf(name: string): string {
  return frontlineEmails.get(name) ?? fail(`email of ${name}`);
}

function fail(what: string): never {
  throw new Error(`Skyward training seed: unknown ${what}`);
}

/** The demo's trainingModule ids by title, for tests. */
export async function skywardModuleIds(db: Database, orgId: string): Promise<Map<string, string>> {
  const rows = await tenantDb(db, orgId).selectFields({ id: trainingModules.id, title: trainingModules.title }, trainingModules);
  return new Map(rows.map((r) => [r.title, r.id]));
}
