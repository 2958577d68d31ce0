import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auditLog, journeys, journeyStages, kpis, targets, teams, touchPoints } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { createJourney, setJourneyArchived } from "@/server/services/journeys/journeys";
import { addStage } from "@/server/services/journeys/stages";
import { createKpi } from "@/server/services/kpis/kpis";
import { setTarget } from "@/server/services/kpis/targets";
import type { Scope } from "@/server/services/scope";
import { createTouchPoint, setTouchPointArchived } from "@/server/services/touch-points/touch-points";
import type { OrgFixture } from "@/server/testing/fixtures";
// Types only: authorization-table.ts imports this file, so a value import back would be a cycle.
import type { AuthorizationEntry, Extra, TableFixtures } from "./authorization-table";

/**
 * The journey designer's rows of authorization-table.ts: journeys, stages, touch points, KPIs,
 * targets and the audit log. Merged into `authorizationTable` there.
 */

const ANY_ROLE = ["director", "team_lead", "frontline"] as const;
const LEADS = ["director", "team_lead"] as const;
const DIRECTOR = ["director"] as const;

let unique = 0;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`authorization table: setup did not provide ${what}`);
  return value;
}

const directorScope = (a: OrgFixture): Scope => ({
  orgId: a.orgId,
  userId: a.director.id,
  role: "director",
  teamIds: [],
  leadTeamIds: [],
});

/**
 * An active journey in A, built the way the designer builds one: a stage "Book" with a touch point
 * owned by the lead's team, whose CSAT KPI has a target for that team, and an empty stage "Arrive".
 * Active, so team leads and frontline staff may see it too.
 */
export async function journeyInA({ db, a }: TableFixtures): Promise<Extra> {
  const tenant = tenantDb(db, a.orgId);
  const scope = directorScope(a);
  const journey = await createJourney(tenant, scope, {
    name: `Alpha journey ${++unique}`,
    description: "From booking to arrival",
    segment: { class: "Business" },
    status: "active",
  });
  const book = await addStage(tenant, scope, { journeyId: journey.id, name: "Book", description: "" });
  const arrive = await addStage(tenant, scope, { journeyId: journey.id, name: "Arrive", description: "" });
  const point = await createTouchPoint(tenant, scope, {
    stageId: book.id,
    name: "Online booking",
    description: "",
    channel: "web",
    ownerTeamId: a.teamId,
    isMomentOfTruth: true,
    promise: "Booked in two minutes",
  });
  const kpi = await createKpi(tenant, scope, {
    touchPointId: point.id,
    kind: "csat",
    name: "CSAT",
    unit: "%",
    direction: "higher_is_better",
    target: 80,
    warningThreshold: 70,
    minSampleSize: 30,
  });
  const target = await setTarget(tenant, scope, {
    kpiId: kpi.id,
    teamId: a.teamId,
    userId: null,
    target: 85,
    warningThreshold: 75,
    validFrom: "2026-01-01",
    validTo: null,
  });
  return {
    journeyId: journey.id,
    stageId: book.id,
    emptyStageId: arrive.id,
    touchPointId: point.id,
    kpiId: kpi.id,
    targetId: target.id,
  };
}

async function archivedJourneyInA(f: TableFixtures): Promise<Extra> {
  const extra = await journeyInA(f);
  await setJourneyArchived(tenantDb(f.db, f.a.orgId), directorScope(f.a), { journeyId: required(extra.journeyId, "journeyId"), archived: true });
  return extra;
}

async function archivedTouchPointInA(f: TableFixtures): Promise<Extra> {
  const extra = await journeyInA(f);
  await setTouchPointArchived(tenantDb(f.db, f.a.orgId), directorScope(f.a), {
    touchPointId: required(extra.touchPointId, "touchPointId"),
    archived: true,
  });
  return extra;
}

const touchPointFields = (a: OrgFixture) => ({
  name: "Check-in desk",
  description: "Bag drop and boarding pass",
  channel: "in_person",
  ownerTeamId: a.teamId,
  isMomentOfTruth: true,
  promise: "Through in ten minutes",
});

const csatKpi = { kind: "csat", name: "CSAT", unit: "% satisfied", direction: "higher_is_better", target: 82, warningThreshold: 72, minSampleSize: 25 };

const targetPeriod = { target: 88, warningThreshold: 78, validFrom: "2026-01-01", validTo: "2026-12-31" };

