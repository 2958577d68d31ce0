import "server-only";
import type { TenantDb } from "@/server/db/tenant-db";
import type { TextAnalyser } from "@/server/services/feedback/ingest";
import { activeModelOf } from "@/server/services/text-model/active-model";
import { touchPoints } from "@/db/schema";
import { orgTaxonomyOf, type OrgTaxonomy } from "@/server/services/themes/taxonomy";
import { analyserFor, type TaxonomyFor } from "./analyse";
import { detectLanguage } from "./language";

/**
 * The comment analyser for one organisation: its language, sentiment from the organisation's
 * active model (the lexicon while it has none that beat the lexicon on its labels), and the
 * organisation's theme taxonomy (its starting preset until it edits its own), limited to the
 * themes of the response's journey. Every ingest path (API, import, survey) and rescoring use it.
 */
export async function analyserForOrg(tenant: TenantDb): Promise<TextAnalyser> {
  const taxonomy = await orgTaxonomyOf(tenant);
  const active = await activeModelOf(tenant);
  return analyserFor(await taxonomyForTouchPoints(tenant, taxonomy), { model: active?.classifier ?? null, detectLanguage });
}

/**
 * Picks each response's themes by its touch point's journey. The touch points are read only when
 * some theme is limited to chosen journeys; a touch point created after this read (so unknown
 * here) gets the themes that apply to every journey.
 */
async function taxonomyForTouchPoints(tenant: TenantDb, taxonomy: OrgTaxonomy): Promise<TaxonomyFor> {
  if (!taxonomy.limited) return () => taxonomy.all;
  const rows = await tenant.selectFields({ id: touchPoints.id, journeyId: touchPoints.journeyId }, touchPoints);
  const journeyOf = new Map(rows.map((row) => [row.id, row.journeyId]));
  return (touchPointId) => (touchPointId === undefined ? taxonomy.all : taxonomy.forJourney(journeyOf.get(touchPointId) ?? null));
}
