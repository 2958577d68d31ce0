import { getDb } from "@/db/client";
import { restEndpoint } from "@/server/rest/endpoint";
import { handleKpiSummary } from "@/server/rest/kpis";

export const dynamic = "force-dynamic";

export const GET = restEndpoint({ scope: "kpis:read" }, getDb, ({ tenant, request }) => handleKpiSummary(tenant, request));
