import "server-only";
import type { Database } from "@/db/client";
import { claimsFromToken, sessionTokenFromCookieHeader } from "@/server/auth/claims";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { bindRequestLog } from "@/server/log";
import { resolveSessionUser, type SessionUser } from "@/server/services/auth/session-user";

export type Context = {
  db: Database;
  session: SessionUser | null;
  ip: string | null;
};

/** Builds the context of one API request from its headers; the session is checked in the database. */
export async function createContext({ db, headers }: { db: Database; headers: Headers }): Promise<Context> {
  const claims = await claimsFromToken(sessionTokenFromCookieHeader(headers.get("cookie")));
  const session = claims ? await resolveSessionUser(db, claims) : null;
  if (session) bindRequestLog({ orgId: session.orgId, userId: session.id });
  return { db, session, ip: clientIpFromHeaders(headers) };
}
