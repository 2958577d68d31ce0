import { getDb } from "@/db/client";
import { restEndpoint } from "@/server/rest/endpoint";
import { handleBatch } from "@/server/rest/feedback";
import { BATCH_BODY_LIMIT } from "@/server/rest/openapi";

export const dynamic = "force-dynamic";

export const POST = restEndpoint({ scope: "feedback:write", maxBodyBytes: BATCH_BODY_LIMIT }, getDb, ({ tenant, body }) => handleBatch(tenant, body));
