import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { visibleStaffIds } from "@/server/services/dashboards/context";
import { NotFoundError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";

/**
 * Whose training the caller may read and manage: a director everyone's, a team lead the people
 * of the teams they lead (and their own), frontline staff only their own.
 */
export async function reachablePeople(tenant: TenantDb, scope: Scope): Promise<string[] | "all"> {
  const visible = await visibleStaffIds(tenant, scope);
  return visible === "all" ? "all" : [...new Set([...visible, scope.userId])];
}

export const reaches = (reach: string[] | "all", userId: string) => reach === "all" || reach.includes(userId);

/** A person the caller may read; anyone else, in this organisation or not, is "not found". */
export async function reachablePerson(tenant: TenantDb, scope: Scope, userId: string): Promise<{ id: string; name: string; email: string; active: boolean }> {
  const [person] = await tenant.selectFields({ id: users.id, name: users.name, email: users.email, active: users.active }, users, eq(users.id, userId));
  if (!person || !reaches(await reachablePeople(tenant, scope), userId)) throw new NotFoundError("Person");
  return person;
}
