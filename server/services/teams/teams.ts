import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { invitations, teamMembers, teams, touchPoints, users } from "@/db/schema";
import { invitationStatus } from "@/server/services/invitations/invitations";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";

/** Directors see every team; everyone else sees the teams they belong to. */
export async function listTeams(tenant: TenantDb, scope: Scope) {
  if (scope.role !== "director" && scope.teamIds.length === 0) return [];
  const visible = scope.role === "director" ? undefined : inArray(teams.id, scope.teamIds);
  const rows = await tenant
    .selectFields({ id: teams.id, name: teams.name, description: teams.description }, teams, visible)
    .orderBy(asc(teams.name));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const counts = await tenant
    .selectFields({ teamId: teamMembers.teamId, n: count() }, teamMembers, inArray(teamMembers.teamId, ids))
    .innerJoin(users, tenant.joinOn(users, and(eq(users.id, teamMembers.userId), eq(users.active, true))!))
    .groupBy(teamMembers.teamId);
  const leads = await tenant
    .selectFields(
      { teamId: teamMembers.teamId, id: users.id, name: users.name },
      teamMembers,
      and(inArray(teamMembers.teamId, ids), eq(teamMembers.isLead, true)),
    )
    .innerJoin(users, tenant.joinOn(users, and(eq(users.id, teamMembers.userId), eq(users.active, true))!))
    .orderBy(asc(users.name));
  return rows.map((row) => ({
    ...row,
    memberCount: counts.find((c) => c.teamId === row.id)?.n ?? 0,
    leads: leads.filter((lead) => lead.teamId === row.id).map(({ id, name }) => ({ id, name })),
  }));
}

export async function createTeam(tenant: TenantDb, scope: Scope, input: { name: string; description?: string }) {
  await assertNameFree(tenant, input.name);
  return tenant.transaction(async (tenantTx) => {
    const [team] = await tenantTx
      .insert(teams, { name: input.name, description: input.description ?? "" })
      .returning({ id: teams.id, name: teams.name, description: teams.description });
    if (!team) throw new Error("team insert returned nothing");
    await recordAudit(tenantTx, { actorId: scope.userId, action: "team.created", entityType: "team", entityId: team.id, after: team });
    return team;
  });
}

export async function updateTeam(
  tenant: TenantDb,
  scope: Scope,
  input: { teamId: string; name: string; description: string },
) {
  const before = await teamOrThrow(tenant, input.teamId);
  if (before.name.toLowerCase() !== input.name.toLowerCase()) await assertNameFree(tenant, input.name);
  const after = { id: before.id, name: input.name, description: input.description };
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.update(teams, { name: input.name, description: input.description }, eq(teams.id, before.id));
    await recordAudit(tenantTx, { actorId: scope.userId, action: "team.updated", entityType: "team", entityId: before.id, before, after });
  });
  return after;
}

/** A team that still has people or owns touch points is kept: removing it would orphan them. */
export async function removeTeam(tenant: TenantDb, scope: Scope, input: { teamId: string }) {
  const team = await teamOrThrow(tenant, input.teamId);
  const [members] = await tenant.selectFields({ n: count() }, teamMembers, eq(teamMembers.teamId, team.id));
  if (members && members.n > 0) {
    throw new ConflictError(`${team.name} still has ${members.n} member(s). Move them to another team first.`);
  }
  const [owned] = await tenant.selectFields({ n: count() }, touchPoints, eq(touchPoints.ownerTeamId, team.id));
  if (owned && owned.n > 0) {
    throw new ConflictError(`${team.name} owns ${owned.n} touch point(s). Give them another owner first.`);
  }
  const invited = await tenant.select(invitations, eq(invitations.teamId, team.id));
  const pending = invited.filter((invitation) => invitationStatus(invitation) === "pending");
  if (pending.length > 0) {
    throw new ConflictError(`${team.name} has ${pending.length} pending invitation(s). Revoke them first.`);
  }
  await tenant.transaction(async (tenantTx) => {
    // Used and withdrawn invitations keep their history without the team they named.
    if (invited.length > 0) await tenantTx.update(invitations, { teamId: null }, eq(invitations.teamId, team.id));
    await tenantTx.delete(teams, eq(teams.id, team.id));
    await recordAudit(tenantTx, { actorId: scope.userId, action: "team.removed", entityType: "team", entityId: team.id, before: team });
  });
  return { id: team.id };
}

async function teamOrThrow(tenant: TenantDb, teamId: string) {
  const [team] = await tenant.selectFields(
    { id: teams.id, name: teams.name, description: teams.description },
    teams,
    eq(teams.id, teamId),
  );
  if (!team) throw new NotFoundError("Team");
  return team;
}

async function assertNameFree(tenant: TenantDb, name: string) {
  const existing = await tenant.selectFields({ id: teams.id, name: teams.name }, teams);
  if (existing.some((team) => team.name.toLowerCase() === name.toLowerCase())) {
    throw new ConflictError(`A team called ${name} already exists`);
  }
}
