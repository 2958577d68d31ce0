import "server-only";
import { eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { feedback, teamMembers, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";

/**
 * Which feedback a caller may read: a director all of it; a team lead what was said at the
 * touch points their teams own or about the people in their teams; frontline staff only what
 * was said about themselves. Returns the condition and the touch point and staff ids it allows.
 */
export async function visibleFeedback(tenant: TenantDb, scope: Scope): Promise<{ where: SQL | undefined; touchPointIds: string[] | "all"; staffIds: string[] | "all" }> {
  if (scope.role === "director") return { where: undefined, touchPointIds: "all", staffIds: "all" };
  if (scope.role === "frontline") return { where: eq(feedback.staffId, scope.userId), touchPointIds: "all", staffIds: [scope.userId] };

  const teamIds = scope.leadTeamIds;
  if (teamIds.length === 0) return { where: sql`false`, touchPointIds: [], staffIds: [] };
  const owned = await tenant.selectFields({ id: touchPoints.id }, touchPoints, inArray(touchPoints.ownerTeamId, teamIds));
  const members = await tenant.selectFields({ userId: teamMembers.userId }, teamMembers, inArray(teamMembers.teamId, teamIds));
  const touchPointIds = owned.map((row) => row.id);
  const staffIds = [...new Set(members.map((row) => row.userId))];
  const conditions: SQL[] = [];
  if (touchPointIds.length) conditions.push(inArray(feedback.touchPointId, touchPointIds));
  if (staffIds.length) conditions.push(inArray(feedback.staffId, staffIds));
  return { where: conditions.length ? or(...conditions) : sql`false`, touchPointIds, staffIds };
}
