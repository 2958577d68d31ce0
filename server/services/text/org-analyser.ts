import type { TenantDb } from "@/server/db/tenant-db";
import type { TextAnalyser } from "@/server/services/feedback/ingest";
import { activeModelOf } from "@/server/services/text-model/active-model";
import { taxonomyOf } from "@/server/services/themes/taxonomy";
import { analyserFor } from "./analyse";
import { detectLanguage } from "./language";

/**
 * The comment analyser for one organisation: its language, sentiment from the organisation's
 * active model (the lexicon while it has none that beat the lexicon on its labels), and the
 * organisation's theme taxonomy (the default taxonomy until it edits its own). Every ingest path
 * (API, import, survey) and rescoring use it.
 */
export async function analyserForOrg(tenant: TenantDb): Promise<TextAnalyser> {
  const taxonomy = await taxonomyOf(tenant);
  const active = await activeModelOf(tenant);
  return analyserFor(taxonomy, { model: active?.classifier ?? null, detectLanguage });
}
