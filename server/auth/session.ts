import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import type { Role } from "@/db/schema";
import { resolveSessionUser, type SessionUser } from "@/server/services/auth/session-user";
import { claimsFromToken, SESSION_COOKIE_NAMES, sessionTokenFromCookieHeader } from "./claims";

/** The signed-in user for a server component or route, checked against the database. */
export async function currentUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  const header = jar
    .getAll()
    .filter((c) => SESSION_COOKIE_NAMES.some((name) => c.name === name || c.name.startsWith(`${name}.`)))
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
    .join("; ");
  const claims = await claimsFromToken(sessionTokenFromCookieHeader(header || null));
  return claims ? resolveSessionUser(getDb(), claims) : null;
}

/** For pages: the user, or a redirect to sign-in (or home, when the role may not see the page). */
export async function requireUser(roles?: Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (roles && !roles.includes(user.role)) redirect("/?denied=1");
  return user;
}
