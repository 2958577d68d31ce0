import "server-only";
import { eq } from "drizzle-orm";
import { sentimentModels } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { classifierFromJson } from "@/server/services/text/classifier/linear-classifier";
import type { SentimentClassifier } from "@/server/services/text/classifier/types";

export type ActiveModel = { modelId: string; classifier: SentimentClassifier };

/*
 * Reading and rebuilding a model's parameters costs far more than the one small query that says
 * which model is active, so the rebuilt classifier is kept per organisation and model id. A model
 * never changes once stored; activating another one (here or on another server) changes the id
 * the query returns, and the next call loads that one.
 */
const cache = new Map<string, ActiveModel>();
const CACHE_LIMIT = 200;

/** The organisation's active model, or null while the lexicon scores its comments. */
export async function activeModelOf(tenant: TenantDb): Promise<ActiveModel | null> {
  const [active] = await tenant.selectFields({ id: sentimentModels.id }, sentimentModels, eq(sentimentModels.active, true));
  if (!active) {
    cache.delete(tenant.orgId);
    return null;
  }
  const cached = cache.get(tenant.orgId);
  if (cached?.modelId === active.id) return cached;

  const [row] = await tenant.selectFields({ parameters: sentimentModels.parameters }, sentimentModels, eq(sentimentModels.id, active.id));
  // Deactivated between the two reads: the lexicon until the next call sees the new one.
  if (!row) return null;
  const loaded = { modelId: active.id, classifier: classifierFromJson(row.parameters) };
  cache.delete(tenant.orgId);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(tenant.orgId, loaded);
  return loaded;
}
