import "server-only";
import { sql } from "drizzle-orm";
import { feedback } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordImportedLabels } from "@/server/services/corrections/imported-labels";
import { LABEL_SCORE, type SentimentLabel, type SentimentSource } from "@/lib/domain/sentiment";
import { DEFAULT_RATING_SCALE, normaliseRating, ratingRangeIssue } from "@/lib/rating-scale";
import { ValidationError } from "@/server/services/errors";
import { ratingScalesOf } from "@/server/services/kpis/rating-scales";
import { bodyHashOf, decideByIdempotencyKey, replayOf, type Decision, type KeyedRow } from "./idempotency";
import { addToRollups, type RollupRow } from "./rollup-upsert";
import { rollupDays } from "./rollup-time-zone";
import { addThemeMentions } from "./theme-mentions";
import { addToThemeRollups } from "./theme-rollup-upsert";
import { noteFeedbackStored } from "@/server/db/embedded-statistics";
import { afterIngest } from "./after-ingest";
import { arrayParam, rowsOf, textArrayLiteral } from "./unnest";

export type FeedbackItem = {
  touchPointId: string;
  channel: (typeof feedback.$inferInsert)["channel"];
  staffId?: string | null;
  customerRef?: string | null;
  segment?: Record<string, string>;
  npsScore?: number | null;
  csatScore?: number | null;
  cesScore?: number | null;
  rating?: number | null;
  comment?: string | null;
  occurredAt: Date;
  idempotencyKey?: string | null;
  /** The label people gave the comment (a labelled file): stored instead of the analyser's. */
  sentimentLabel?: SentimentLabel | null;
};

export type TextAnalysis = {
  sentiment: number | null;
  sentimentLabel: SentimentLabel | null;
  /** Who decided the label (null when there is none, e.g. a comment not in English). */
  sentimentSource: SentimentSource | null;
  themes: string[];
  /** ISO 639-3 code (franc) when detected. */
  language: string | null;
};
/** Analyses a comment; the touch point decides which themes apply (they can differ per journey). */
export type TextAnalyser = (comment: string, touchPointId?: string) => TextAnalysis;
const noAnalysis: TextAnalysis = { sentiment: null, sentimentLabel: null, sentimentSource: null, themes: [], language: null };

export type IngestResult =
  | { status: "stored"; id: string }
  | { status: "duplicate"; id: string }
  | { status: "conflict"; id: string; reason: string };

/** Where one call's time went, in milliseconds (for bench/ingest.ts; nothing is timed without it). */
export type IngestTiming = { items: number; stored: number; totalMs: number; analyseMs: number; rollupsMs: number };

export type IngestOptions = {
  source: (typeof feedback.$inferInsert)["source"];
  analyse?: TextAnalyser;
  onTiming?: (timing: IngestTiming) => void;
  /** The CSV import storing these responses: each carries it, so the import can be removed with them. */
  importRunId?: string;
};

type Row = RollupRow & {
  id: string;
  channel: FeedbackItem["channel"];
  customerRef: string | null;
  themes: string[];
  sentimentSource: TextAnalysis["sentimentSource"];
  language: string | null;
  idempotencyKey: string | null;
  bodyHash: string;
};

/**
 * Stores feedback and brings the daily rollups (and theme rollups) up to date in the same transaction. An item whose
 * idempotency key was seen with the same body is a duplicate (nothing new is stored); with a
 * different body it is a conflict. Results come back in the order of the items.
 *
 * Two ingests racing with the same key cannot both store it: the insert skips a key another
 * transaction stored first (ON CONFLICT DO NOTHING), the skipped items are judged against the row
 * that won, and only rows actually inserted reach the rollups.
 */
