import "server-only";
import { count, eq } from "drizzle-orm";
import { teams, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import { recordAudit } from "@/server/services/audit/record";
import { NotFoundError } from "@/server/services/errors";

export async function getOrganization(tenant: TenantDb) {
  const org = await organizationRow(tenant);
  const [userCount] = await tenant.selectFields({ n: count() }, users, eq(users.active, true));
  const [teamCount] = await tenant.selectFields({ n: count() }, teams);
  return { id: org.id, name: org.name, userCount: userCount?.n ?? 0, teamCount: teamCount?.n ?? 0 };
}

export async function renameOrganization(tenant: TenantDb, scope: Scope, input: { name: string }) {
  const before = await organizationRow(tenant);
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.updateOrganization({ name: input.name });
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "organization.renamed",
      entityType: "organization",
      entityId: tenantTx.orgId,
      before: { name: before.name },
      after: { name: input.name },
    });
  });
  return getOrganization(tenant);
}

async function organizationRow(tenant: TenantDb) {
  const org = await tenant.organization();
  if (!org) throw new NotFoundError("Organisation");
  return org;
}
