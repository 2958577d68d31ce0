import { randomUUID } from "node:crypto";
import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { coachingSessions, coachingSessionTouchPoints, trainingCourseMappings, trainingModules, trainingRecords, xapiStatements } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { recordCoachingSession } from "@/server/services/training/coaching";
import { receiveStatements } from "@/server/services/training/xapi";
import type { FixtureUser } from "@/server/testing/fixtures";
import { journeyInA } from "./authorization-table-journeys";
import { lmsStatement } from "./xapi-statements";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";

/** Coaching and LMS import rows of authorization-table.ts. Merged into `authorizationTable` there. */

const ANY_ROLE = ["director", "team_lead", "frontline"] as const;
const LEADS = ["director", "team_lead"] as const;
const DIRECTOR = ["director"] as const;

/** The rows this file's setups make, beyond the shared Extra fields. */
type LmsExtra = Extra & {
  coachingSessionId?: string;
  /** Sessions by the person coached, for "only the person confirms". */
  sessionOf?: Record<string, string>;
  moduleId?: string;
  courseId?: string;
  actor?: string;
};

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const leadScope = ({ a }: TableFixtures) => ({ orgId: a.orgId, userId: a.lead.id, role: "team_lead" as const, teamIds: [a.teamId], leadTeamIds: [a.teamId] });

/** A touch point of A's team and a session A's lead recorded with A's frontline about it. */
async function coachingInA(f: TableFixtures): Promise<Extra> {
  const { touchPointId } = await journeyInA(f);
  const session = await recordCoachingSession(tenantDb(f.db, f.a.orgId), leadScope(f), {
    userId: f.a.frontline.id,
    heldOn: yesterday(),
    touchPointIds: [required(touchPointId, "touchPointId")],
    notes: "Alpha coaching notes",
    actions: "Alpha agreed actions",
    followUpOn: null,
  });
  // The lead and the director are coached too (written directly: nobody in the fixture leads them).
  const tenant = tenantDb(f.db, f.a.orgId);
  const others = await tenant
    .insert(coachingSessions, [
      { coachId: f.a.director.id, userId: f.a.lead.id, heldOn: yesterday() },
      { coachId: f.a.lead.id, userId: f.a.director.id, heldOn: yesterday() },
    ])
    .returning({ id: coachingSessions.id, userId: coachingSessions.userId });
  const sessionOf = Object.fromEntries([[f.a.frontline.id, session.id], ...others.map((o) => [o.userId, o.id])]);
  const extra: LmsExtra = { touchPointId, coachingSessionId: session.id, sessionOf };
  return extra;
}

/** A module of A with an LMS course id. */
async function moduleInA({ db, a }: TableFixtures): Promise<LmsExtra> {
  const courseId = `https://lms.alpha.example/courses/${randomUUID()}`;
  const [row] = await tenantDb(db, a.orgId)
    .insert(trainingModules, { title: `Alpha module ${randomUUID().slice(0, 8)}`, category: "professional", externalId: courseId })
    .returning({ id: trainingModules.id });
  return { moduleId: row!.id, courseId };
}

/** Statements in A that wait: one for an unmapped course, one for a person who does not exist yet, and one applied. */
async function waitingInA(f: TableFixtures): Promise<Extra> {
  const known = await moduleInA(f);
  const courseId = `https://lms.alpha.example/courses/${randomUUID()}`;
  const stranger = `stranger-${randomUUID().slice(0, 8)}@alpha.example`;
  const outcome = await receiveStatements(tenantDb(f.db, f.a.orgId), null, [
    lmsStatement({ email: f.a.frontline.email, course: courseId, courseName: "Alpha waiting course" }),
    lmsStatement({ email: stranger, course: required(known.courseId, "courseId") }),
    lmsStatement({ email: f.a.frontline.email, course: required(known.courseId, "courseId") }),
  ]);
  if (!outcome.ok) throw new Error(`authorization table: statements refused: ${outcome.message}`);
  const extra: LmsExtra = { moduleId: known.moduleId, courseId, actor: `mailto:${stranger}` };
  return extra;
}

const lms = (x: Extra) => x as LmsExtra;

const coachingFields = (x: Extra) => ({
  heldOn: yesterday(),
  touchPointIds: [required(x.touchPointId, "touchPointId")],
  notes: "Talked about the queue",
  actions: "Greet by name",
  followUpOn: null,
});

