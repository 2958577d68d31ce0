import { and, eq, inArray, sql } from "drizzle-orm";
import { importRuns, kpis, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type IngestTiming } from "@/server/services/feedback/ingest";
import { processBatch } from "@/server/services/feedback/process-batch";
import type { Scope } from "@/server/services/scope";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { importableTouchPoints } from "./targets";
import { runningRunOrThrow } from "./runs";
import { importItemSchema, type ImportChunkInput } from "./schemas";
import { DEFAULT_RATING_SCALE } from "@/lib/rating-scale";

/** Each touch point's rating scale, for the chunk's items. */
async function ratingScales(tenant: TenantDb, ids: string[]): Promise<Map<string, { min: number; max: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await tenant.selectFields({ touchPointId: kpis.touchPointId, min: kpis.scaleMin, max: kpis.scaleMax }, kpis, and(inArray(kpis.touchPointId, ids), eq(kpis.kind, "rating")));
  return new Map(rows.filter((r) => r.min !== null && r.max !== null).map((r) => [r.touchPointId, { min: r.min!, max: r.max! }]));
}

export type ChunkLineResult = { line: number; status: "stored" | "duplicate" | "rejected"; reason?: string; field?: string };

const CHANGED = "Imported before with other values (mapping, date or staff); the first version is kept";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const touchPointIdOf = (item: unknown): string | null => {
  const id = item && typeof item === "object" ? (item as { touchPointId?: unknown }).touchPointId : undefined;
  return typeof id === "string" && UUID.test(id) ? id.toLowerCase() : null;
};

/**
 * Stores one chunk of an import run: each row is validated like an API item, must name one of
 * the caller's touch points, and is stored unless an earlier import already stored it. Returns
 * one result per row, in order, and adds the chunk to the run's counters. `onTiming`: where the
 * ingest's time went (the ingest benchmark).
 */
export async function importChunk(
  tenant: TenantDb,
  scope: Scope,
  input: ImportChunkInput,
  { onTiming }: { onTiming?: (timing: IngestTiming) => void } = {},
): Promise<ChunkLineResult[]> {
  await runningRunOrThrow(tenant, scope, input.importRunId);
  const allowed = new Set((await importableTouchPoints(tenant, scope)).map((tp) => tp.id));

  const referenced = [...new Set(input.rows.map((row) => touchPointIdOf(row.item)).filter((id): id is string => id !== null && !allowed.has(id)))];
  const outside = new Map(
    referenced.length
      ? (await tenant.selectFields({ id: touchPoints.id, name: touchPoints.name }, touchPoints, inArray(touchPoints.id, referenced))).map((tp) => [tp.id, tp.name])
      : [],
  );

  const results: ChunkLineResult[] = input.rows.map((row) => ({ line: row.line, status: "rejected" }));
  const forwarded: number[] = [];
  input.rows.forEach((row, index) => {
    const id = touchPointIdOf(row.item);
    const name = id ? outside.get(id) : undefined;
    if (name === undefined) forwarded.push(index);
    else {
      const reason = scope.role === "director" ? `Touch point ${name} is archived` : `Touch point ${name} is not one of your team's`;
      results[index] = { line: row.line, status: "rejected", reason, field: "touchPointId" };
    }
  });

  // A rating outside its touch point's scale is refused here, naming the value and the scale.
  const scales = await ratingScales(tenant, [...allowed]);
  for (let i = forwarded.length - 1; i >= 0; i--) {
    const index = forwarded[i]!;
    const item = input.rows[index]!.item as { rating?: unknown };
    const id = touchPointIdOf(item);
    const scale = (id && scales.get(id)) || { min: DEFAULT_RATING_SCALE.scaleMin, max: DEFAULT_RATING_SCALE.scaleMax };
    if (typeof item.rating === "number" && Number.isInteger(item.rating) && (item.rating < scale.min || item.rating > scale.max)) {
      results[index] = { line: input.rows[index]!.line, status: "rejected", reason: `rating ${item.rating} is outside ${scale.min}-${scale.max}, the touch point's rating scale`, field: "rating" };
      forwarded.splice(i, 1);
    }
  }

  const analyse = await analyserForOrg(tenant);
  const outcome = await processBatch(tenant, forwarded.map((index) => input.rows[index]!.item), importItemSchema, (items) =>
    ingestFeedback(tenant, items.map((item) => ({ ...item, occurredAt: new Date(item.occurredAt) })), { source: "import", analyse, onTiming, importRunId: input.importRunId }),
  );
  for (const result of outcome.results) {
    const index = forwarded[result.index]!;
    results[index] = { line: input.rows[index]!.line, status: result.status === "stored" ? "stored" : "duplicate" };
  }
  const reasons = new Map<number, { reason: string; field: string }>();
  for (const issue of outcome.rejected) {
    const index = forwarded[issue.index]!;
    if (issue.code === "conflict") {
      // The same row, imported before with another mapping, date or staff member: the first
      // version stays, and the row counts as already imported rather than as an error.
      results[index] = { line: input.rows[index]!.line, status: "duplicate", reason: CHANGED };
      continue;
    }
    const known = reasons.get(index);
    reasons.set(index, known ? { reason: `${known.reason}; ${issue.reason}`, field: known.field } : { reason: issue.reason, field: issue.path });
  }
  for (const [index, { reason, field }] of reasons) results[index] = { line: input.rows[index]!.line, status: "rejected", reason, field };

  const count = (status: ChunkLineResult["status"]) => results.filter((r) => r.status === status).length;
  // Increments, not values read earlier: two tabs adding to one run must not lose counts.
  const increments = {
    rowsRead: sql`${importRuns.rowsRead} + ${input.rowsRead}`,
    stored: sql`${importRuns.stored} + ${count("stored")}`,
    duplicates: sql`${importRuns.duplicates} + ${count("duplicate")}`,
    rejected: sql`${importRuns.rejected} + ${count("rejected") + input.locallyRejected}`,
  };
  await tenant.update(importRuns, increments as unknown as Partial<typeof importRuns.$inferInsert>, eq(importRuns.id, input.importRunId));
  return results;
}
