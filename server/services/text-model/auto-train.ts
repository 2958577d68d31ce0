import "server-only";
import { desc } from "drizzle-orm";
import { sentimentModels } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { logger } from "@/server/log";
import { ConflictError } from "@/server/services/errors";
import { hasOpenTextJob, queueTextJob } from "./jobs";
import { labelCountsOf } from "./labels";
import { labelsGrewEnough, totalOf } from "./policy";
import { wakeTextJobRunner } from "./runner";

/**
 * Queues a training in the background when the organisation's labels grew enough since its last
 * model (policy.ts); called where labels arrive (the end of an import, corrections). Returns the
 * queued job's id, or null when no training was due or a text job is already open (the next
 * arrival of labels checks again).
 */
export async function queueTrainingIfLabelsGrew(tenant: TenantDb): Promise<string | null> {
  const counts = await labelCountsOf(tenant);
  const [last] = await tenant
    .selectFields({ labelsPerClass: sentimentModels.labelsPerClass }, sentimentModels)
    .orderBy(desc(sentimentModels.trainedAt), desc(sentimentModels.id))
    .limit(1);
  if (!labelsGrewEnough(counts, last ? totalOf(last.labelsPerClass) : null)) return null;
  if (await hasOpenTextJob(tenant)) return null;
  try {
    const jobId = await queueTextJob(tenant, "train");
    wakeTextJobRunner();
    return jobId;
  } catch (error) {
    if (error instanceof ConflictError) return null; // queued meanwhile by someone else
    throw error;
  }
}

/**
 * queueTrainingIfLabelsGrew for callers whose own work (an import, a correction) is already
 * stored: a training that cannot be queued is logged and waits for the next labels, rather than
 * turning a saved change into an error.
 */
export async function trainInBackgroundIfDue(tenant: TenantDb, after: "import" | "correction"): Promise<void> {
  try {
    await queueTrainingIfLabelsGrew(tenant);
  } catch (error) {
    logger.error({ err: error, orgId: tenant.orgId, after }, "could not queue a sentiment model training");
  }
}
