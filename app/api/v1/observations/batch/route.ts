import { getDb } from "@/db/client";
import { restEndpoint } from "@/server/rest/endpoint";
import { handleObservationBatch } from "@/server/rest/observations";
import { BATCH_BODY_LIMIT } from "@/server/rest/openapi";

export const dynamic = "force-dynamic";

export const POST = restEndpoint({ scope: "observations:write", maxBodyBytes: BATCH_BODY_LIMIT }, getDb, ({ tenant, body }) =>
  handleObservationBatch(tenant, body),
);
