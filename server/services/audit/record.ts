import "server-only";
import { auditLog } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends to the audit log; nothing ever updates or deletes an entry. */
export async function recordAudit(tenant: TenantDb, entry: AuditEntry): Promise<void> {
  await tenant.insert(auditLog, {
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
