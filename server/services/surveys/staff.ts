import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { teamMembers, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";

/** "Ethan Brooks" -> "Ethan B.": enough for a customer to recognise, little for anyone else. */
export function publicStaffName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return parts[0] ?? "";
  return `${parts[0]} ${[...parts.at(-1)!][0]!.toUpperCase()}.`;
}

/** Active members of the touch point's owning team: the people a customer may name. */
export async function staffOfTeam(tenant: TenantDb, teamId: string | null) {
  if (!teamId) return [];
  const rows = await tenant
    .selectFields({ id: users.id, name: users.name }, teamMembers, eq(teamMembers.teamId, teamId))
    .innerJoin(users, tenant.joinOn(users, and(eq(users.id, teamMembers.userId), eq(users.active, true))!))
    .orderBy(asc(users.name));
  return rows.map((row) => ({ id: row.id, label: publicStaffName(row.name) }));
}
