import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { importRuns, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type IngestTiming } from "@/server/services/feedback/ingest";
import { processBatch } from "@/server/services/feedback/process-batch";
import type { Scope } from "@/server/services/scope";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { importableTouchPoints } from "./targets";
import { runningRunOrThrow } from "./runs";
import { importItemSchema, type ImportChunkInput } from "@/lib/schemas/imports";

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

  const analyse = await analyserForOrg(tenant);
  const outcome = await processBatch(tenant, forwarded.map((index) => input.rows[index]!.item), importItemSchema, (into, items) =>
    ingestFeedback(into, items.map((item) => ({ ...item, occurredAt: new Date(item.occurredAt) })), { source: "import", analyse, onTiming, importRunId: input.importRunId }),
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
