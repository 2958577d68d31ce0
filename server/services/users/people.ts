import "server-only";
import { and, asc, count, eq, inArray, ne, type SQL } from "drizzle-orm";
import { teamMembers, teams, users } from "@/db/schema";
import type { Role } from "@/lib/domain/roles";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { bumpSessionVersion } from "@/server/services/auth/session-user";
import { ConflictError, NotFoundError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { memberIdsOfTeams, membershipsByUser } from "./memberships";

const personFields = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
};

/** Directors see everyone; a team lead sees the people of the teams they lead. */
export async function listPeople(tenant: TenantDb, scope: Scope, input: { includeInactive?: boolean }) {
  const filters: SQL[] = [];
  if (!input.includeInactive) filters.push(eq(users.active, true));
  if (scope.role !== "director") {
    const visible = await memberIdsOfTeams(tenant, scope.leadTeamIds);
    if (visible.length === 0) return [];
    filters.push(inArray(users.id, visible));
  }
  const rows = await tenant.selectFields(personFields, users, and(...filters)).orderBy(asc(users.name));
  const memberships = await membershipsByUser(tenant, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, teams: memberships.get(row.id) ?? [] }));
}

async function personOrThrow(tenant: TenantDb, userId: string) {
  const [person] = await tenant.selectFields(personFields, users, eq(users.id, userId));
  if (!person) throw new NotFoundError("Person");
  return person;
}

/** The organisation must keep at least one active director, or nobody could administer it. */
async function assertAnotherActiveDirector(tenant: TenantDb, userId: string) {
  const [others] = await tenant.selectFields(
    { n: count() },
    users,
    and(eq(users.role, "director"), eq(users.active, true), ne(users.id, userId)),
  );
  if (!others || others.n === 0) {
    throw new ConflictError("The organisation needs at least one active director. Make someone else a director first.");
  }
}

export async function updateRole(tenant: TenantDb, scope: Scope, input: { userId: string; role: Role }) {
  return tenant.transaction(async (tenantTx) => {
    const person = await personOrThrow(tenantTx, input.userId);
    if (person.role === input.role) return { ...person };
    if (person.role === "director") await assertAnotherActiveDirector(tenantTx, person.id);
    await tenantTx.update(users, { role: input.role }, eq(users.id, person.id));
    await bumpSessionVersion(tenantTx, person.id);
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "user.role_changed",
      entityType: "user",
      entityId: person.id,
      before: { role: person.role },
      after: { role: input.role },
    });
    return { ...person, role: input.role };
  });
}

export async function setActive(tenant: TenantDb, scope: Scope, input: { userId: string; active: boolean }) {
  return tenant.transaction(async (tenantTx) => {
    const person = await personOrThrow(tenantTx, input.userId);
    if (person.active === input.active) return { ...person };
    if (!input.active && person.id === scope.userId) throw new ConflictError("You cannot deactivate your own account.");
    if (!input.active && person.role === "director") await assertAnotherActiveDirector(tenantTx, person.id);
    await tenantTx.update(users, { active: input.active }, eq(users.id, person.id));
    await bumpSessionVersion(tenantTx, person.id);
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: input.active ? "user.reactivated" : "user.deactivated",
      entityType: "user",
      entityId: person.id,
      before: { active: person.active },
      after: { active: input.active },
    });
    return { ...person, active: input.active };
  });
}

export type TeamPlacement = { teamId: string; isLead: boolean };

/** Replaces a person's teams (moving them between teams) in one step. */
export async function setTeams(tenant: TenantDb, scope: Scope, input: { userId: string; teams: TeamPlacement[] }) {
  const placements = [...new Map(input.teams.map((t) => [t.teamId, t])).values()];
  return tenant.transaction(async (tenantTx) => {
    const person = await personOrThrow(tenantTx, input.userId);
    if (placements.length > 0) {
      const found = await tenantTx.selectFields({ id: teams.id }, teams, inArray(teams.id, placements.map((p) => p.teamId)));
      if (found.length !== placements.length) throw new NotFoundError("Team");
    }
    const before = (await membershipsByUser(tenantTx, [person.id])).get(person.id) ?? [];
    await tenantTx.delete(teamMembers, eq(teamMembers.userId, person.id));
    if (placements.length > 0) {
      await tenantTx.insert(
        teamMembers,
        placements.map((p) => ({ teamId: p.teamId, userId: person.id, isLead: p.isLead })),
      );
    }
    const after = (await membershipsByUser(tenantTx, [person.id])).get(person.id) ?? [];
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "user.teams_changed",
      entityType: "user",
      entityId: person.id,
      before,
      after,
    });
    return { ...person, teams: after };
  });
}
