import { existsSync } from "node:fs";
import path from "node:path";
import type { Database } from "@/db/client";
import { sentimentModels } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { byTextThenLabel } from "@/server/services/text-model/labels";
import { trainOrgModelOn } from "@/server/services/text-model/train";
import { datasetsDir } from "./skyward";
import { usableTweets } from "./skyward-comments";
import { SKYWARD_TWEETS_CSV } from "./skyward-feedback";
import { readLabelledTweets } from "./skyward-sources";

export type SkywardModelResult =
  | { trained: false; reason: string }
  | { trained: true; labels: number; heldOut: number; accuracy: number; macroF1: number; lexiconAccuracy: number; lexiconMacroF1: number; active: boolean };

/**
 * Trains Skyward's own sentiment model on the human labels of the labelled share of the demo's
 * tweets, before any response is loaded, so every other comment is scored by it as it arrives.
 * They are the very labels the import brings with those comments (every usable tweet finds its
 * answer, skyward-comments.test.ts), in the order training reads them, so a retraining on the
 * loaded labels makes the same split and the same model. Does nothing if Skyward has a model.
 */
export async function trainSkywardModel(db: Database, orgId: string): Promise<SkywardModelResult> {
  const tweetsFile = path.join(datasetsDir(), SKYWARD_TWEETS_CSV);
  if (!existsSync(tweetsFile)) return { trained: false, reason: `${tweetsFile} is not there` };
  const tenant = tenantDb(db, orgId);
  const [existing] = await tenant.selectFields({ id: sentimentModels.id }, sentimentModels);
  if (existing) return { trained: false, reason: "already trained" };

  const examples = usableTweets(readLabelledTweets(tweetsFile))
    .filter((comment) => comment.labelled)
    .map((comment) => ({ text: comment.text, label: comment.label }))
    .sort(byTextThenLabel);
  const outcome = await trainOrgModelOn(tenant, examples);
  const [model] = await tenant.selectFields(
    {
      heldOut: sentimentModels.heldOutCount,
      accuracy: sentimentModels.accuracy,
      macroF1: sentimentModels.macroF1,
      lexiconAccuracy: sentimentModels.lexiconAccuracy,
      lexiconMacroF1: sentimentModels.lexiconMacroF1,
    },
    sentimentModels,
  );
  return { trained: true, labels: examples.length, ...model!, active: outcome.beatsLexicon };
}
