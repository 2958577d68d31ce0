import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invitations, loginEmails, teamMembers, teams, users } from "@/db/schema";
import type { Role } from "@/lib/domain/roles";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { hashPassword, passwordWeakness } from "@/server/services/auth/passwords";
import { ConflictError, NotFoundError, ValidationError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { newInvitationToken, parseInvitationToken } from "./tokens";

export const INVITATION_DAYS = 7;

type InvitationRow = typeof invitations.$inferSelect;

export function invitationStatus(row: Pick<InvitationRow, "acceptedAt" | "revokedAt" | "expiresAt">, now = new Date()) {
  if (row.acceptedAt) return "accepted" as const;
  if (row.revokedAt) return "revoked" as const;
  if (row.expiresAt <= now) return "expired" as const;
  return "pending" as const;
}

export async function listInvitations(tenant: TenantDb) {
  const rows = await tenant.select(invitations).orderBy(desc(invitations.createdAt)).limit(200);
  const teamNames = new Map((await tenant.selectFields({ id: teams.id, name: teams.name }, teams)).map((t) => [t.id, t.name]));
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    teamId: row.teamId,
    teamName: row.teamId ? (teamNames.get(row.teamId) ?? null) : null,
    status: invitationStatus(row),
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
  }));
}

export async function createInvitation(
  tenant: TenantDb,
  scope: Scope,
  input: { email: string; role: Role; teamId?: string | null },
) {
  if (input.role !== "director" && !input.teamId) {
    throw new ValidationError("Team leads and frontline staff belong to a team: choose one", "teamId");
  }
  if (input.teamId) {
    const [team] = await tenant.selectFields({ id: teams.id }, teams, eq(teams.id, input.teamId));
    if (!team) throw new NotFoundError("Team");
  }
  const [taken] = await tenant.selectFields({ id: users.id }, users, eq(users.email, input.email));
  if (taken) throw new ConflictError("This person already has an account in your organisation");

  const { token, tokenHash } = newInvitationToken(tenant.orgId);
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const [row] = await tenant
    .insert(invitations, {
      email: input.email,
      role: input.role,
      teamId: input.teamId ?? null,
      tokenHash,
      invitedBy: scope.userId,
      expiresAt,
    })
    .returning({ id: invitations.id });
  if (!row) throw new Error("invitation insert returned nothing");
  await recordAudit(tenant, {
    actorId: scope.userId,
    action: "invitation.created",
    entityType: "invitation",
    entityId: row.id,
    after: { email: input.email, role: input.role, teamId: input.teamId ?? null },
  });
  return { id: row.id, path: `/invite/${token}`, expiresAt };
}

export async function revokeInvitation(tenant: TenantDb, scope: Scope, input: { invitationId: string }) {
  const [row] = await tenant.select(invitations, eq(invitations.id, input.invitationId));
  if (!row) throw new NotFoundError("Invitation");
  if (invitationStatus(row) !== "pending") throw new ConflictError(`This invitation is already ${invitationStatus(row)}`);
  await tenant.update(invitations, { revokedAt: new Date() }, eq(invitations.id, row.id));
  await recordAudit(tenant, { actorId: scope.userId, action: "invitation.revoked", entityType: "invitation", entityId: row.id });
  return { id: row.id };
}

/** Finds a usable invitation from its link; anything unusable reads as "not found" or says why. */
async function usableInvitation(db: Database, token: string) {
  const parsed = parseInvitationToken(token);
  if (!parsed) throw new NotFoundError("Invitation");
  const tenant = tenantDb(db, parsed.orgId);
  const [row] = await tenant.select(invitations, eq(invitations.tokenHash, parsed.tokenHash));
  if (!row) throw new NotFoundError("Invitation");
  const status = invitationStatus(row);
  if (status !== "pending") {
    throw new ConflictError(
      status === "accepted"
        ? "This invitation has already been used. Sign in instead."
        : `This invitation has ${status === "expired" ? "expired" : "been withdrawn"}. Ask for a new one.`,
    );
  }
  return { tenant, row };
}

export async function lookupInvitation(db: Database, input: { token: string }) {
  const { tenant, row } = await usableInvitation(db, input.token);
  const org = await tenant.organization();
  const [team] = row.teamId ? await tenant.selectFields({ name: teams.name }, teams, eq(teams.id, row.teamId)) : [];
  return { orgName: org?.name ?? "", email: row.email, role: row.role, teamName: team?.name ?? null, expiresAt: row.expiresAt };
}

export async function acceptInvitation(db: Database, input: { token: string; name: string; password: string }) {
  const { row } = await usableInvitation(db, input.token);
  const weakness = passwordWeakness(input.password, [row.email, input.name]);
  if (weakness) throw new ValidationError(weakness, "password");
  const passwordHash = await hashPassword(input.password);

  return db.transaction(async (tx) => {
    const tenant = tenantDb(tx, row.orgId);
    // Claim the invitation first so two concurrent acceptances cannot both succeed.
    const claimed = await tenant
      .update(invitations, { acceptedAt: new Date() }, and(eq(invitations.id, row.id), eq(invitations.tokenHash, row.tokenHash))!)
      .returning({ id: invitations.id });
    if (claimed.length !== 1) throw new NotFoundError("Invitation");
    const [taken] = await tx.select({ email: loginEmails.email }).from(loginEmails).where(eq(loginEmails.email, row.email));
    if (taken) throw new ConflictError("An account with this email already exists. Sign in instead.");
    const [user] = await tenant
      .insert(users, { email: row.email, name: input.name, passwordHash, role: row.role })
      .returning({ id: users.id });
    if (!user) throw new Error("user insert returned nothing");
    await tx.insert(loginEmails).values({ email: row.email, orgId: row.orgId, userId: user.id });
    if (row.teamId) {
      await tenant.insert(teamMembers, { teamId: row.teamId, userId: user.id, isLead: row.role === "team_lead" });
    }
    await recordAudit(tenant, {
      actorId: user.id,
      action: "invitation.accepted",
      entityType: "user",
      entityId: user.id,
      after: { email: row.email, role: row.role, teamId: row.teamId },
    });
    return { email: row.email };
  });
}
