import "server-only";
import { recordAudit } from "@/server/services/audit/record";
import { NotFoundError, PermissionError } from "@/server/services/errors";
import { removeFeedback } from "@/server/services/feedback/remove";
import type { Scope } from "@/server/services/scope";
import type { TenantDb } from "@/server/db/tenant-db";

/**
 * Removes one response for good (a customer's request to be forgotten, a test answer), with its
 * rollups, theme mentions and corrections, in one transaction. The audit entry says where and when
 * it was, never what the customer said or who they were: that is what was asked to go.
 */
export async function removeResponse(tenant: TenantDb, scope: Scope, input: { feedbackId: string }) {
  if (scope.role !== "director") throw new PermissionError("Only a director can remove a response");
  return tenant.transaction(async (tenantTx) => {
    const [removed] = await removeFeedback(tenantTx, [input.feedbackId]);
    if (!removed) throw new NotFoundError("Response");
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "response.removed",
      entityType: "response",
      entityId: removed.id,
      before: { touchPointId: removed.touchPointId, occurredAt: removed.occurredAt.toISOString(), importRunId: removed.importRunId },
    });
    return { id: removed.id };
  });
}
