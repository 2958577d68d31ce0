import "server-only";
import { and, arrayContains, eq } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { WebhookEventType } from "@/lib/domain/webhooks";
import type { TenantTx } from "@/server/db/tenant-db";

/**
 * Queues an event for every enabled endpoint subscribed to its type, in the transaction of the
 * change it reports (so an event is sent if and only if the change committed). The payload is the
 * Standard Webhooks envelope: `{ type, timestamp, data }`. The delivery worker sends it.
 */
export async function emitWebhookEvent(tx: TenantTx, type: WebhookEventType, events: Record<string, unknown>[]): Promise<number> {
  if (events.length === 0) return 0;
  const endpoints = await tx.selectFields(
    { id: webhookEndpoints.id },
    webhookEndpoints,
    and(eq(webhookEndpoints.enabled, true), arrayContains(webhookEndpoints.eventTypes, [type]))!,
  );
  if (endpoints.length === 0) return 0;
  const timestamp = new Date().toISOString();
  await tx.insert(
    webhookDeliveries,
    endpoints.flatMap((endpoint) => events.map((data) => ({ endpointId: endpoint.id, eventType: type, payload: { type, timestamp, data } }))),
  );
  return endpoints.length * events.length;
}
