import "server-only";
import { eq, inArray } from "drizzle-orm";
import { teamMembers, teams } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";

export type Membership = { id: string; name: string; isLead: boolean };

/** Team memberships of the given people, keyed by user id. */
export async function membershipsByUser(tenant: TenantDb, userIds: string[]): Promise<Map<string, Membership[]>> {
  const byUser = new Map<string, Membership[]>();
  if (userIds.length === 0) return byUser;
  const rows = await tenant
    .selectFields(
      { userId: teamMembers.userId, id: teams.id, name: teams.name, isLead: teamMembers.isLead },
      teamMembers,
      inArray(teamMembers.userId, userIds),
    )
    .innerJoin(teams, tenant.joinOn(teams, eq(teams.id, teamMembers.teamId)))
    .orderBy(teams.name);
  for (const { userId, ...membership } of rows) {
    const list = byUser.get(userId) ?? [];
    list.push(membership);
    byUser.set(userId, list);
  }
  return byUser;
}

/** Ids of the people who belong to any of the given teams. */
export async function memberIdsOfTeams(tenant: TenantDb, teamIds: string[]): Promise<string[]> {
  if (teamIds.length === 0) return [];
  const rows = await tenant.selectFields({ userId: teamMembers.userId }, teamMembers, inArray(teamMembers.teamId, teamIds));
  return [...new Set(rows.map((row) => row.userId))];
}
