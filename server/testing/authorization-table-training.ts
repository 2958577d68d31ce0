import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { trainingAssignments, trainingModules, trainingModuleTouchPoints, trainingRecords } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import { assignModule } from "@/server/services/training/assignments";
import { createModule, setModuleRetired } from "@/server/services/training/modules";
import type { FixtureUser, OrgFixture } from "@/server/testing/fixtures";
import { journeyInA } from "./authorization-table-journeys";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";

/** The training rows of authorization-table.ts: modules, assignments, recommendations, history. */

const ANY_ROLE = ["director", "team_lead", "frontline"] as const;
const LEADS = ["director", "team_lead"] as const;

/** What the training setups make beyond the shared Extra: a module, and one assignment per person. */
type TrainingExtra = Extra & { moduleId?: string; assignmentIdByUser?: Record<string, string> };

let unique = 0;
const FAR_DUE = "2099-12-31";

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

const directorScope = (a: OrgFixture): Scope => ({ orgId: a.orgId, userId: a.director.id, role: "director", teamIds: [], leadTeamIds: [] });

/** A module of A's lead's team, linked to a touch point that team owns: every role of A may read it, the lead may edit it. */
async function moduleInA(f: TableFixtures): Promise<TrainingExtra> {
  const journey = await journeyInA(f);
  const created = await createModule(tenantDb(f.db, f.a.orgId), directorScope(f.a), {
    title: `Alpha calm under pressure ${++unique}`,
    kind: "personal",
    skills: ["calm"],
    touchPointIds: [required(journey.touchPointId, "touchPointId")],
    durationMinutes: 20,
    content: "# Breathe",
    externalId: `alpha-course-${unique}`,
    teamId: f.a.teamId,
  });
  return { ...journey, moduleId: created.id };
}

async function retiredModuleInA(f: TableFixtures): Promise<TrainingExtra> {
  const extra = await moduleInA(f);
  await setModuleRetired(tenantDb(f.db, f.a.orgId), directorScope(f.a), { moduleId: extra.moduleId!, retired: true });
  return extra;
}

/** A module assigned to each of A's director, lead and frontline member: each acts on their own. */
async function assignedInA(f: TableFixtures): Promise<TrainingExtra> {
  const extra = await moduleInA(f);
  const { results } = await assignModule(tenantDb(f.db, f.a.orgId), directorScope(f.a), {
    moduleId: extra.moduleId!,
    userIds: [f.a.director.id, f.a.lead.id, f.a.frontline.id],
    dueOn: FAR_DUE,
  });
  return { ...extra, assignmentIdByUser: Object.fromEntries(results.map((r) => [r.userId, r.assignmentId])) };
}

const moduleIdOf = (x: Extra) => required((x as TrainingExtra).moduleId, "moduleId");
/** The caller's own assignment; the other organisation's director (no caller) names the frontline member's. */
const ownAssignment = (f: TableFixtures, x: Extra, caller?: FixtureUser | null) =>
  required((x as TrainingExtra).assignmentIdByUser?.[caller?.id ?? f.a.frontline.id], "assignment of the caller");

const moduleFields = (f: TableFixtures, x: Extra) => ({
  title: `Alpha module ${++unique}`,
  kind: "professional",
  skills: ["listening", "phone manner"],
  touchPointIds: x.touchPointId ? [x.touchPointId] : [],
  durationMinutes: 45,
  content: "## Listen first\n\n- then answer",
  externalId: `alpha-lms-${unique}-${Math.random().toString(36).slice(2, 8)}`,
  teamId: f.a.teamId,
});

