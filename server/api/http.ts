import "server-only";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Database } from "@/db/client";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { CROSS_SITE_MESSAGE, isSameOriginRequest } from "@/server/auth/same-origin";
import { IMPORT_CHUNK_MAX_BYTES } from "@/lib/import/run-import";
import { MIB, readLimitedBody, requestInitWithBody, sizeInWords, TOO_LARGE_HEADERS } from "@/server/http/body-limit";
import { logSecurityEvent, withRequestLog } from "@/server/log";
import { TooManyRequestsError } from "@/server/services/errors";
import { createContext } from "./context";
import { appRouter } from "./root";

export const TRPC_ENDPOINT = "/api/trpc";
/** Procedures in one batched call. The busiest page asks for about 20; the client splits at 40 (trpc-provider.tsx). */
export const TRPC_MAX_BATCH = 40;
/** The body of a call: far above any form's (the largest, a saved import mapping, is at most some 300 KiB). */
export const TRPC_BODY_LIMIT = 2 * MIB;
/**
 * The body of a call that carries an import chunk. The page sends at most IMPORT_CHUNK_MAX_BYTES
 * of rows in one (lib/import/run-import.ts), however long the file's comments; twice that leaves
 * room for the rest of the call.
 */
export const IMPORT_CHUNK_BODY_LIMIT = 2 * IMPORT_CHUNK_MAX_BYTES;
const IMPORT_CHUNK_PROCEDURE = "imports.chunk";

const CODES: Record<number, string> = { 403: "FORBIDDEN", 413: "PAYLOAD_TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE" };

function refuse(status: 403 | 413 | 415, message: string, request: Request, reason: string): Response {
  logSecurityEvent({ event: "request_refused", what: new URL(request.url).pathname, reason, ip: clientIpFromHeaders(request.headers) });
  return Response.json({ error: { code: CODES[status], message } }, { status, headers: status === 413 ? TOO_LARGE_HEADERS : undefined });
}

/** The procedures a call names in its path (`/api/trpc/a.b,c.d`). */
function proceduresOf(request: Request): string[] {
  const path = new URL(request.url).pathname.slice(TRPC_ENDPOINT.length + 1);
  try {
    return decodeURIComponent(path).split(",");
  } catch {
    return [path];
  }
}

/**
 * The body of a mutation, read to its limit (2 MiB; 8 MiB for an import chunk) before tRPC sees
 * it: tRPC's adapter would read any body whole. A refusal says so in words (lib/trpc/errors.ts
 * shows it on the page).
 */
async function withLimitedBody(request: Request): Promise<Request | Response> {
  if (request.method !== "POST") return request;
  const limit = proceduresOf(request).includes(IMPORT_CHUNK_PROCEDURE) ? IMPORT_CHUNK_BODY_LIMIT : TRPC_BODY_LIMIT;
  const body = await readLimitedBody(request, limit);
  if (!body) {
    return refuse(413, `This request is larger than the ${sizeInWords(limit)} the server takes at once. Send less at a time and try again.`, request, `body over ${limit} bytes`);
  }
  return new Request(request.url, requestInitWithBody(request, body));
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
  return (request: Request): Promise<Response> =>
    withRequestLog(request, async () => {
      const refused = guardMutationRequest(request);
      if (refused) return refused;
      const limited = await withLimitedBody(request);
      if (limited instanceof Response) return limited;
      return fetchRequestHandler({
        endpoint: TRPC_ENDPOINT,
        req: limited,
        router: appRouter,
        createContext: () => createContext({ db: getDb(), headers: limited.headers }),
        responseMeta: ({ errors }) => retryAfter(errors),
        maxBatchSize: TRPC_MAX_BATCH,
      });
    });
}

/** A 429 says when to try again (the longest wait among a batch's refusals), as RFC 9110 asks. */
function retryAfter(errors: { cause?: unknown }[]): { headers?: Headers } {
  const waits = errors.flatMap((error) => (error.cause instanceof TooManyRequestsError ? [error.cause.retryAfterSeconds] : []));
  return waits.length ? { headers: new Headers({ "Retry-After": String(Math.max(...waits)) }) } : {};
}
