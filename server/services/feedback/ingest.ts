import { and, inArray, isNotNull } from "drizzle-orm";
import { feedback } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { decideByIdempotencyKey } from "./idempotency";
import { addToRollups } from "./rollup-upsert";

export type FeedbackItem = {
  touchPointId: string;
  channel: (typeof feedback.$inferInsert)["channel"];
  staffId?: string | null;
  customerRef?: string | null;
  segment?: Record<string, string>;
  npsScore?: number | null;
  csatScore?: number | null;
  cesScore?: number | null;
  rating?: number | null;
  comment?: string | null;
  occurredAt: Date;
  idempotencyKey?: string | null;
};

export type TextAnalysis = { sentiment: number | null; sentimentLabel: "positive" | "neutral" | "negative" | null; themes: string[] };
export type TextAnalyser = (comment: string) => TextAnalysis;
const noAnalysis: TextAnalyser = () => ({ sentiment: null, sentimentLabel: null, themes: [] });

export type IngestResult =
  | { status: "stored"; id: string }
  | { status: "duplicate"; id: string }
  | { status: "conflict"; id: string; reason: string };

/**
 * Stores feedback and brings the daily rollups up to date in the same transaction. An item whose
 * idempotency key was seen with the same body is a duplicate (nothing new is stored); with a
 * different body it is a conflict. Results come back in the order of the items.
 */
export async function ingestFeedback(
  tenant: TenantDb,
  items: FeedbackItem[],
  options: { source: (typeof feedback.$inferInsert)["source"]; analyse?: TextAnalyser },
): Promise<IngestResult[]> {
  if (items.length === 0) return [];
  const analyse = options.analyse ?? noAnalysis;
  return tenant.transaction(async (tenantTx) => {
    const keyed = items.filter((item) => item.idempotencyKey);
    const existing = keyed.length
      ? await tenantTx.selectFields(
          { id: feedback.id, key: feedback.idempotencyKey, bodyHash: feedback.bodyHash },
          feedback,
          and(isNotNull(feedback.idempotencyKey), inArray(feedback.idempotencyKey, keyed.map((item) => item.idempotencyKey!))),
        )
      : [];
    const results: IngestResult[] = [];
    const rows: (Omit<typeof feedback.$inferInsert, "orgId"> & { id: string })[] = [];
    for (const decision of decideByIdempotencyKey(items, existing)) {
      if (decision.kind !== "new") {
        results.push(decision.kind === "duplicate" ? { status: "duplicate", id: decision.id } : { status: "conflict", id: decision.id, reason: decision.reason });
        continue;
      }
      const { item, id, bodyHash } = decision;
      const text = item.comment?.trim() ? analyse(item.comment) : noAnalysis("");
      const row = {
        id,
        touchPointId: item.touchPointId,
        channel: item.channel,
        staffId: item.staffId ?? null,
        customerRef: item.customerRef ?? null,
        segment: { ...item.segment },
        npsScore: item.npsScore ?? null,
        csatScore: item.csatScore ?? null,
        cesScore: item.cesScore ?? null,
        rating: item.rating ?? null,
        comment: item.comment ?? null,
        // The column is a 4-byte real: round here so the rollup adds exactly what is stored.
        sentiment: text.sentiment === null ? null : Math.fround(text.sentiment),
        sentimentLabel: text.sentimentLabel,
        themes: text.themes,
        source: options.source,
        idempotencyKey: item.idempotencyKey ?? null,
        bodyHash,
        occurredAt: item.occurredAt,
      };
      rows.push(row);
      results.push({ status: "stored", id });
    }
    // Under the 65,535-parameter cap: about 20 columns a row.
    for (let start = 0; start < rows.length; start += 1000) await tenantTx.insert(feedback, rows.slice(start, start + 1000));
    await addToRollups(tenantTx, rows);
    return results;
  });
}