export async function ingestFeedback(tenant: TenantDb, items: FeedbackItem[], options: IngestOptions): Promise<IngestResult[]> {
  if (items.length === 0) return [];
  const analyse = options.analyse;
  const clock = options.onTiming ? () => performance.now() : null;
  const timing: IngestTiming = { items: items.length, stored: 0, totalMs: 0, analyseMs: 0, rollupsMs: 0 };
  const started = clock?.() ?? 0;

  const results = await tenant.transaction(async (tenantTx) => {
    const keys = items.flatMap((item) => (item.idempotencyKey ? [item.idempotencyKey] : []));
    const decisions = decideByIdempotencyKey(items, await storedKeys(tenantTx, keys));
    const fresh = decisions.filter((decision): decision is Extract<Decision<FeedbackItem>, { kind: "new" }> => decision.kind === "new");

    const analysing = clock?.() ?? 0;
    const analyses = fresh.map(({ item }) => (analyse && item.comment?.trim() ? analyse(item.comment, item.touchPointId) : noAnalysis));
    if (clock) timing.analyseMs = clock() - analysing;

    // Decisions hash the items as sent (a replay sends the same), ratings are stored as their scale reads them.
    const scales = await ratingScalesOf(tenantTx, fresh.map(({ item }) => item.touchPointId), { lock: true });
    const scaleOf = (touchPointId: string) => scales.get(touchPointId) ?? DEFAULT_RATING_SCALE;
    for (const { item } of fresh) {
      const issue = ratingRangeIssue(item.rating, scaleOf(item.touchPointId));
      // Callers check first (process-batch.ts, surveys/public.ts); this is hit only when the scale changed in between.
      if (issue) throw new ValidationError(issue, "rating");
    }

    const givenLabels = new Map<string, { labelBefore: SentimentLabel | null; labelAfter: SentimentLabel }>();
    const rows = fresh.map(({ item, id, bodyHash }, i): Row => {
      const text = labelled(analyses[i]!, item, (labelAfter) => givenLabels.set(id, { labelBefore: analyses[i]!.sentimentLabel, labelAfter }));
      return {
        id,
        touchPointId: item.touchPointId,
        channel: item.channel,
        staffId: item.staffId ?? null,
        customerRef: item.customerRef ?? null,
        segment: { ...item.segment },
        npsScore: item.npsScore ?? null,
        csatScore: item.csatScore ?? null,
        cesScore: item.cesScore ?? null,
        rating: normaliseRating(item.rating, scaleOf(item.touchPointId)),
        comment: item.comment ?? null,
        // The column is a 4-byte real: round here so the rollup adds exactly what is stored.
        sentiment: text.sentiment === null ? null : Math.fround(text.sentiment),
        sentimentLabel: text.sentimentLabel,
        sentimentSource: text.sentimentSource,
        themes: text.themes,
        language: text.language,
        idempotencyKey: item.idempotencyKey ?? null,
        bodyHash,
        occurredAt: item.occurredAt,
      };
    });
    const inserted = await insertRows(tenantTx, rows, options);

    // Keys another transaction stored between our read and our insert: judge them by that row.
    const lostKeys = new Set(rows.filter((row) => !inserted.has(row.id)).map((row) => row.idempotencyKey!));
    const winners = lostKeys.size ? new Map((await storedKeys(tenantTx, [...lostKeys])).map((row) => [row.key!, row])) : new Map<string, KeyedRow>();

    const rollingUp = clock?.() ?? 0;
    const stored = rows.filter((row) => inserted.has(row.id));
    // Asked after the touch points are held (rollup-time-zone.ts says why).
    const dayOf = await rollupDays(tenantTx, stored.map((row) => row.occurredAt));
    await addToRollups(tenantTx, stored, dayOf, (touchPointId) => scaleOf(touchPointId).topBoxFrom);
    await addToThemeRollups(tenantTx, stored, dayOf);
    await addThemeMentions(tenantTx, stored);
    await recordImportedLabels(tenantTx, stored.flatMap((row) => (givenLabels.has(row.id) ? [{ feedbackId: row.id, ...givenLabels.get(row.id)! }] : [])));
    if (clock) timing.rollupsMs = clock() - rollingUp;
    await afterIngest(tenantTx, stored);
    timing.stored = stored.length;

    return decisions.map((decision, i): IngestResult => {
      const key = items[i]!.idempotencyKey;
      if (key && lostKeys.has(key)) {
        const winner = winners.get(key);
        // Read committed: the row that made our insert skip the key is committed, so it is visible.
        if (!winner) throw new Error(`feedback with idempotency key ${key} was skipped as stored but cannot be read back`);
        decision = replayOf(winner, bodyHashOf(items[i]!));
      }
      if (decision.kind === "new") return { status: "stored", id: decision.id };
      return decision.kind === "duplicate" ? { status: "duplicate", id: decision.id } : { status: "conflict", id: decision.id, reason: decision.reason };
    });
  });

  if (options.onTiming && clock) options.onTiming({ ...timing, totalMs: clock() - started });
  noteFeedbackStored(results.filter((result) => result.status === "stored").length);
  return results;
}

