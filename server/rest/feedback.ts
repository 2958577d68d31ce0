import "server-only";
import type { TenantDb } from "@/server/db/tenant-db";
import { ingestFeedback } from "@/server/services/feedback/ingest";
import { feedbackItemSchema } from "@/lib/schemas/feedback";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { processBatch } from "@/server/services/feedback/process-batch";
import { respondToBatch } from "./batch";
import { restError } from "./errors";

const ingestFeedbackItems = (tenant: TenantDb) => async (rawItems: unknown[]) => {
  const analyse = await analyserForOrg(tenant);
  return processBatch(tenant, rawItems, feedbackItemSchema, (into, items) =>
    ingestFeedback(into, items.map((item) => ({ ...item, occurredAt: new Date(item.occurredAt) })), { source: "api", analyse }),
  );
};

export const handleBatch = (tenant: TenantDb, body: unknown) => respondToBatch(body, ingestFeedbackItems(tenant));

export async function handleSingle(tenant: TenantDb, body: unknown): Promise<Response> {
  const outcome = await ingestFeedbackItems(tenant)([body]);
  const [result] = outcome.results;
  if (result) return Response.json(result, { status: result.status === "stored" ? 201 : 200 });
  const conflict = outcome.rejected.find((r) => r.code === "conflict");
  if (conflict) return restError(409, "conflict", conflict.reason, { details: outcome.rejected });
  return restError(422, "validation_failed", "The item is not valid", { details: outcome.rejected });
}
