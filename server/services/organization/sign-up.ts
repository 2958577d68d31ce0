import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { loginEmails, organizations, users } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { hashPassword, passwordWeakness } from "@/server/services/auth/passwords";
import { ConflictError, ValidationError } from "@/server/services/errors";
import type { SignUpInput } from "@/lib/schemas/organization";


/** Creates an organisation with its first director. Uses the raw database: no tenant exists yet. */
export async function signUp(db: Database, input: SignUpInput): Promise<{ email: string; orgId: string }> {
  const weakness = passwordWeakness(input.password, [input.email, input.name, input.orgName]);
  if (weakness) throw new ValidationError(weakness, "password");
  const passwordHash = await hashPassword(input.password);

  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ email: loginEmails.email }).from(loginEmails).where(eq(loginEmails.email, input.email));
    if (taken) throw new ConflictError("An account with this email already exists. Sign in instead.");
    const [org] = await tx.insert(organizations).values({ name: input.orgName, timeZone: input.timeZone, themePreset: input.themePreset }).returning({ id: organizations.id });
    if (!org) throw new Error("organisation insert returned nothing");
    const tenant = tenantDb(tx, org.id);
    const [director] = await tenant
      .insert(users, { email: input.email, name: input.name, passwordHash, role: "director" })
      .returning({ id: users.id });
    if (!director) throw new Error("user insert returned nothing");
    await tx.insert(loginEmails).values({ email: input.email, orgId: org.id, userId: director.id });
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