export const trainingAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "training.list": { access: ANY_ROLE, setup: moduleInA, input: () => ({}), crossOrg: "own_rows_only" },
  "training.byId": { access: ANY_ROLE, setup: moduleInA, input: (_f, x) => ({ moduleId: moduleIdOf(x) }), crossOrg: "not_found" },
  "training.create": { access: LEADS, setup: journeyInA, input: moduleFields, crossOrg: "not_found" },
  "training.update": { access: LEADS, setup: moduleInA, input: (f, x) => ({ ...moduleFields(f, x), moduleId: moduleIdOf(x) }), crossOrg: "not_found" },
  "training.touchPointOptions": { access: LEADS, setup: journeyInA, input: () => undefined, crossOrg: "own_rows_only" },
  "training.retire": { access: LEADS, setup: moduleInA, input: (_f, x) => ({ moduleId: moduleIdOf(x) }), crossOrg: "not_found" },
  "training.reactivate": { access: LEADS, setup: retiredModuleInA, input: (_f, x) => ({ moduleId: moduleIdOf(x) }), crossOrg: "not_found" },
  "training.assign": {
    access: LEADS,
    setup: moduleInA,
    input: (f, x) => ({ moduleId: moduleIdOf(x), userIds: [f.a.frontline.id], dueOn: FAR_DUE }),
    crossOrg: "not_found",
  },
  "training.start": { access: ANY_ROLE, setup: assignedInA, input: (f, x, caller) => ({ assignmentId: ownAssignment(f, x, caller) }), crossOrg: "not_found" },
  "training.complete": {
    access: ANY_ROLE,
    setup: assignedInA,
    input: (f, x, caller) => ({ assignmentId: ownAssignment(f, x, caller), score: 80, reflection: "Listening first helped" }),
    crossOrg: "not_found",
  },
  "training.extend": { access: LEADS, setup: assignedInA, input: (f, x) => ({ assignmentId: ownAssignment(f, x), dueOn: FAR_DUE }), crossOrg: "not_found" },
  "training.cancel": { access: LEADS, setup: assignedInA, input: (f, x) => ({ assignmentId: ownAssignment(f, x) }), crossOrg: "not_found" },
  "training.myAssignments": { access: ANY_ROLE, setup: assignedInA, input: () => undefined, crossOrg: "own_rows_only" },
  "training.teamAssignments": { access: LEADS, setup: assignedInA, input: () => ({}), crossOrg: "own_rows_only" },
  "training.moduleAssignments": { access: LEADS, setup: assignedInA, input: (_f, x) => ({ moduleId: moduleIdOf(x) }), crossOrg: "not_found" },
  "training.recommendations": { access: LEADS, setup: assignedInA, input: () => ({}), crossOrg: "own_rows_only" },
  "training.history": { access: ANY_ROLE, setup: assignedInA, input: (f, _x, caller) => ({ userId: caller?.id ?? f.a.frontline.id }), crossOrg: "not_found" },
};

/** Ids and titles of one organisation's modules and ids of its assignments and records, for the leak checks. */
export async function trainingIdentifiersOf(db: Database, orgId: string, named: (name: string | undefined) => string[]) {
  const tenant = tenantDb(db, orgId);
  const modules = await tenant.selectFields({ id: trainingModules.id, title: trainingModules.title, externalId: trainingModules.externalId }, trainingModules);
  const assignments = await tenant.selectFields({ id: trainingAssignments.id }, trainingAssignments);
  const records = await tenant.selectFields({ id: trainingRecords.id }, trainingRecords);
  return [
    // An LMS course id is a label like a title: a caller who sends one may see it echoed in a reject reason.
    ...modules.flatMap((m) => [m.id, ...named(m.title), ...named(m.externalId ?? undefined)]),
    ...assignments.map((a) => a.id),
    ...records.map((r) => r.id),
  ];
}

/** One organisation's modules, links, assignments and records, for the "unchanged" checks. */
export async function snapshotTraining(db: Database, orgId: string) {
  const tenant = tenantDb(db, orgId);
  return {
    trainingModules: await tenant.select(trainingModules).orderBy(asc(trainingModules.id)),
    trainingModuleTouchPoints: await tenant
      .selectFields({ moduleId: trainingModuleTouchPoints.moduleId, touchPointId: trainingModuleTouchPoints.touchPointId }, trainingModuleTouchPoints)
      .orderBy(asc(trainingModuleTouchPoints.moduleId), asc(trainingModuleTouchPoints.touchPointId)),
    trainingAssignments: await tenant.select(trainingAssignments).orderBy(asc(trainingAssignments.id)),
    trainingRecords: await tenant.select(trainingRecords).orderBy(asc(trainingRecords.id)),
  };
}
