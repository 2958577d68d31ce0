import { coachingSessions, coachingSessionTouchPoints, trainingModules, trainingModuleTouchPoints, trainingRecords } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { journeyInA } from "./authorization-table-journeys";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";

/** The training impact rows of authorization-table.ts. Merged into `authorizationTable` there. */

const LEADS = ["director", "team_lead"] as const;

type ImpactExtra = Extra & { moduleId?: string };

let unique = 0;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

/**
 * An organisation-wide module of A linked to A's touch point (owned by the lead's team), completed
 * by A's frontline member, and a coaching session about the touch point: rows inserted directly.
 */
async function trainedInA(f: TableFixtures): Promise<ImpactExtra> {
  const journey = await journeyInA(f);
  const touchPointId = required(journey.touchPointId, "touchPointId");
  const tenant = tenantDb(f.db, f.a.orgId);
  const [module] = await tenant
    .insert(trainingModules, { title: `Alpha calm ${++unique}`, category: "personal", createdBy: f.a.director.id })
    .returning({ id: trainingModules.id });
  await tenant.insert(trainingModuleTouchPoints, { moduleId: module!.id, touchPointId });
  await tenant.insert(trainingRecords, {
    moduleId: module!.id,
    userId: f.a.frontline.id,
    outcome: "completed",
    completedAt: new Date(),
    source: "lms_csv",
    sourceRef: `alpha-${unique}`,
  });
  const [session] = await tenant
    .insert(coachingSessions, { coachId: f.a.lead.id, userId: f.a.frontline.id, heldOn: new Date().toISOString().slice(0, 10) })
    .returning({ id: coachingSessions.id });
  await tenant.insert(coachingSessionTouchPoints, { sessionId: session!.id, touchPointId });
  return { ...journey, moduleId: module!.id };
}

export const trainingImpactAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "trainingImpact.overview": { access: LEADS, setup: trainedInA, input: () => undefined, crossOrg: "own_rows_only" },
  "trainingImpact.module": {
    access: LEADS,
    setup: trainedInA,
    input: (_f, x: ImpactExtra) => ({ moduleId: required(x.moduleId, "moduleId") }),
    crossOrg: "not_found",
  },
  "trainingImpact.coaching": {
    access: LEADS,
    setup: trainedInA,
    input: (_f, x) => ({ touchPointId: required(x.touchPointId, "touchPointId") }),
    crossOrg: "not_found",
  },
};
