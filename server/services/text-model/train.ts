import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { sentimentModels } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { ValidationError } from "@/server/services/errors";
import type { LabelledText } from "@/server/services/text/classifier/types";
import { heldOutComparison } from "@/server/services/text/evaluation";
import { labelCountsOf, labelledExamples } from "./labels";
import { notReadyReason, TRAINING_SEED } from "./policy";

export type TrainingOutcome = {
  modelId: string;
  beatsLexicon: boolean;
  /** Whether the scorer of new comments changed (a new model, or back to the lexicon). */
  scorerChanged: boolean;
};

/** Throws the reason the organisation's labels are not enough to train on yet. */
export async function assertReadyToTrain(tenant: TenantDb): Promise<void> {
  const reason = notReadyReason(await labelCountsOf(tenant));
  if (reason) throw new ValidationError(reason);
}

/**
 * Trains the organisation's model on its labels and stores it with its held-out figures and the
 * lexicon's on the same labels.
 *
 * Which model scores comments: the newest training decides. A model that beats the lexicon
 * (macro-F1 on the held-out labels) becomes the active one; one that does not leaves the lexicon
 * active, even when an older model had beaten it on the fewer labels it was measured on then: the
 * newest figures come from the most labels, and they say a learnt model does not help yet
 * (docs/text-analytics.md).
 *
 * The stored model is the one measured: trained on the training part only. Retraining on all
 * labels would give a model whose figures nobody measured.
 */
export async function trainOrgModel(tenant: TenantDb, { trainedBy = null }: { trainedBy?: string | null } = {}): Promise<TrainingOutcome> {
  const counts = await labelCountsOf(tenant);
  const reason = notReadyReason(counts);
  if (reason) throw new ValidationError(reason);
  return trainOrgModelOn(tenant, await labelledExamples(tenant), { trainedBy });
}

/**
 * trainOrgModel on labels given rather than read: the demo seed trains on the labels its import
 * will bring before the responses are loaded (db/seed/skyward-model.ts). `examples` must be in
 * labelledExamples' order (by text), so the split is the one a retraining would make.
 */
export async function trainOrgModelOn(tenant: TenantDb, examples: LabelledText[], { trainedBy = null }: { trainedBy?: string | null } = {}): Promise<TrainingOutcome> {
  const result = heldOutComparison(examples, { seed: TRAINING_SEED });
  const parameters = result.model.toJSON();

  return tenant.transaction(async (tenantTx) => {
    const [previous] = await tenantTx.selectFields({ id: sentimentModels.id }, sentimentModels, eq(sentimentModels.active, true));
    const [stored] = await tenantTx
      .insert(sentimentModels, {
        trainedBy,
        algorithm: result.model.algorithm,
        labelsPerClass: result.labelsPerClass,
        trainCount: result.trainCount,
        heldOutCount: result.heldOutCount,
        featureCount: result.model.featureCount,
        sizeBytes: Buffer.byteLength(JSON.stringify(parameters)),
        accuracy: result.modelFigures.accuracy,
        macroF1: result.modelFigures.macroF1,
        confusion: result.modelFigures.confusion,
        lexiconAccuracy: result.lexiconFigures.accuracy,
        lexiconMacroF1: result.lexiconFigures.macroF1,
        lexiconConfusion: result.lexiconFigures.confusion,
        beatsLexicon: result.beatsLexicon,
        parameters,
      })
      .returning({ id: sentimentModels.id });
    const modelId = stored!.id;

    // Off first: at most one model per organisation may be active (a partial unique index).
    await tenantTx.update(sentimentModels, { active: false }, and(eq(sentimentModels.active, true), ne(sentimentModels.id, modelId))!);
    if (result.beatsLexicon) await tenantTx.update(sentimentModels, { active: true }, eq(sentimentModels.id, modelId));

    const scorerChanged = result.beatsLexicon || previous !== undefined;
    return { modelId, beatsLexicon: result.beatsLexicon, scorerChanged };
  });
}
