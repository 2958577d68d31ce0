import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organizations, teamMembers, teams, users } from "@/db/schema";
import type { Role } from "@/lib/domain/roles";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";

/** What the session cookie carries: identity only; everything else is read fresh. */
export type SessionClaims = { uid: string; orgId: string; sv: number };

export type SessionUser = {
  id: string;
  orgId: string;
  orgName: string;
  /** The organisation's IANA zone: its days and weeks (lib/day-in.ts). */
  timeZone: string;
  email: string;
  name: string;
  role: Role;
  teams: { id: string; name: string; isLead: boolean }[];
  teamIds: string[];
  leadTeamIds: string[];
};

/**
 * Checks a session against the database on every request: the account must still be active and
 * its session version unchanged, so sign-out, a password, role or status change end old sessions.
 */
export async function resolveSessionUser(db: Executor, claims: SessionClaims): Promise<SessionUser | null> {
  const tenant = tenantDb(db, claims.orgId);
  const [row] = await tenant
    .selectFields(
      {
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        active: users.active,
        sessionVersion: users.sessionVersion,
        orgName: organizations.name,
        timeZone: organizations.timeZone,
      },
      users,
      eq(users.id, claims.uid),
    )
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .limit(1);
  if (!row || !row.active || row.sessionVersion !== claims.sv) return null;

  const memberships = await tenant
    .selectFields({ id: teams.id, name: teams.name, isLead: teamMembers.isLead }, teamMembers, eq(teamMembers.userId, row.id))
    .innerJoin(teams, tenant.joinOn(teams, eq(teams.id, teamMembers.teamId)))
    .orderBy(teams.name);

  return {
    id: row.id,
    orgId: claims.orgId,
    orgName: row.orgName,
    timeZone: row.timeZone,
    email: row.email,
    name: row.name,
    role: row.role,
    teams: memberships,
    teamIds: memberships.map((m) => m.id),
    leadTeamIds: memberships.filter((m) => m.isLead).map((m) => m.id),
  };
}

/** Ends every existing session of a user at once. */
export async function bumpSessionVersion(tenant: TenantDb, userId: string): Promise<void> {
  await tenant.update(users, { sessionVersion: sql`${users.sessionVersion} + 1` } as never, eq(users.id, userId));
}
