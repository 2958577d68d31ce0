import "server-only";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Database } from "@/db/client";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { CROSS_SITE_MESSAGE, isSameOriginRequest } from "@/server/auth/same-origin";
import { logSecurityEvent } from "@/server/log";
import { TooManyRequestsError } from "@/server/services/errors";
import { createContext } from "./context";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/api/trpc";
/** Procedures in one batched call. The busiest page asks for about 20; the client splits at 40 (trpc-provider.tsx). */
export const TRPC_MAX_BATCH = 40;

function refuse(status: number, message: string, request: Request, reason: string): Response {
  logSecurityEvent({ event: "request_refused", what: new URL(request.url).pathname, reason, ip: clientIpFromHeaders(request.headers) });
  return Response.json({ error: { code: status === 415 ? "UNSUPPORTED_MEDIA_TYPE" : "FORBIDDEN", message } }, { status });
}

/**
 * Mutations are accepted only as JSON from this site: a cross-site HTML form can send
 * form-encoded or multipart bodies without a preflight, never `application/json`; and a page of
 * another site names itself in Origin (server/auth/same-origin.ts).
 */
export function guardMutationRequest(request: Request): Response | null {
  if (request.method !== "POST") return null;
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") return refuse(415, "Send requests as application/json", request, `content-type ${type || "none"}`);
  if (!isSameOriginRequest(request.headers)) {
    return refuse(403, CROSS_SITE_MESSAGE, request, `origin ${request.headers.get("origin")} for host ${request.headers.get("host")}`);
  }
  return null;
}

export function createTrpcHandler(getDb: () => Database) {
  return async (request: Request): Promise<Response> => {
    const refused = guardMutationRequest(request);
    if (refused) return refused;
    return fetchRequestHandler({
      endpoint: TRPC_ENDPOINT,
      req: request,
      router: appRouter,
      createContext: () => createContext({ db: getDb(), headers: request.headers }),
      responseMeta: ({ errors }) => retryAfter(errors),
      maxBatchSize: TRPC_MAX_BATCH,
    });
  };
}

/** A 429 says when to try again (the longest wait among a batch's refusals), as RFC 9110 asks. */
function retryAfter(errors: { cause?: unknown }[]): { headers?: Headers } {
  const waits = errors.flatMap((error) => (error.cause instanceof TooManyRequestsError ? [error.cause.retryAfterSeconds] : []));
  return waits.length ? { headers: new Headers({ "Retry-After": String(Math.max(...waits)) }) } : {};
}
