import "server-only";
import type { TenantDb } from "@/server/db/tenant-db";
import { ingestObservations } from "@/server/services/observations/ingest";
import { observationItemSchema } from "@/server/services/observations/schemas";
import { processBatch } from "@/server/services/feedback/process-batch";
import { respondToBatch } from "./batch";

export const handleObservationBatch = (tenant: TenantDb, body: unknown) =>
  respondToBatch(body, (rawItems) => processBatch(tenant, rawItems, observationItemSchema, (into, items) => ingestObservations(into, items, "api")));
