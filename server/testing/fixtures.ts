import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { loginEmails, teamMembers, teams, users } from "@/db/schema";
import type { Role } from "@/lib/domain/roles";
import { createCaller } from "@/server/api/root";
import { tenantDb } from "@/server/db/tenant-db";
import { hashPassword } from "@/server/services/auth/passwords";
import { resolveSessionUser } from "@/server/services/auth/session-user";
import { signUp } from "@/server/services/organization/sign-up";

export const FIXTURE_PASSWORD = "Fixture-password-2026";
let passwordHash: Promise<string> | undefined;

export type FixtureUser = { id: string; email: string; name: string; role: Role; orgId: string };

export type OrgFixture = {
  orgId: string;
  orgName: string;
  director: FixtureUser;
  lead: FixtureUser;
  frontline: FixtureUser;
  /** A frontline colleague in another team, which the lead does not lead. */
  outsider: FixtureUser;
  teamId: string;
  otherTeamId: string;
};

let counter = 0;

/**
 * An organisation with a director, a team with its lead and a frontline member, and a second
 * team with one member: enough for every role and for "not my team" checks.
 */
export async function createOrgFixture(db: Database, label = "Org"): Promise<OrgFixture> {
  const tag = `${label.toLowerCase()}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
  const orgName = `${label} ${tag}`;
  const { orgId } = await signUp(db, {
    orgName,
    name: `${label} Director`,
    email: `director-${tag}@example.com`,
    password: FIXTURE_PASSWORD,
    timeZone: "UTC",
    themePreset: "airline",
  });
  const tenant = tenantDb(db, orgId);
  const [director] = await tenant.select(users, eq(users.email, `director-${tag}@example.com`));
  const [team] = await tenant.insert(teams, { name: `${label} Front Desk` }).returning();
  const [otherTeam] = await tenant.insert(teams, { name: `${label} Back Office` }).returning();

  const lead = await addPerson(db, orgId, { role: "team_lead", name: `${label} Lead`, teamId: team!.id, isLead: true });
  const frontline = await addPerson(db, orgId, { role: "frontline", name: `${label} Agent`, teamId: team!.id, isLead: false });
  const outsider = await addPerson(db, orgId, { role: "frontline", name: `${label} Outsider`, teamId: otherTeam!.id, isLead: false });
  return {
    orgId,
    orgName,
    director: { id: director!.id, email: director!.email, name: director!.name, role: "director", orgId },
    lead,
    frontline,
    outsider,
    teamId: team!.id,
    otherTeamId: otherTeam!.id,
  };
}

/** One more person who can sign in, in one team (as its lead or a member). */
export async function addPerson(db: Database, orgId: string, person: { role: Role; name: string; teamId: string; isLead: boolean }): Promise<FixtureUser> {
  const tenant = tenantDb(db, orgId);
  const email = `${person.name.toLowerCase().replace(/\s+/g, ".")}-${++counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  passwordHash ??= hashPassword(FIXTURE_PASSWORD);
  const [user] = await tenant.insert(users, { email, name: person.name, role: person.role, passwordHash: await passwordHash }).returning();
  await db.insert(loginEmails).values({ email, orgId, userId: user!.id });
  await tenant.insert(teamMembers, { teamId: person.teamId, userId: user!.id, isLead: person.isLead });
  return { id: user!.id, email, name: person.name, role: person.role, orgId };
}

/**
 * A tRPC caller with the session a signed-in user's cookie would give (or none), calling from
 * `ip` (the sign-in throttle counts failures per address, so a test that must not inherit another
 * test's failures calls from an address of its own).
 */
export async function callerAs(db: Database, user: FixtureUser | null, { ip = "127.0.0.1" }: { ip?: string } = {}) {
  if (!user) return createCaller({ db, session: null, ip });
  const [row] = await tenantDb(db, user.orgId).select(users, eq(users.id, user.id));
  const session = await resolveSessionUser(db, { uid: user.id, orgId: user.orgId, sv: row!.sessionVersion });
  if (!session) throw new Error(`fixture user ${user.email} has no valid session`);
  return createCaller({ db, session, ip });
}
