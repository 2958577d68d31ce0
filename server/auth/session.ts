import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import type { Role } from "@/lib/domain/roles";
import { resolveSessionUser, type SessionUser } from "@/server/services/auth/session-user";
import { claimsFromToken, SESSION_COOKIE_NAMES, sessionTokenFromCookieHeader } from "./claims";
import { REQUEST_PATH_HEADER } from "./request-path";
import { safeCallbackPath } from "@/lib/safe-redirect";

/**
 * The signed-in user for a server component or route, checked against the database once per
 * request (the layout, the page and its prefetched queries all ask).
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const header = jar
    .getAll()
    .filter((c) => SESSION_COOKIE_NAMES.some((name) => c.name === name || c.name.startsWith(`${name}.`)))
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
    .join("; ");
  const claims = await claimsFromToken(sessionTokenFromCookieHeader(header || null));
  return claims ? resolveSessionUser(getDb(), claims) : null;
});

/** For pages: the user, or a redirect to sign-in (or home, when the role may not see the page). */
export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    const wanted = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
    redirect(wanted === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(wanted)}`);
  }
  if (roles && !roles.includes(user.role)) redirect("/?denied=1");
  return user;
}
