import { and, inArray, isNotNull } from "drizzle-orm";
import { observations } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { IngestResult } from "@/server/services/feedback/ingest";
import { decideByIdempotencyKey } from "@/server/services/feedback/idempotency";
import type { ObservationItemInput } from "./schemas";

/** Stores observations with the same idempotency rules as feedback; results in item order. */
export async function ingestObservations(tenant: TenantDb, items: ObservationItemInput[], source: "api" | "import"): Promise<IngestResult[]> {
  if (items.length === 0) return [];
  return tenant.transaction(async (tenantTx) => {
    const keys = items.flatMap((item) => (item.idempotencyKey ? [item.idempotencyKey] : []));
    const existing = keys.length
      ? await tenantTx.selectFields(
          { id: observations.id, key: observations.idempotencyKey, bodyHash: observations.bodyHash },
          observations,
          and(isNotNull(observations.idempotencyKey), inArray(observations.idempotencyKey, keys)),
        )
      : [];
    const results: IngestResult[] = [];
    const rows: Omit<typeof observations.$inferInsert, "orgId">[] = [];
    for (const decision of decideByIdempotencyKey(items, existing)) {
      if (decision.kind === "duplicate") results.push({ status: "duplicate", id: decision.id });
      else if (decision.kind === "conflict") results.push({ status: "conflict", id: decision.id, reason: decision.reason });
      else {
        const { item, id, bodyHash } = decision;
        rows.push({
          id,
          touchPointId: item.touchPointId,
          kpiId: item.kpiId ?? null,
          staffId: item.staffId ?? null,
          metric: item.metric,
          value: item.value,
          observedAt: new Date(item.observedAt),
          source,
          idempotencyKey: item.idempotencyKey ?? null,
          bodyHash,
        });
        results.push({ status: "stored", id });
      }
    }
    for (let start = 0; start < rows.length; start += 2000) await tenantTx.insert(observations, rows.slice(start, start + 2000));
    return results;
  });
}
