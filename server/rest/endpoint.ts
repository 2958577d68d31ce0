import "server-only";
import type { Database } from "@/db/client";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { bindRequestLog, logger, logSecurityEvent, withRequestLog } from "@/server/log";
import type { ApiKeyScope } from "@/lib/domain/api-keys";
import { verifyApiKey } from "@/server/services/api-keys/keys";
import { ConflictError, NotFoundError, ServiceError, ValidationError } from "@/server/services/errors";
import { KIB, readLimitedBody, sizeInWords, TOO_LARGE_HEADERS } from "@/server/http/body-limit";
import { restError } from "./errors";
import { takeRequest } from "./rate-limit";

export type RestContext = { tenant: TenantDb; orgId: string; apiKeyId: string; body: unknown; request: Request };

function presentedKey(request: Request): string | null {
  const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? request.headers.get("x-api-key");
}

/**
 * One REST endpoint: API key (Authorization: Bearer, or X-Api-Key) with the scope it needs,
 * per-key rate limit, body size limit and JSON parsing, and errors in the API's one JSON shape.
 */
export function restEndpoint(
  options: { scope: ApiKeyScope; maxBodyBytes?: number },
  getDb: () => Database,
  handle: (context: RestContext) => Promise<Response>,
) {
  return (request: Request): Promise<Response> => withRequestLog(request, () => handleRequest(request));

  async function handleRequest(request: Request): Promise<Response> {
    const db = getDb();
    const key = presentedKey(request);
    const verified = key ? await verifyApiKey(db, key) : null;
    if (!verified) {
      logSecurityEvent({ event: "request_refused", what: new URL(request.url).pathname, reason: key ? "bad_api_key" : "no_api_key", ip: clientIpFromHeaders(request.headers) });
      return restError(401, "unauthorized", "Send a valid API key as 'Authorization: Bearer <key>'");
    }
    bindRequestLog({ orgId: verified.orgId, apiKeyId: verified.apiKeyId });
    if (!verified.scopes.includes(options.scope)) {
      logSecurityEvent({ event: "request_refused", what: new URL(request.url).pathname, reason: `missing scope ${options.scope}`, orgId: verified.orgId });
      return restError(403, "forbidden", `This API key lacks the ${options.scope} scope`);
    }
    const rate = await takeRequest(db, verified);
    if (!rate.allowed) {
      return restError(429, "rate_limited", `Too many requests for this key; retry in ${rate.retryAfterSeconds} s`, {
        headers: { "Retry-After": String(rate.retryAfterSeconds) },
      });
    }

    let body: unknown = null;
    if (request.method === "POST") {
      const limit = options.maxBodyBytes ?? DEFAULT_BODY_LIMIT;
      const bytes = await readLimitedBody(request, limit);
      if (!bytes) return tooLarge(limit);
      try {
        body = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        return restError(400, "invalid_json", "The body is not valid JSON");
      }
    }

    try {
      return await handle({ tenant: tenantDb(db, verified.orgId), orgId: verified.orgId, apiKeyId: verified.apiKeyId, body, request });
    } catch (error) {
      if (error instanceof NotFoundError) return restError(404, "not_found", error.message);
      if (error instanceof ConflictError) return restError(409, "conflict", error.message);
      if (error instanceof ValidationError) return restError(422, "validation_failed", error.message);
      if (error instanceof ServiceError) return restError(400, "validation_failed", error.message);
      logger.error({ err: error }, "internal error");
      return restError(500, "internal", "Something went wrong on our side. Please try again.");
    }
  }
}

const DEFAULT_BODY_LIMIT = 64 * KIB;

const tooLarge = (limit: number) =>
  restError(413, "payload_too_large", `The body is larger than ${sizeInWords(limit)}; send fewer items per request`, { headers: TOO_LARGE_HEADERS });
