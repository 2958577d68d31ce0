import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invitations, loginEmails, teamMembers, teams, users } from "@/db/schema";
import type { Role } from "@/lib/domain/roles";
import { tenantDb, tenantTransaction, type TenantDb } from "@/server/db/tenant-db";
import { logSecurityEvent } from "@/server/log";
import { recordAudit } from "@/server/services/audit/record";
import { hashPassword, passwordWeakness } from "@/server/services/auth/passwords";
import { ConflictError, NotFoundError, ValidationError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { newInvitationToken, parseInvitationToken } from "./tokens";

export const INVITATION_DAYS = 7;

/**
 * The answer when an invitation's email already signs in elsewhere (or an acceptance raced for
 * it). It never says the email exists: a director could otherwise invite any email, open the link
 * and learn whether it has an account in another organisation (issue 15). Within the director's
 * own organisation createInvitation says so plainly; that tells them nothing they cannot see.
 */
export const INVITATION_REFUSED =
  "This invitation cannot be used to create an account. If you already have an account, sign in with it; otherwise ask for an invitation to another email address.";

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
  const id = await tenant.transaction(async (tenantTx) => {
    const [row] = await tenantTx
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
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "invitation.created",
      entityType: "invitation",
      entityId: row.id,
      after: { email: input.email, role: input.role, teamId: input.teamId ?? null },
    });
    return row.id;
  });
  return { id, path: `/invite/${token}`, expiresAt };
}

export async function revokeInvitation(tenant: TenantDb, scope: Scope, input: { invitationId: string }) {
  const [row] = await tenant.select(invitations, eq(invitations.id, input.invitationId));
  if (!row) throw new NotFoundError("Invitation");
  if (invitationStatus(row) !== "pending") throw new ConflictError(`This invitation is already ${invitationStatus(row)}`);
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.update(invitations, { revokedAt: new Date() }, eq(invitations.id, row.id));
    await recordAudit(tenantTx, { actorId: scope.userId, action: "invitation.revoked", entityType: "invitation", entityId: row.id });
  });
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

export async function acceptInvitation(db: Database, input: { token: string; name: string; password: string }, { ip = null }: { ip?: string | null } = {}) {
  const { row } = await usableInvitation(db, input.token);
  const weakness = passwordWeakness(input.password, [row.email, input.name]);
  if (weakness) throw new ValidationError(weakness, "password");
  const passwordHash = await hashPassword(input.password);

  try {
    return await createInvitedAccount(db, row, input.name, passwordHash);
  } catch (error) {
    if (error instanceof ConflictError && error.message === INVITATION_REFUSED) {
      logSecurityEvent({ event: "invitation_refused", email: row.email, orgId: row.orgId, ip, reason: "email_taken" });
    }
    throw error;
  }
}

async function createInvitedAccount(db: Database, row: InvitationRow, name: string, passwordHash: string) {
  return db.transaction(async (tx) => {
    const tenant = tenantTransaction(tx, row.orgId);
    // Claim the invitation first so two concurrent acceptances cannot both succeed.
    const claimed = await tenant
      .update(invitations, { acceptedAt: new Date() }, and(eq(invitations.id, row.id), eq(invitations.tokenHash, row.tokenHash))!)
      .returning({ id: invitations.id });
    if (claimed.length !== 1) throw new NotFoundError("Invitation");
    const [user] = await tenant
      .insert(users, { email: row.email, name, passwordHash, role: row.role })
      .onConflictDoNothing()
      .returning({ id: users.id });
    // An account of this organisation took the email after the invitation was sent: as below.
    if (!user) throw new ConflictError(INVITATION_REFUSED);
    // Claimed by the insert, so an email taken in any organisation and an acceptance racing for it end alike (and roll back).
    const login = await tx.insert(loginEmails).values({ email: row.email, orgId: row.orgId, userId: user.id }).onConflictDoNothing().returning({ email: loginEmails.email });
    if (login.length !== 1) throw new ConflictError(INVITATION_REFUSED);
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
