import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { touchPoints } from "@/db/schema";
import { todayIn } from "@/lib/day-in";
import { safeFileName } from "@/lib/export/csv";
import { responsesCsv } from "@/server/services/responses/export";
import { FROM_AFTER_TO, fromNotAfterTo, responseFiltersSchema } from "@/server/services/responses/filters";
import { restError } from "./errors";
import type { SessionRouteContext } from "./session-endpoint";

const querySchema = responseFiltersSchema
  .extend({ withComment: z.enum(["true", "false"]).transform((value) => value === "true").optional() })
  .strict()
  .refine(fromNotAfterTo, FROM_AFTER_TO);

/** GET /api/export/responses?<the Responses page's filters>: every matching response as one CSV file, streamed. */
export async function handleResponsesExport({ tenant, scope, request }: SessionRouteContext): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "query";
    const value = field in params ? ` (got "${params[field]}")` : "";
    return restError(400, "validation_failed", `${field}: ${issue.message}${value}`, { details: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
  }
  // Another organisation's touch point is "not found", as everywhere else, not an empty file.
  if (parsed.data.touchPointId) {
    const [point] = await tenant.selectFields({ id: touchPoints.id }, touchPoints, eq(touchPoints.id, parsed.data.touchPointId));
    if (!point) return restError(404, "not_found", "Touch point was not found");
  }
  const pieces = responsesCsv(tenant, scope, parsed.data);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  const day = todayIn(scope.timeZone ?? "UTC");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safeFileName(`responses ${day}`, "csv")}"`,
      "Cache-Control": "no-store",
    },
  });
}
