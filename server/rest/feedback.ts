import { inArray } from "drizzle-orm";
import { z } from "zod";
import { touchPoints, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type IngestResult } from "@/server/services/feedback/ingest";
import { feedbackItemSchema, MAX_BATCH, type FeedbackItemInput } from "@/server/services/feedback/schemas";
import { analyseComment } from "@/server/services/text/analyse";
import { issuesOf, restError, type ItemIssue } from "./errors";

export type BatchOutcome = {
  stored: number;
  duplicates: number;
  rejected: ItemIssue[];
  results: ({ index: number } & IngestResult)[];
};

/**
 * Validates each item on its own, checks that its touch point and staff member belong to the
 * organisation, stores the valid ones and reports every other one by index: a batch never loses
 * its valid part.
 */
export async function ingestBatch(tenant: TenantDb, rawItems: unknown[]): Promise<BatchOutcome> {
  const rejected: ItemIssue[] = [];
  const valid: { index: number; item: FeedbackItemInput }[] = [];
  rawItems.forEach((raw, index) => {
    const parsed = feedbackItemSchema.safeParse(raw);
    if (parsed.success) valid.push({ index, item: parsed.data });
    else rejected.push(...issuesOf(index, parsed.error));
  });

  const pointIds = [...new Set(valid.map((v) => v.item.touchPointId))];
  const staffIds = [...new Set(valid.flatMap((v) => (v.item.staffId ? [v.item.staffId] : [])))];
  const knownPoints = new Set(
    pointIds.length ? (await tenant.selectFields({ id: touchPoints.id }, touchPoints, inArray(touchPoints.id, pointIds))).map((r) => r.id) : [],
  );
  const knownStaff = new Set(staffIds.length ? (await tenant.selectFields({ id: users.id }, users, inArray(users.id, staffIds))).map((r) => r.id) : []);
  const accepted = valid.filter(({ index, item }) => {
    if (!knownPoints.has(item.touchPointId)) {
      rejected.push({ index, path: "touchPointId", reason: "No such touch point in your organisation", code: "not_found" });
      return false;
    }
    if (item.staffId && !knownStaff.has(item.staffId)) {
      rejected.push({ index, path: "staffId", reason: "No such staff member in your organisation", code: "not_found" });
      return false;
    }
    return true;
  });

  const outcomes = await ingestFeedback(
    tenant,
    accepted.map(({ item }) => ({ ...item, occurredAt: new Date(item.occurredAt) })),
    { source: "api", analyse: analyseComment },
  );
  const results = outcomes.map((outcome, i) => ({ index: accepted[i]!.index, ...outcome }));
  for (const result of results) {
    if (result.status === "conflict") rejected.push({ index: result.index, path: "idempotencyKey", reason: result.reason, code: "conflict" });
  }
  rejected.sort((a, b) => a.index - b.index);
  return {
    stored: results.filter((r) => r.status === "stored").length,
    duplicates: results.filter((r) => r.status === "duplicate").length,
    rejected,
    results: results.filter((r) => r.status !== "conflict"),
  };
}

export const batchBodySchema = z.object({
  items: z.array(z.unknown()).min(1, "Send at least one item").max(MAX_BATCH, `Send at most ${MAX_BATCH} items per batch`),
});

export async function handleBatch(tenant: TenantDb, body: unknown): Promise<Response> {
  const parsed = batchBodySchema.safeParse(body);
  if (!parsed.success) {
    return restError(422, "validation_failed", parsed.error.issues[0]?.message ?? "Send { items: [...] }", {
      details: parsed.error.issues.map((i) => ({ path: i.path.join("."), reason: i.message })),
    });
  }
  const outcome = await ingestBatch(tenant, parsed.data.items);
  return Response.json(outcome, { status: outcome.rejected.length && !outcome.results.length ? 422 : 200 });
}

export async function handleSingle(tenant: TenantDb, body: unknown): Promise<Response> {
  const outcome = await ingestBatch(tenant, [body]);
  const [result] = outcome.results;
  if (result) return Response.json(result, { status: result.status === "stored" ? 201 : 200 });
  const conflict = outcome.rejected.find((r) => r.code === "conflict");
  if (conflict) return restError(409, "conflict", conflict.reason, { details: outcome.rejected });
  return restError(422, "validation_failed", "The item is not valid", { details: outcome.rejected });
}
