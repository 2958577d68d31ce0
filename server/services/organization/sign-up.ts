import "server-only";
import type { Database } from "@/db/client";
import { loginEmails, organizations, users } from "@/db/schema";
import { tenantTransaction } from "@/server/db/tenant-db";
import { logSecurityEvent } from "@/server/log";
import { recordAudit } from "@/server/services/audit/record";
import { addressLocked, LOCK_WINDOW_MINUTES, recordAddressFailure } from "@/server/services/auth/login-throttle";
import { hashPassword, passwordWeakness } from "@/server/services/auth/passwords";
import { ConflictError, TooManyRequestsError, ValidationError } from "@/server/services/errors";
import type { SignUpInput } from "@/lib/schemas/organization";

/**
 * The one answer to a sign-up that cannot go ahead, whatever the reason: the email is an account
 * of another organisation, or another sign-up took it a moment earlier. It never says that the
 * email exists (issue 15: "an account with this email already exists" told anyone which emails
 * had accounts). One email is one account (`login_emails`), so such a sign-up cannot succeed.
 */
export const SIGN_UP_REFUSED =
  "We could not create an organisation with these details. If you already have an account, sign in with it; otherwise check the email address.";

/**
 * Creates an organisation with its first director. Uses the raw database: no tenant exists yet.
 * A refused sign-up counts as a failed sign-in from the caller's address (`ip`), so probing many
 * emails is locked out like guessing passwords (docs/security.md, "Sign-up and invitations").
 */
export async function signUp(db: Database, input: SignUpInput, { ip = null }: { ip?: string | null } = {}): Promise<{ email: string; orgId: string }> {
  if (await addressLocked(db, ip)) {
    throw new TooManyRequestsError(`Too many refused attempts from your address. Wait ${LOCK_WINDOW_MINUTES} minutes and try again.`, LOCK_WINDOW_MINUTES * 60);
  }
  const weakness = passwordWeakness(input.password, [input.email, input.name, input.orgName]);
  if (weakness) throw new ValidationError(weakness, "password");
  const passwordHash = await hashPassword(input.password);

  try {
    return await createOrganization(db, input, passwordHash);
  } catch (error) {
    if (error instanceof ConflictError) {
      await recordAddressFailure(db, ip);
      logSecurityEvent({ event: "sign_up_refused", email: input.email, ip, reason: "email_taken" });
    }
    throw error;
  }
}

async function createOrganization(db: Database, input: SignUpInput, passwordHash: string) {
  return db.transaction(async (tx) => {
    const [org] = await tx.insert(organizations).values({ name: input.orgName, timeZone: input.timeZone, themePreset: input.themePreset }).returning({ id: organizations.id });
    if (!org) throw new Error("organisation insert returned nothing");
    const tenant = tenantTransaction(tx, org.id);
    const [director] = await tenant
      .insert(users, { email: input.email, name: input.name, passwordHash, role: "director" })
      .returning({ id: users.id });
    if (!director) throw new Error("user insert returned nothing");
    // Claimed by the insert itself, so a taken email and a sign-up racing for it end alike (and roll back).
    const claimed = await tx.insert(loginEmails).values({ email: input.email, orgId: org.id, userId: director.id }).onConflictDoNothing().returning({ email: loginEmails.email });
    if (claimed.length !== 1) throw new ConflictError(SIGN_UP_REFUSED);
    await recordAudit(tenant, {
      actorId: director.id,
      action: "organization.created",
      entityType: "organization",
      entityId: org.id,
      after: { name: input.orgName, timeZone: input.timeZone, themePreset: input.themePreset },
    });
    return { email: input.email, orgId: org.id };
  });
}
