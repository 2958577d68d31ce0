import "server-only";
import type { TenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import { queueTextJob } from "./jobs";
import { wakeTextJobRunner } from "./runner";
import { assertReadyToTrain } from "./train";

/** A director's "Retrain": refused at once when the labels are not enough (the page says why). */
export async function requestTraining(tenant: TenantDb, scope: Scope): Promise<{ jobId: string }> {
  await assertReadyToTrain(tenant);
  const jobId = await queueTextJob(tenant, "train", { requestedBy: scope.userId });
  wakeTextJobRunner();
  return { jobId };
}

/** A director's "Rescore stored feedback", e.g. after editing the themes. */
export async function requestRescore(tenant: TenantDb, scope: Scope): Promise<{ jobId: string }> {
  const jobId = await queueTextJob(tenant, "rescore", { requestedBy: scope.userId });
  wakeTextJobRunner();
  return { jobId };
}
