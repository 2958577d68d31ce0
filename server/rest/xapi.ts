import "server-only";
import type { Database } from "@/db/client";
import { receiveStatements } from "@/server/services/training/xapi";
import { restEndpoint, type RestContext } from "./endpoint";
import { restError } from "./errors";
import { BATCH_BODY_LIMIT } from "./openapi";

/** The xAPI version this endpoint speaks, sent on every answer (xAPI Communication 3.3). */
export const XAPI_VERSION = "1.0.3";
const ACCEPTED_VERSION = /^1\.0(\.[0-3])?$/;

async function handleStatements({ tenant, apiKeyId, body, request }: RestContext): Promise<Response> {
  const version = request.headers.get("x-experience-api-version")?.trim();
  if (!version || !ACCEPTED_VERSION.test(version)) {
    return restError(400, "validation_failed", version ? `X-Experience-API-Version ${version} is not supported; send 1.0.3` : "Send the header X-Experience-API-Version: 1.0.3");
  }
  const outcome = await receiveStatements(tenant, apiKeyId, body);
  if (!outcome.ok) {
    return restError(outcome.status, outcome.status === 409 ? "conflict" : "validation_failed", outcome.message, { details: outcome.issues });
  }
  // The specification's answer: the array of statement ids, in the order sent.
  return Response.json(outcome.ids, { status: 200 });
}

/** POST /api/v1/xapi/statements: every answer, errors included, carries the xAPI version header. */
export function xapiStatementsEndpoint(getDb: () => Database) {
  const endpoint = restEndpoint({ scope: "training:write", maxBodyBytes: BATCH_BODY_LIMIT }, getDb, handleStatements);
  return async (request: Request): Promise<Response> => {
    const response = await endpoint(request);
    const headers = new Headers(response.headers);
    headers.set("X-Experience-API-Version", XAPI_VERSION);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
