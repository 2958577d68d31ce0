import "server-only";
import { auditLog } from "@/db/schema";
import type { TenantTx } from "@/server/db/tenant-db";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends to the audit log; nothing ever updates or deletes an entry. Takes only a transaction
 * handle, so the entry commits or rolls back with the change it describes: a crash between the
 * two cannot leave a change without its entry.
 */
export async function recordAudit(tenantTx: TenantTx, entry: AuditEntry): Promise<void> {
  await tenantTx.insert(auditLog, {
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
