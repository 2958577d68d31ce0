import "server-only";
import { desc, eq, inArray, type SQL } from "drizzle-orm";
import { sentimentModels, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { latestTextJobs } from "./jobs";
import { labelCountsOf } from "./labels";
import { MIN_LABELS, MIN_PER_CLASS, notReadyReason, totalOf } from "./policy";

const modelFields = {
  id: sentimentModels.id,
  trainedAt: sentimentModels.trainedAt,
  trainedById: sentimentModels.trainedBy,
  algorithm: sentimentModels.algorithm,
  labelsPerClass: sentimentModels.labelsPerClass,
  trainCount: sentimentModels.trainCount,
  heldOutCount: sentimentModels.heldOutCount,
  featureCount: sentimentModels.featureCount,
  sizeBytes: sentimentModels.sizeBytes,
  accuracy: sentimentModels.accuracy,
  macroF1: sentimentModels.macroF1,
  confusion: sentimentModels.confusion,
  lexiconAccuracy: sentimentModels.lexiconAccuracy,
  lexiconMacroF1: sentimentModels.lexiconMacroF1,
  lexiconConfusion: sentimentModels.lexiconConfusion,
  beatsLexicon: sentimentModels.beatsLexicon,
  active: sentimentModels.active,
};

/** Models, newest first, without their parameters; `trainedBy` is a person's name, null when automatic. */
async function modelsOf(tenant: TenantDb, limit: number, where?: SQL) {
  const rows = await tenant
    .selectFields(modelFields, sentimentModels, where)
    .orderBy(desc(sentimentModels.trainedAt), desc(sentimentModels.id))
    .limit(limit);
  const ids = [...new Set(rows.flatMap((row) => (row.trainedById ? [row.trainedById] : [])))];
  const names = new Map(
    ids.length === 0
      ? []
      : (await tenant.selectFields({ id: users.id, name: users.name }, users, inArray(users.id, ids))).map((u) => [u.id, u.name]),
  );
  return rows.map(({ trainedById, ...row }) => ({ ...row, trainedBy: trainedById ? (names.get(trainedById) ?? null) : null }));
}

export type ModelSummary = Awaited<ReturnType<typeof modelsOf>>[number];

/**
 * Why comments are scored the way they are:
 * - `model`: the active model beat the lexicon on the held-out labels;
 * - `did_not_beat`: the newest model did not, so the lexicon scores;
 * - `no_labels` / `too_few_labels`: nothing (or not enough) to train on yet;
 * - `not_trained`: enough labels, no model yet (a training may be queued).
 */
export type ScorerReason = "model" | "did_not_beat" | "no_labels" | "too_few_labels" | "not_trained";

export async function textModelStatus(tenant: TenantDb) {
  const [latest] = await modelsOf(tenant, 1);
  const active = latest?.active ? latest : ((await modelsOf(tenant, 1, eq(sentimentModels.active, true)))[0] ?? null);
  const counts = await labelCountsOf(tenant);
  const notReady = notReadyReason(counts);
  const reason: ScorerReason = active
    ? "model"
    : latest && !latest.beatsLexicon
      ? "did_not_beat"
      : totalOf(counts) === 0
        ? "no_labels"
        : notReady
          ? "too_few_labels"
          : "not_trained";
  const jobs = await latestTextJobs(tenant, 5);
  return {
    scorer: active ? ("model" as const) : ("lexicon" as const),
    reason,
    active,
    latest: latest ?? null,
    labels: { ...counts, total: totalOf(counts) },
    notReadyReason: notReady,
    minimums: { labels: MIN_LABELS, perClass: MIN_PER_CLASS },
    openJob: jobs.find((job) => job.status === "queued" || job.status === "running") ?? null,
    jobs,
  };
}

export async function textModelHistory(tenant: TenantDb) {
  return { models: await modelsOf(tenant, 50) };
}
