import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import { feedback } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { PermissionError } from "@/server/services/errors";
import { visibleFeedback } from "@/server/services/responses/visibility";
import type { Scope } from "@/server/services/scope";

/**
 * The condition for one response a caller may correct: one they can read on a responses list
 * (a director any in the organisation, a team lead those at their teams' touch points or about
 * their people). Frontline staff correct nothing. Anything else is simply "not found".
 */
export async function correctableResponse(tenant: TenantDb, scope: Scope, feedbackId: string): Promise<SQL> {
  if (scope.role !== "director" && scope.role !== "team_lead") throw new PermissionError("Only team leads and directors correct responses");
  const visible = await visibleFeedback(tenant, scope);
  return and(eq(feedback.id, feedbackId), visible.where)!;
}
