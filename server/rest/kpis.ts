import "server-only";
import { todayIn } from "@/lib/day-in";
import type { TenantDb } from "@/server/db/tenant-db";
import { kpiSummary } from "@/server/services/metrics/summary";
import { summaryQuerySchema } from "@/server/services/metrics/summary-schema";
import { restError } from "./errors";

/** GET /kpis/summary: the query string checked by the same schema the OpenAPI document shows. */
export async function handleKpiSummary(tenant: TenantDb, request: Request, today = new Date()): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const repeated = [...new Set([...params.keys()].filter((key) => params.getAll(key).length > 1))];
  if (repeated.length > 0) {
    return restError(422, "validation_failed", `Give ${repeated[0]} once`, {
      details: repeated.map((key) => ({ path: key, reason: `Give ${key} once` })),
    });
  }
  // Days are the organisation's: today is today in its zone.
  const timeZone = (await tenant.organization())?.timeZone ?? "UTC";
  const parsed = summaryQuerySchema(todayIn(timeZone, today)).safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    return restError(422, "validation_failed", parsed.error.issues[0]?.message ?? "The query is not valid", {
      details: parsed.error.issues.map((issue) => ({
        path: issue.path.length ? issue.path.join(".") : "(query)",
        reason: issue.message,
      })),
    });
  }
  return Response.json(await kpiSummary(tenant, parsed.data));
}
