import "server-only";
import type { feedback } from "@/db/schema";
import type { TenantTx } from "@/server/db/tenant-db";
import { openCasesForResponses } from "@/server/services/cases/open-from-responses";
import { recogniseFromResponses } from "@/server/services/recognitions/from-responses";
import { emitWebhookEvent } from "@/server/services/webhooks/emit";

/** A response as ingest stored it: what case rules, kudos and the "feedback received" event look at. */
export type StoredResponse = {
  id: string;
  touchPointId: string;
  channel: (typeof feedback.$inferInsert)["channel"];
  staffId?: string | null;
  customerRef?: string | null;
  segment?: Record<string, string>;
  npsScore?: number | null;
  csatScore?: number | null;
  cesScore?: number | null;
  /** On the touch point's rating scale. */
  rating?: number | null;
  comment?: string | null;
  sentiment?: number | null;
  sentimentLabel?: (typeof feedback.$inferInsert)["sentimentLabel"];
  themes: string[];
  occurredAt: Date;
};

/**
 * Closes the loop on newly stored responses, in the ingest's transaction (every source: API,
 * import, survey): case rules open cases, positive answers naming a staff member become kudos, and
 * subscribed webhooks get "feedback.received". Each step keys on the response id, so a response
 * stored once is handled once.
 */
export async function afterIngest(tx: TenantTx, stored: StoredResponse[]): Promise<void> {
  if (stored.length === 0) return;
  await openCasesForResponses(tx, stored);
  await recogniseFromResponses(tx, stored);
  await emitWebhookEvent(
    tx,
    "feedback.received",
    stored.map((r) => ({
      id: r.id,
      touchPointId: r.touchPointId,
      channel: r.channel,
      staffId: r.staffId ?? null,
      npsScore: r.npsScore ?? null,
      csatScore: r.csatScore ?? null,
      cesScore: r.cesScore ?? null,
      rating: r.rating ?? null,
      comment: r.comment ?? null,
      sentimentLabel: r.sentimentLabel ?? null,
      themes: r.themes,
      occurredAt: r.occurredAt.toISOString(),
    })),
  );
}
