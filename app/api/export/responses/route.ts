import { getDb } from "@/db/client";
import { handleResponsesExport } from "@/server/rest/responses-export";
import { sessionEndpoint } from "@/server/rest/session-endpoint";
import { ROLES } from "@/lib/domain/roles";

export const dynamic = "force-dynamic";

// Every role: each gets only the responses it may read (server/services/responses/visibility.ts).
export const GET = sessionEndpoint({ roles: ROLES }, getDb, handleResponsesExport);