export const journeyAuthorizationEntries: Record<string, AuthorizationEntry> = {
  "journeys.list": { access: ANY_ROLE, setup: journeyInA, input: () => ({ includeArchived: true }), crossOrg: "own_rows_only" },
  "journeys.map": {
    access: ANY_ROLE,
    setup: journeyInA,
    input: (_f, x) => ({ journeyId: required(x.journeyId, "journeyId") }),
    crossOrg: "not_found",
  },
  "journeys.create": {
    access: DIRECTOR,
    input: () => ({ name: "Fly business", description: "Business travellers", segment: { class: "Business" }, status: "draft" }),
    crossOrg: "not_applicable",
  },
  "journeys.update": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ journeyId: required(x.journeyId, "journeyId"), name: "Renamed journey", description: "", segment: {}, status: "active" }),
    crossOrg: "not_found",
  },
  "journeys.duplicate": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ journeyId: required(x.journeyId, "journeyId"), name: "Copy for economy", segment: { class: "Eco" } }),
    crossOrg: "not_found",
  },
  "journeys.archive": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ journeyId: required(x.journeyId, "journeyId") }),
    crossOrg: "not_found",
  },
  "journeys.restore": {
    access: DIRECTOR,
    setup: archivedJourneyInA,
    input: (_f, x) => ({ journeyId: required(x.journeyId, "journeyId") }),
    crossOrg: "not_found",
  },
  "journeys.exportDefinition": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ journeyId: required(x.journeyId, "journeyId") }),
    crossOrg: "not_found",
  },
  "journeys.importDefinition": {
    access: DIRECTOR,
    // The owner team is named as A has it: for A's director it matches, for B's it only warns.
    setup: async ({ db, a }) => {
      const [team] = await tenantDb(db, a.orgId).selectFields({ name: teams.name }, teams, eq(teams.id, a.teamId));
      return { teamName: team!.name };
    },
    input: (_f, x) => ({
      document: {
        format: "touchpoint.journey",
        version: 1,
        journey: { name: "Imported journey", description: "", segment: { travel: "Leisure" }, status: "active" },
        stages: [
          {
            name: "Book",
            description: "",
            touchPoints: [
              {
                name: "Website",
                description: "",
                channel: "web",
                ownerTeam: required(x.teamName, "teamName"),
                isMomentOfTruth: true,
                promise: "Easy to book",
                archived: false,
                kpis: [csatKpi],
              },
            ],
          },
          { name: "Arrive", description: "", touchPoints: [] },
        ],
      },
    }),
    crossOrg: "not_applicable",
  },
  "journeys.addStage": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ journeyId: required(x.journeyId, "journeyId"), name: "Board", description: "At the gate" }),
    crossOrg: "not_found",
  },
  "journeys.updateStage": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ stageId: required(x.stageId, "stageId"), name: "Book and pay", description: "" }),
    crossOrg: "not_found",
  },
  "journeys.moveStage": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ stageId: required(x.stageId, "stageId"), toPosition: 1 }),
    crossOrg: "not_found",
  },
  "journeys.removeStage": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ stageId: required(x.emptyStageId, "emptyStageId") }),
    crossOrg: "not_found",
  },

  "touchPoints.create": {
    access: DIRECTOR,
    setup: journeyInA,
    input: ({ a }, x) => ({ stageId: required(x.stageId, "stageId"), ...touchPointFields(a) }),
    crossOrg: "not_found",
  },
  "touchPoints.update": {
    access: DIRECTOR,
    setup: journeyInA,
    input: ({ a }, x) => ({ touchPointId: required(x.touchPointId, "touchPointId"), ...touchPointFields(a) }),
    crossOrg: "not_found",
  },
  "touchPoints.move": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({
      touchPointId: required(x.touchPointId, "touchPointId"),
      toStageId: required(x.emptyStageId, "emptyStageId"),
      toPosition: 0,
    }),
    crossOrg: "not_found",
  },
  "touchPoints.archive": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ touchPointId: required(x.touchPointId, "touchPointId") }),
    crossOrg: "not_found",
  },
  "touchPoints.restore": {
    access: DIRECTOR,
    setup: archivedTouchPointInA,
    input: (_f, x) => ({ touchPointId: required(x.touchPointId, "touchPointId") }),
    crossOrg: "not_found",
  },
  "touchPoints.remove": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ touchPointId: required(x.touchPointId, "touchPointId") }),
    crossOrg: "not_found",
  },

  "kpis.create": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ touchPointId: required(x.touchPointId, "touchPointId"), ...csatKpi }),
    crossOrg: "not_found",
  },
  "kpis.update": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ kpiId: required(x.kpiId, "kpiId"), ...csatKpi, target: 90 }),
    crossOrg: "not_found",
  },
  "kpis.remove": {
    access: DIRECTOR,
    setup: journeyInA,
    input: (_f, x) => ({ kpiId: required(x.kpiId, "kpiId") }),
    crossOrg: "not_found",
  },
  // A team lead may act on their own team (the fixture lead leads `teamId`) and its members.
  "kpis.targets": {
    access: LEADS,
    setup: journeyInA,
    input: (_f, x) => ({ kpiId: required(x.kpiId, "kpiId") }),
    crossOrg: "not_found",
  },
  "kpis.setTarget": {
    access: LEADS,
    setup: journeyInA,
    input: ({ a }, x) => ({ kpiId: required(x.kpiId, "kpiId"), teamId: a.teamId, userId: null, ...targetPeriod }),
    crossOrg: "not_found",
  },
  "kpis.updateTarget": {
    access: LEADS,
    setup: journeyInA,
    input: (_f, x) => ({ targetId: required(x.targetId, "targetId"), ...targetPeriod }),
    crossOrg: "not_found",
  },
  "kpis.removeTarget": {
    access: LEADS,
    setup: journeyInA,
    input: (_f, x) => ({ targetId: required(x.targetId, "targetId") }),
    crossOrg: "not_found",
  },

  // The setup writes audit rows in A; B's director must see none of them.
  "audit.list": {
    access: DIRECTOR,
    setup: journeyInA,
    input: () => ({ entityType: "journey", from: "2020-01-01", to: "2999-12-31", page: 1, pageSize: 50 }),
    crossOrg: "own_rows_only",
  },
};

