import { getDb } from "@/db/client";
import { handleResponsesExport } from "@/server/rest/responses-export";
import { sessionEndpoint } from "@/server/rest/session-endpoint";

export const dynamic = "force-dynamic";

// Every role: each gets only the responses it may read (server/services/responses/visibility.ts).
export const GET = sessionEndpoint({ roles: ["director", "team_lead", "frontline"] }, getDb, handleResponsesExport);
