import type { TenantDb } from "@/server/db/tenant-db";
import type { TextAnalyser } from "@/server/services/feedback/ingest";
import { taxonomyOf } from "@/server/services/themes/taxonomy";
import { analyserFor } from "./analyse";

/**
 * The comment analyser for one organisation: sentiment plus the organisation's theme taxonomy
 * (the default taxonomy until it edits its own). Every ingest path (API, import, survey) uses it.
 */
export async function analyserForOrg(tenant: TenantDb): Promise<TextAnalyser> {
  return analyserFor(await taxonomyOf(tenant));
}