/** Ids (and journey names) of the designer's rows of one organisation, for the leak checks. */
export async function journeyIdentifiersOf(db: Database, orgId: string, named: (name: string | undefined) => string[]) {
  const tenant = tenantDb(db, orgId);
  const journeyRows = await tenant.selectFields({ id: journeys.id, name: journeys.name }, journeys);
  const ids = async (table: typeof journeyStages | typeof touchPoints | typeof kpis | typeof targets) =>
    (await tenant.selectFields({ id: table.id }, table)).map((row) => row.id);
  return [
    ...journeyRows.flatMap((j) => [j.id, ...named(j.name)]),
    ...(await ids(journeyStages)),
    ...(await ids(touchPoints)),
    ...(await ids(kpis)),
    ...(await ids(targets)),
  ];
}

/** The designer's rows of one organisation, for the "unchanged" checks. */
export async function snapshotJourneys(db: Database, orgId: string) {
  const tenant = tenantDb(db, orgId);
  return {
    journeys: await tenant
      .selectFields({ id: journeys.id, name: journeys.name, description: journeys.description, segment: journeys.segment, status: journeys.status }, journeys)
      .orderBy(asc(journeys.id)),
    stages: await tenant
      .selectFields({ id: journeyStages.id, journeyId: journeyStages.journeyId, name: journeyStages.name, position: journeyStages.position }, journeyStages)
      .orderBy(asc(journeyStages.id)),
    touchPoints: await tenant
      .selectFields(
        {
          id: touchPoints.id,
          stageId: touchPoints.stageId,
          name: touchPoints.name,
          channel: touchPoints.channel,
          ownerTeamId: touchPoints.ownerTeamId,
          position: touchPoints.position,
          archivedAt: touchPoints.archivedAt,
        },
        touchPoints,
      )
      .orderBy(asc(touchPoints.id)),
    kpis: await tenant
      .selectFields({ id: kpis.id, touchPointId: kpis.touchPointId, name: kpis.name, target: kpis.target, warningThreshold: kpis.warningThreshold }, kpis)
      .orderBy(asc(kpis.id)),
    targets: await tenant
      .selectFields(
        { id: targets.id, kpiId: targets.kpiId, teamId: targets.teamId, userId: targets.userId, target: targets.target, validFrom: targets.validFrom, validTo: targets.validTo },
        targets,
      )
      .orderBy(asc(targets.id)),
    auditLog: (await tenant.selectFields({ id: auditLog.id }, auditLog).orderBy(asc(auditLog.id))).map((row) => row.id),
  };
}
