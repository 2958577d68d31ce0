import "server-only";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { feedback, feedbackCorrections, journeys, touchPoints, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import { namesOf } from "@/server/services/corrections/history";
import { countResponses } from "./count";
import { filterConditions, type ResponseFilters } from "./filters";
import { visibleFeedback } from "./visibility";
import { scaleRangeText } from "@/lib/rating-scale";
import { ratingScalesOf } from "@/server/services/kpis/rating-scales";
import type { CorrectionSource } from "@/lib/domain/text-models";

/**
 * Individual responses, newest first, limited to what the caller may read. Frontline staff never
 * get the customer reference. The one dashboard read of raw feedback: it pages through the
 * (org, touch point | staff, occurred_at) indexes.
 */
export async function listResponses(tenant: TenantDb, scope: Scope, filters: ResponseFilters) {
  const visible = await visibleFeedback(tenant, scope);
  const conditions = filterConditions(filters, scope.timeZone);
  if (visible.where) conditions.push(visible.where);
  const where = conditions.length ? and(...conditions) : undefined;
  const pageSize = filters.pageSize ?? 25;
  const page = filters.page ?? 1;

  const rows = await tenant
    .selectFields(
      {
        id: feedback.id,
        occurredAt: feedback.occurredAt,
        touchPointId: feedback.touchPointId,
        touchPointName: touchPoints.name,
        staffId: feedback.staffId,
        channel: feedback.channel,
        source: feedback.source,
        npsScore: feedback.npsScore,
        csatScore: feedback.csatScore,
        cesScore: feedback.cesScore,
        rating: feedback.rating,
        comment: feedback.comment,
        sentiment: feedback.sentiment,
        sentimentLabel: feedback.sentimentLabel,
        sentimentSource: feedback.sentimentSource,
        themes: feedback.themes,
        themesCorrected: feedback.themesCorrected,
        language: feedback.language,
        segment: feedback.segment,
        customerRef: feedback.customerRef,
      },
      feedback,
      where,
    )
    .innerJoin(touchPoints, tenant.joinOn(touchPoints, eq(touchPoints.id, feedback.touchPointId)))
    .orderBy(desc(feedback.occurredAt), desc(feedback.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const counted = await countResponses(tenant, visible, filters, where);

  const staffIds = [...new Set(rows.flatMap((row) => (row.staffId ? [row.staffId] : [])))];
  const staffNames = new Map(
    staffIds.length ? (await tenant.selectFields({ id: users.id, name: users.name }, users, inArray(users.id, staffIds))).map((u) => [u.id, u.name]) : [],
  );

  // A rating reads on its touch point's scale ("7/10").
  const scales = await ratingScalesOf(tenant, rows.flatMap((row) => (row.rating === null ? [] : [row.touchPointId])));

  const corrections = await latestCorrections(
    tenant,
    rows.filter((row) => row.sentimentSource === "label" || row.themesCorrected).map((row) => row.id),
  );

  return {
    rows: rows.map((row) => ({
      ...row,
      staffName: row.staffId ? (staffNames.get(row.staffId) ?? null) : null,
      ratingScale: row.rating === null ? null : scaleRangeText(scales.get(row.touchPointId)!),
      lastCorrection: corrections.get(row.id) ?? null,
      customerRef: scope.role === "frontline" ? null : row.customerRef,
    })),
    total: counted.total,
    /** The count stopped at `total` (COUNT_CAP): there are more. */
    totalIsAtLeast: counted.atLeast,
    page,
    pageSize,
    options: await filterOptions(tenant, scope, visible.staffIds),
  };
}

/** Who last set each response's label or themes, and when (an imported label names nobody). */
async function latestCorrections(tenant: TenantDb, feedbackIds: string[]) {
  const latest = new Map<string, { source: CorrectionSource; byName: string | null; at: Date }>();
  if (feedbackIds.length === 0) return latest;
  const rows = await tenant
    .selectFields(
      { feedbackId: feedbackCorrections.feedbackId, source: feedbackCorrections.source, correctedBy: feedbackCorrections.correctedBy, createdAt: feedbackCorrections.createdAt },
      feedbackCorrections,
      inArray(feedbackCorrections.feedbackId, feedbackIds),
    )
    .orderBy(desc(feedbackCorrections.createdAt), desc(feedbackCorrections.id));
  const names = await namesOf(tenant, rows.flatMap((row) => (row.correctedBy ? [row.correctedBy] : [])));
  for (const row of rows) {
    if (latest.has(row.feedbackId)) continue;
    latest.set(row.feedbackId, { source: row.source, byName: row.correctedBy ? (names.get(row.correctedBy) ?? null) : null, at: row.createdAt });
  }
  return latest;
}

async function filterOptions(tenant: TenantDb, scope: Scope, staffIds: string[] | "all") {
  const points = await tenant
    .selectFields({ id: touchPoints.id, name: touchPoints.name, journeyName: journeys.name }, touchPoints, isNull(touchPoints.archivedAt))
    .innerJoin(journeys, tenant.joinOn(journeys, eq(journeys.id, touchPoints.journeyId)))
    .orderBy(asc(journeys.name), asc(touchPoints.position));
  const staff =
    scope.role === "frontline"
      ? []
      : await tenant
          .selectFields({ id: users.id, name: users.name }, users, staffIds === "all" ? undefined : staffIds.length ? inArray(users.id, staffIds) : eq(users.id, scope.userId))
          .orderBy(asc(users.name));
  return { touchPoints: points, staff };
}
