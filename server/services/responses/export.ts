import "server-only";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { feedback, touchPoints, users } from "@/db/schema";
import { CSV_BOM, csvRecord, type CsvCell } from "@/lib/export/csv";
import { scaleRangeText } from "@/lib/rating-scale";
import type { TenantDb } from "@/server/db/tenant-db";
import { ratingScalesOf } from "@/server/services/kpis/rating-scales";
import type { Scope } from "@/server/services/scope";
import { filterConditions, type ResponseFilters } from "./filters";
import { visibleFeedback } from "./visibility";
import { FEEDBACK_SOURCE_LABELS } from "@/lib/domain/feedback";
import type { SentimentSource } from "@/lib/domain/sentiment";

/** Rows read per query: enough to keep the stream busy, few enough to hold little in memory. */
export const EXPORT_CHUNK_ROWS = 2_000;

const SENTIMENT_BY: Record<SentimentSource, string> = { lexicon: "lexicon", model: "organisation's model", label: "a person or an imported label" };

function headers(showCustomer: boolean): string[] {
  return [
    "When (UTC)",
    "Touch point",
    "Staff",
    "NPS (0-10)",
    "CSAT (1-5)",
    "CES (1-7)",
    "Rating",
    "Rating scale",
    "Comment",
    "Language",
    "Sentiment",
    "Sentiment score (-1 to 1)",
    "Sentiment by",
    "Themes",
    "Segment",
    ...(showCustomer ? ["Customer"] : []),
    "Source",
    "Response id",
  ];
}

/**
 * Every response the caller may read under the filters, newest first, as CSV text in pieces: the
 * header first, then one piece per EXPORT_CHUNK_ROWS rows. It pages by (occurred_at, id) from
 * where the last piece ended, never by offset, so the millionth row costs what the first did, and
 * holds one piece in memory at a time. Frontline staff never get the customer reference.
 */
export async function* responsesCsv(tenant: TenantDb, scope: Scope, filters: ResponseFilters): AsyncGenerator<string> {
  const visible = await visibleFeedback(tenant, scope);
  const conditions = filterConditions(filters, scope.timeZone);
  if (visible.where) conditions.push(visible.where);
  const showCustomer = scope.role !== "frontline";
  yield CSV_BOM + csvRecord(headers(showCustomer));

  const staffNames = new Map<string, string>();
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const page: SQL[] = after ? [sql`(${feedback.occurredAt}, ${feedback.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`] : [];
    const rows = await tenant
      .selectFields(
        {
          id: feedback.id,
          occurredAt: feedback.occurredAt,
          // The cursor keeps PostgreSQL's microseconds, which a JavaScript Date would cut to milliseconds.
          cursorAt: sql<string>`${feedback.occurredAt}::text`,
          touchPointId: feedback.touchPointId,
          touchPointName: touchPoints.name,
          staffId: feedback.staffId,
          npsScore: feedback.npsScore,
          csatScore: feedback.csatScore,
          cesScore: feedback.cesScore,
          rating: feedback.rating,
          comment: feedback.comment,
          language: feedback.language,
          sentimentLabel: feedback.sentimentLabel,
          sentiment: feedback.sentiment,
          sentimentSource: feedback.sentimentSource,
          themes: feedback.themes,
          segment: feedback.segment,
          customerRef: feedback.customerRef,
          source: feedback.source,
        },
        feedback,
        and(...conditions, ...page),
      )
      .innerJoin(touchPoints, tenant.joinOn(touchPoints, eq(touchPoints.id, feedback.touchPointId)))
      .orderBy(desc(feedback.occurredAt), desc(feedback.id))
      .limit(EXPORT_CHUNK_ROWS);
    if (rows.length === 0) return;

    const unknownStaff = [...new Set(rows.flatMap((row) => (row.staffId && !staffNames.has(row.staffId) ? [row.staffId] : [])))];
    if (unknownStaff.length) {
      for (const person of await tenant.selectFields({ id: users.id, name: users.name }, users, inArray(users.id, unknownStaff))) staffNames.set(person.id, person.name);
    }
    const scales = await ratingScalesOf(tenant, rows.flatMap((row) => (row.rating === null ? [] : [row.touchPointId])));
    yield rows
      .map((row) => {
        const cells: CsvCell[] = [
          row.occurredAt,
          row.touchPointName,
          row.staffId ? (staffNames.get(row.staffId) ?? null) : null,
          row.npsScore,
          row.csatScore,
          row.cesScore,
          row.rating,
          row.rating === null ? null : scaleRangeText(scales.get(row.touchPointId)!),
          row.comment,
          row.language,
          row.sentimentLabel,
          // Stored as float4: four decimals is all it holds.
          row.sentiment === null ? null : Math.round(row.sentiment * 10_000) / 10_000,
          row.sentimentSource ? SENTIMENT_BY[row.sentimentSource] : null,
          row.themes.join(", "),
          Object.entries(row.segment)
            .map(([name, value]) => `${name}: ${value}`)
            .join("; "),
          ...(showCustomer ? [row.customerRef] : []),
          FEEDBACK_SOURCE_LABELS[row.source],
          row.id,
        ];
        return "\r\n" + csvRecord(cells);
      })
      .join("");
    if (rows.length < EXPORT_CHUNK_ROWS) return;
    const last = rows[rows.length - 1]!;
    after = { at: last.cursorAt, id: last.id };
  }
}
