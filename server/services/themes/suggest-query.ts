import "server-only";
import { and, desc, eq, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import { feedback, journeys, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { NotFoundError } from "@/server/services/errors";
import { suggestThemes, type Candidate, type SuggestComment } from "./suggest";
import { orgTaxonomyOf } from "./taxonomy";

/** The newest comments read for suggestions (and as many of the other journeys' as background). */
export const SUGGEST_SAMPLE = 3000;
export const SUGGEST_BACKGROUND = 2000;

// Themes read English (analyse.ts): a comment detected as another language has none to suggest.
const englishComment = sql`nullif(btrim(${feedback.comment}), '') is not null and coalesce(${feedback.language}, 'eng') = 'eng'`;

async function newestComments(tenant: TenantDb, where: SQL, limit: number): Promise<SuggestComment[]> {
  const rows = await tenant
    .selectFields({ id: feedback.id, text: feedback.comment }, feedback, and(englishComment, where))
    .orderBy(desc(feedback.occurredAt), desc(feedback.id))
    .limit(limit);
  return rows.map((row) => ({ id: row.id, text: row.text ?? "" }));
}

export type SuggestInput = { journeyId?: string | null };

/**
 * Candidate themes from the organisation's newest comments (of one journey, or all), phrases its
 * taxonomy for that journey does not cover yet. For one journey, the other journeys' newest
 * comments are the background a phrase must stand out from; for all, frequency ranks.
 */
export async function suggestThemesFor(
  tenant: TenantDb,
  input: SuggestInput,
): Promise<{ sample: number; background: number; candidates: Candidate[] }> {
  const taxonomy = await orgTaxonomyOf(tenant);
  const journeyId = input.journeyId ?? null;
  let sample: SuggestComment[];
  let background: SuggestComment[] = [];
  if (journeyId === null) {
    sample = await newestComments(tenant, sql`true`, SUGGEST_SAMPLE);
  } else {
    const [journey] = await tenant.selectFields({ id: journeys.id }, journeys, eq(journeys.id, journeyId));
    if (!journey) throw new NotFoundError("Journey");
    const points = await tenant.selectFields({ id: touchPoints.id }, touchPoints, eq(touchPoints.journeyId, journeyId));
    const ids = points.map((point) => point.id);
    if (ids.length === 0) return { sample: 0, background: 0, candidates: [] };
    sample = await newestComments(tenant, inArray(feedback.touchPointId, ids), SUGGEST_SAMPLE);
    background = await newestComments(tenant, notInArray(feedback.touchPointId, ids), SUGGEST_BACKGROUND);
  }
  const candidates = suggestThemes(sample, journeyId === null ? taxonomy.all : taxonomy.forJourney(journeyId), { background });
  return { sample: sample.length, background: background.length, candidates };
}
