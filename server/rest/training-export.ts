import "server-only";
import { z } from "zod";
import { todayIn } from "@/lib/day-in";
import { safeFileName, toCsv } from "@/lib/export/csv";
import { idSchema } from "@/lib/schemas/common";
import { NotFoundError } from "@/server/services/errors";
import { HISTORY_CSV_HEADERS, historyCsvRows, trainingHistory } from "@/server/services/training/history";
import { restError } from "./errors";
import type { SessionRouteContext } from "./session-endpoint";

const querySchema = z.object({ userId: idSchema("userId").optional() }).strict();

/**
 * GET /api/export/training[?userId=]: a person's training record (the caller's own without
 * userId) as one CSV file. Readable by whoever may read the record on their profile.
 */
export async function handleTrainingExport({ tenant, scope, request }: SessionRouteContext): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "query";
    const value = field in params ? ` (got "${params[field]}")` : "";
    return restError(400, "validation_failed", `${field}: ${issue.message}${value}`);
  }
  let history: Awaited<ReturnType<typeof trainingHistory>>;
  try {
    history = await trainingHistory(tenant, scope, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) return restError(404, "not_found", error.message);
    throw error;
  }
  const day = todayIn(scope.timeZone ?? "UTC");
  return new Response(toCsv(HISTORY_CSV_HEADERS, historyCsvRows(history)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safeFileName(`training ${history.person.name} ${day}`, "csv")}"`,
      "Cache-Control": "no-store",
    },
  });
}