/** The analysis with the label the item came with, if it has one and a comment: a certainty, never rescored. */
function labelled(text: TextAnalysis, item: FeedbackItem, given: (label: SentimentLabel) => void): TextAnalysis {
  const label = item.sentimentLabel;
  if (!label || !item.comment?.trim()) return text;
  given(label);
  return { ...text, sentiment: LABEL_SCORE[label], sentimentLabel: label, sentimentSource: "label" };
}

/** The stored rows holding any of these idempotency keys (one array parameter, however many keys). */
async function storedKeys(tenant: TenantDb, keys: string[]): Promise<KeyedRow[]> {
  if (keys.length === 0) return [];
  return tenant.selectFields(
    { id: feedback.id, key: feedback.idempotencyKey, bodyHash: feedback.bodyHash },
    feedback,
    sql`${feedback.idempotencyKey} = any(${arrayParam(keys, "text")})`,
  );
}

/**
 * One INSERT ... SELECT FROM unnest for all rows; a key already stored (by a transaction that
 * committed after our read) is skipped. Returns the ids actually inserted.
 */
async function insertRows(tenant: TenantDb, rows: Row[], { source, importRunId }: IngestOptions): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  // Concurrent ingests take the key locks in the same order, so they wait for each other instead of deadlocking.
  const ordered = rows.some((row) => row.idempotencyKey)
    ? [...rows].sort((a, b) => ((a.idempotencyKey ?? "") < (b.idempotencyKey ?? "") ? -1 : (a.idempotencyKey ?? "") > (b.idempotencyKey ?? "") ? 1 : 0))
    : rows;
  const column = <T>(pick: (row: Row) => T, type: string) => arrayParam(ordered.map(pick), type);
  const result = await tenant.execute(
    (orgId) => sql`
      insert into feedback (org_id, id, touch_point_id, channel, staff_id, customer_ref, segment, nps_score, csat_score, ces_score,
        rating, comment, sentiment, sentiment_label, sentiment_source, themes, language, source, idempotency_key, body_hash, occurred_at, import_run_id)
      select ${orgId}, r.id, r.touch_point_id, r.channel::channel, r.staff_id, r.customer_ref, r.segment::jsonb, r.nps_score, r.csat_score,
        r.ces_score, r.rating, r.comment, r.sentiment, r.sentiment_label::sentiment_label, r.sentiment_source::sentiment_source,
        r.themes::text[], r.language, ${source}::feedback_source,
        r.idempotency_key, r.body_hash, r.occurred_at::timestamptz, ${importRunId ?? null}::uuid
      from unnest(
        ${column((row) => row.id, "uuid")}, ${column((row) => row.touchPointId, "uuid")}, ${column((row) => row.channel, "text")},
        ${column((row) => row.staffId, "uuid")}, ${column((row) => row.customerRef, "text")}, ${column((row) => JSON.stringify(row.segment), "text")},
        ${column((row) => row.npsScore, "int2")}, ${column((row) => row.csatScore, "int2")}, ${column((row) => row.cesScore, "int2")},
        ${column((row) => row.rating, "int2")}, ${column((row) => row.comment, "text")}, ${column((row) => row.sentiment, "float4")},
        ${column((row) => row.sentimentLabel, "text")}, ${column((row) => row.sentimentSource, "text")},
        ${column((row) => textArrayLiteral(row.themes), "text")}, ${column((row) => row.language, "text")},
        ${column((row) => row.idempotencyKey, "text")}, ${column((row) => row.bodyHash, "text")},
        ${column((row) => row.occurredAt.toISOString(), "text")}
      ) as r(id, touch_point_id, channel, staff_id, customer_ref, segment, nps_score, csat_score, ces_score, rating, comment,
        sentiment, sentiment_label, sentiment_source, themes, language, idempotency_key, body_hash, occurred_at)
      on conflict (org_id, idempotency_key) do nothing
      returning id`,
  );
  return new Set(rowsOf<{ id: string }>(result).map((row) => row.id));
}
