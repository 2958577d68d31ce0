import { randomUUID } from "node:crypto";
import path from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  journeyStages,
  journeys,
  kpis,
  loginEmails,
  organizations,
  teamMembers,
  teams,
  targets,
  touchPoints,
  users,
} from "@/db/schema";
import type { Role } from "@/lib/domain/roles";
import { tenantTransaction } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { hashPassword } from "@/server/services/auth/passwords";
import {
  SKYWARD_DEMO_PASSWORD,
  SKYWARD_DIRECTOR,
  SKYWARD_JOURNEY,
  SKYWARD_ORG_NAME,
  SKYWARD_RATING_KPI,
  SKYWARD_STAGES,
  SKYWARD_TARGET_OVERRIDES,
  SKYWARD_TEAMS,
  SKYWARD_TOUCH_POINT_DEFINITIONS,
  skywardEmail,
  skywardKpiName,
  type SkywardTeamName,
} from "./skyward-data";

export {
  DEMO_LOGINS,
  SKYWARD_DEMO_PASSWORD,
  SKYWARD_ORG_NAME,
  SKYWARD_RATING_COLUMNS,
  SKYWARD_TOUCH_POINTS,
  SKYWARD_TOUCH_POINT_DEFINITIONS,
  type DemoLogin,
  type SkywardRatingColumn,
} from "./skyward-data";

/** The shared datasets sit beside the project (`../shared/datasets`), never inside it. */
export function datasetsDir(): string {
  return path.resolve(process.cwd(), "../shared/datasets");
}

export const SKYWARD_SURVEY_CSV = "airline-passenger-satisfaction.csv";

export type SeedSkywardResult = { orgId: string; created: boolean };

/** Serialises concurrent seeders (two app starts at once) on PostgreSQL; harmless on PGlite. */
const SEED_LOCK_KEY = 0x5e3d_0001;

/** The demo organisation's id, if it has been created. */
export async function findOrg(db: Pick<Database, "select">): Promise<string | undefined> {
  const [org] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.name, SKYWARD_ORG_NAME))
    .limit(1);
  return org?.id;
}

/**
 * Creates the demo organisation "Skyward Airlines" with its teams, people and the journey "Fly with
 * us", unless an organisation of that name already exists. One transaction: all or nothing.
 */
export async function seedSkyward(db: Database): Promise<SeedSkywardResult> {
  const existing = await findOrg(db);
  if (existing) return { orgId: existing, created: false };

  // One hash for every demo account: argon2id is slow on purpose, and they share one password.
  const passwordHash = await hashPassword(SKYWARD_DEMO_PASSWORD);

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const raced = await findOrg(tx);
    if (raced) return { orgId: raced, created: false };

    type NewUser = { id: string; email: string; name: string; role: Role };
    const people: NewUser[] = [];
    const addPerson = (person: { name: string; email?: string }, role: Role): string => {
      const id = randomUUID();
      people.push({ id, email: skywardEmail(person), name: person.name, role });
      return id;
    };

    const directorId = addPerson(SKYWARD_DIRECTOR, "director");
    const teamIds = new Map<SkywardTeamName, string>();
    const memberships: { teamId: string; userId: string; isLead: boolean }[] = [];
    for (const team of SKYWARD_TEAMS) {
      const teamId = randomUUID();
      teamIds.set(team.name, teamId);
      memberships.push({ teamId, userId: addPerson(team.lead, "team_lead"), isLead: true });
      for (const person of team.frontline) {
        memberships.push({ teamId, userId: addPerson(person, "frontline"), isLead: false });
      }
    }

    const emails = people.map((p) => p.email);
    const taken = await tx
      .select({ email: loginEmails.email })
      .from(loginEmails)
      .where(inArray(loginEmails.email, emails));
    if (taken.length > 0) {
      throw new Error(
        `Cannot seed ${SKYWARD_ORG_NAME}: these emails already belong to another organisation: ` +
          taken.map((t) => t.email).join(", "),
      );
    }

    const [org] = await tx
      .insert(organizations)
      .values({ name: SKYWARD_ORG_NAME })
      .returning({ id: organizations.id });
    if (!org) throw new Error("organisation insert returned nothing");
    const tenant = tenantTransaction(tx, org.id);

    await tenant.insert(
      users,
      people.map((p) => ({ id: p.id, email: p.email, name: p.name, role: p.role, passwordHash })),
    );
    await tx
      .insert(loginEmails)
      .values(people.map((p) => ({ email: p.email, orgId: org.id, userId: p.id })));
    await tenant.insert(
      teams,
      SKYWARD_TEAMS.map((team) => ({ id: teamIds.get(team.name)!, name: team.name, description: team.description })),
    );
    await tenant.insert(teamMembers, memberships);

    const journeyId = randomUUID();
    await tenant.insert(journeys, { id: journeyId, ...SKYWARD_JOURNEY, createdBy: directorId });

    const stageIds = new Map<string, string>();
    await tenant.insert(
      journeyStages,
      SKYWARD_STAGES.map((stage, position) => {
        const id = randomUUID();
        stageIds.set(stage.name, id);
        return { id, journeyId, name: stage.name, description: stage.description, position };
      }),
    );

    const nextPosition = new Map<string, number>();
    const touchPointRows = SKYWARD_TOUCH_POINT_DEFINITIONS.map((tp) => {
      const stageId = stageIds.get(tp.stage);
      const ownerTeamId = teamIds.get(tp.ownerTeam);
      if (!stageId || !ownerTeamId) throw new Error(`touch point ${tp.name}: unknown stage or team`);
      const position = nextPosition.get(tp.stage) ?? 0;
      nextPosition.set(tp.stage, position + 1);
      return {
        id: randomUUID(),
        journeyId,
        stageId,
        name: tp.name,
        description: tp.description,
        channel: tp.channel,
        ownerTeamId,
        isMomentOfTruth: tp.isMomentOfTruth,
        promise: tp.promise,
        position,
      };
    });
    await tenant.insert(touchPoints, touchPointRows);

    await tenant.insert(
      kpis,
      SKYWARD_TOUCH_POINT_DEFINITIONS.map((tp, i) => ({
        touchPointId: touchPointRows[i]!.id,
        name: skywardKpiName(tp.name),
        target: tp.target,
        warningThreshold: tp.warningThreshold,
        ...SKYWARD_RATING_KPI,
      })),
    );

    const kpiRows = await tenant.select(kpis);
    const kpiOf = (touchPointName: string) => {
      const index = SKYWARD_TOUCH_POINT_DEFINITIONS.findIndex((tp) => tp.name === touchPointName);
      const kpi = kpiRows.find((k) => k.touchPointId === touchPointRows[index]?.id);
      if (!kpi) throw new Error(`target override: unknown touch point ${touchPointName}`);
      return kpi.id;
    };
    const seededOn = new Date().toISOString().slice(0, 10);
    await tenant.insert(
      targets,
      SKYWARD_TARGET_OVERRIDES.map((override) => ({
        kpiId: kpiOf(override.touchPoint),
        teamId: override.team ? teamIds.get(override.team)! : null,
        userId: override.personEmail ? people.find((p) => p.email === override.personEmail)!.id : null,
        target: override.target,
        warningThreshold: override.warningThreshold,
        validFrom: `${seededOn.slice(0, 4)}-01-01`,
        createdBy: directorId,
      })),
    );

    await recordAudit(tenant, {
      actorId: null,
      action: "organization.seeded",
      entityType: "organization",
      entityId: org.id,
      after: { name: SKYWARD_ORG_NAME, users: people.length, touchPoints: touchPointRows.length },
    });

    return { orgId: org.id, created: true };
  });
}
