import { getDb } from "@/db/client";
import { restEndpoint } from "@/server/rest/endpoint";
import { handleSingle } from "@/server/rest/feedback";
import { FEEDBACK_BODY_LIMIT } from "@/server/rest/openapi";

export const dynamic = "force-dynamic";

export const POST = restEndpoint({ scope: "feedback:write", maxBodyBytes: FEEDBACK_BODY_LIMIT }, getDb, ({ tenant, body }) => handleSingle(tenant, body));
