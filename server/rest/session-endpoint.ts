import "server-only";
import type { Database } from "@/db/client";
import type { Role } from "@/lib/domain/roles";
import { claimsFromToken, sessionTokenFromCookieHeader } from "@/server/auth/claims";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { bindRequestLog, logSecurityEvent, withRequestLog } from "@/server/log";
import { resolveSessionUser } from "@/server/services/auth/session-user";
import type { Scope } from "@/server/services/scope";
import { restError } from "./errors";

export type SessionRouteContext = { tenant: TenantDb; scope: Scope; request: Request };

/**
 * A route the app's own pages call with the signed-in person's session cookie (a download, which
 * tRPC cannot stream as a file): the roles it allows, the caller's scope from the session checked
 * in the database, and errors in the REST API's JSON shape. Only GET: it changes nothing, so the
 * same-origin rule of mutations does not apply.
 */
export function sessionEndpoint(options: { roles: readonly Role[] }, getDb: () => Database, handle: (context: SessionRouteContext) => Promise<Response>) {
  return (request: Request): Promise<Response> => withRequestLog(request, () => handleRequest(request));

  async function handleRequest(request: Request): Promise<Response> {
    const db = getDb();
    const claims = await claimsFromToken(sessionTokenFromCookieHeader(request.headers.get("cookie")));
    const user = claims ? await resolveSessionUser(db, claims) : null;
    const what = new URL(request.url).pathname;
    if (!user) {
      logSecurityEvent({ event: "request_refused", what, reason: "no_session", ip: clientIpFromHeaders(request.headers) });
      return restError(401, "unauthorized", "Sign in first");
    }
    bindRequestLog({ orgId: user.orgId, userId: user.id });
    if (!options.roles.includes(user.role)) {
      logSecurityEvent({ event: "request_refused", what, reason: `role ${user.role} not allowed`, userId: user.id, orgId: user.orgId });
      return restError(403, "forbidden", "Your role may not do this");
    }
    const scope: Scope = { orgId: user.orgId, userId: user.id, role: user.role, teamIds: user.teamIds, leadTeamIds: user.leadTeamIds, timeZone: user.timeZone };
    return handle({ tenant: tenantDb(db, user.orgId), scope, request });
  }
}