export const trainingLmsAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "coaching.record": {
    access: LEADS,
    setup: journeyInA,
    input: ({ a }, x) => ({ userId: a.frontline.id, ...coachingFields(x) }),
    crossOrg: "not_found",
  },
  "coaching.update": {
    access: LEADS,
    setup: coachingInA,
    input: (_f, x) => ({ sessionId: required(lms(x).coachingSessionId, "coachingSessionId"), ...coachingFields(x) }),
    crossOrg: "not_found",
  },
  "coaching.confirm": {
    access: ANY_ROLE,
    setup: coachingInA,
    // Only the person coached may confirm: each caller confirms their own session.
    input: ({ a }, x, caller?: FixtureUser | null) => ({ sessionId: required(lms(x).sessionOf?.[caller?.id ?? a.frontline.id], "session of the caller") }),
    crossOrg: "not_found",
  },
  "coaching.mine": { access: ANY_ROLE, setup: coachingInA, input: () => undefined, crossOrg: "own_rows_only" },
  "coaching.team": { access: LEADS, setup: coachingInA, input: () => undefined, crossOrg: "own_rows_only" },
  "coaching.forPerson": {
    access: ANY_ROLE,
    setup: coachingInA,
    input: ({ a }, _x, caller) => ({ userId: caller?.role === "frontline" ? caller.id : a.frontline.id }),
    crossOrg: "not_found",
  },
  "coaching.formOptions": { access: LEADS, setup: journeyInA, input: () => undefined, crossOrg: "own_rows_only" },

  "trainingImports.importLmsRows": {
    access: LEADS,
    setup: moduleInA,
    input: ({ a }, x) => ({
      rows: [{ line: 2, email: a.frontline.email, course: required(lms(x).courseId, "courseId"), completedAt: "2026-11-03", status: "completed", score: "90" }],
      dateOrder: null,
    }),
    // Acts in the caller's organisation: B's director gets A's rows rejected as unknown people and courses.
    crossOrg: "not_applicable",
  },
  "trainingImports.waitingCourses": { access: DIRECTOR, setup: waitingInA, input: () => undefined, crossOrg: "own_rows_only" },
  "trainingImports.waitingPeople": { access: DIRECTOR, setup: waitingInA, input: () => undefined, crossOrg: "own_rows_only" },
  "trainingImports.recentlyApplied": { access: DIRECTOR, setup: waitingInA, input: () => undefined, crossOrg: "own_rows_only" },
  "trainingImports.modules": { access: DIRECTOR, setup: moduleInA, input: () => undefined, crossOrg: "own_rows_only" },
  "trainingImports.mapCourse": {
    access: DIRECTOR,
    setup: waitingInA,
    input: (_f, x) => ({ courseId: required(lms(x).courseId, "courseId"), moduleId: required(lms(x).moduleId, "moduleId") }),
    crossOrg: "not_found",
  },
  "trainingImports.retryPerson": {
    access: DIRECTOR,
    setup: waitingInA,
    input: (_f, x) => ({ actor: required(lms(x).actor, "actor") }),
    crossOrg: "not_found",
  },
};

/** Ids of one organisation's coaching sessions, xAPI statements and course ids, for the leak checks. */
export async function trainingLmsIdentifiersOf(db: Database, orgId: string) {
  const tenant = tenantDb(db, orgId);
  const sessions = await tenant.selectFields({ id: coachingSessions.id }, coachingSessions);
  const statements = await tenant.selectFields({ id: xapiStatements.id, objectId: xapiStatements.objectId }, xapiStatements);
  return [...sessions.map((s) => s.id), ...statements.flatMap((s) => [s.id, s.objectId])];
}

/** One organisation's coaching, statements, mappings and LMS records, for the "unchanged" checks. */
export async function snapshotTrainingLms(db: Database, orgId: string) {
  const tenant = tenantDb(db, orgId);
  return {
    coachingSessions: await tenant
      .selectFields({ id: coachingSessions.id, heldOn: coachingSessions.heldOn, notes: coachingSessions.notes, confirmedAt: coachingSessions.confirmedAt, updatedAt: coachingSessions.updatedAt }, coachingSessions)
      .orderBy(asc(coachingSessions.id)),
    coachingSessionTouchPoints: await tenant
      .selectFields({ sessionId: coachingSessionTouchPoints.sessionId, touchPointId: coachingSessionTouchPoints.touchPointId }, coachingSessionTouchPoints)
      .orderBy(asc(coachingSessionTouchPoints.sessionId), asc(coachingSessionTouchPoints.touchPointId)),
    xapiStatements: await tenant.selectFields({ id: xapiStatements.id, state: xapiStatements.state, recordId: xapiStatements.recordId }, xapiStatements).orderBy(asc(xapiStatements.id)),
    trainingCourseMappings: await tenant.selectFields({ courseId: trainingCourseMappings.courseId, moduleId: trainingCourseMappings.moduleId }, trainingCourseMappings).orderBy(asc(trainingCourseMappings.courseId)),
    lmsTrainingRecords: await tenant.selectFields({ id: trainingRecords.id, source: trainingRecords.source, sourceRef: trainingRecords.sourceRef }, trainingRecords).orderBy(asc(trainingRecords.id)),
  };
}
