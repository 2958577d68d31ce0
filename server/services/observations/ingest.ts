import "server-only";
import { sql } from "drizzle-orm";
import { observations } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { IngestResult } from "@/server/services/feedback/ingest";
import { bodyHashOf, decideByIdempotencyKey, replayOf, type Decision, type KeyedRow } from "@/server/services/feedback/idempotency";
import { arrayParam, rowsOf } from "@/server/services/feedback/unnest";
import { lockTouchPointsForRollups } from "@/server/services/feedback/rollup-time-zone";
import { addToObservationRollups, type ObservationRollupRow } from "./rollup-upsert";
import type { ObservationItemInput } from "./schemas";

type Row = ObservationRollupRow & { id: string; idempotencyKey: string | null; bodyHash: string };

/**
 * Stores observations with the same idempotency rules as feedback and brings their daily rollups
 * up to date in the same transaction; results in item order. As in ingestFeedback, a key another
 * transaction stored between our read and our insert is skipped (ON CONFLICT DO NOTHING), judged
 * against the row that won, and only rows actually inserted reach the rollups.
 */
export async function ingestObservations(tenant: TenantDb, items: ObservationItemInput[], source: "api" | "import"): Promise<IngestResult[]> {
  if (items.length === 0) return [];
  return tenant.transaction(async (tenantTx) => {
    const keys = items.flatMap((item) => (item.idempotencyKey ? [item.idempotencyKey] : []));
    const decisions = decideByIdempotencyKey(items, await storedKeys(tenantTx, keys));
    const rows = decisions
      .filter((decision): decision is Extract<Decision<ObservationItemInput>, { kind: "new" }> => decision.kind === "new")
      .map(({ item, id, bodyHash }): Row => ({
        id,
        touchPointId: item.touchPointId,
        kpiId: item.kpiId ?? null,
        staffId: item.staffId ?? null,
        metric: item.metric,
        value: item.value,
        observedAt: new Date(item.observedAt),
        idempotencyKey: item.idempotencyKey ?? null,
        bodyHash,
      }));
    // Held before the insert (whose foreign keys would hold them anyway), so the days are in the zone a time-zone rebuild expects.
    const dayOf = await lockTouchPointsForRollups(tenantTx, rows.map((row) => row.touchPointId), rows.map((row) => row.observedAt));
    const inserted = await insertRows(tenantTx, rows, source);

    const lostKeys = new Set(rows.filter((row) => !inserted.has(row.id)).map((row) => row.idempotencyKey!));
    const winners = lostKeys.size ? new Map((await storedKeys(tenantTx, [...lostKeys])).map((row) => [row.key!, row])) : new Map<string, KeyedRow>();
    await addToObservationRollups(tenantTx, rows.filter((row) => inserted.has(row.id)), dayOf);

    return decisions.map((decision, i): IngestResult => {
      const key = items[i]!.idempotencyKey;
      if (key && lostKeys.has(key)) {
        const winner = winners.get(key);
        if (!winner) throw new Error(`observation with idempotency key ${key} was skipped as stored but cannot be read back`);
        decision = replayOf(winner, bodyHashOf(items[i]!));
      }
      if (decision.kind === "new") return { status: "stored", id: decision.id };
      return decision.kind === "duplicate" ? { status: "duplicate", id: decision.id } : { status: "conflict", id: decision.id, reason: decision.reason };
    });
  });
}

async function storedKeys(tenant: TenantDb, keys: string[]): Promise<KeyedRow[]> {
  if (keys.length === 0) return [];
  return tenant.selectFields(
    { id: observations.id, key: observations.idempotencyKey, bodyHash: observations.bodyHash },
    observations,
    sql`${observations.idempotencyKey} = any(${arrayParam(keys, "text")})`,
  );
}

/** One INSERT ... SELECT FROM unnest; keys stored meanwhile by another transaction are skipped. Returns the ids inserted. */
async function insertRows(tenant: TenantDb, rows: Row[], source: "api" | "import"): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  // Concurrent ingests take the key locks in the same order, so they wait instead of deadlocking.
  const ordered = rows.some((row) => row.idempotencyKey)
    ? [...rows].sort((a, b) => ((a.idempotencyKey ?? "") < (b.idempotencyKey ?? "") ? -1 : (a.idempotencyKey ?? "") > (b.idempotencyKey ?? "") ? 1 : 0))
    : rows;
  const column = <T>(pick: (row: Row) => T, type: string) => arrayParam(ordered.map(pick), type);
  const result = await tenant.execute(
    (orgId) => sql`
      insert into observations (org_id, id, touch_point_id, kpi_id, staff_id, metric, value, source, idempotency_key, body_hash, observed_at)
      select ${orgId}, r.id, r.touch_point_id, r.kpi_id, r.staff_id, r.metric, r.value, ${source}::feedback_source, r.idempotency_key,
        r.body_hash, r.observed_at::timestamptz
      from unnest(
        ${column((row) => row.id, "uuid")}, ${column((row) => row.touchPointId, "uuid")}, ${column((row) => row.kpiId, "uuid")},
        ${column((row) => row.staffId, "uuid")}, ${column((row) => row.metric, "text")}, ${column((row) => row.value, "float8")},
        ${column((row) => row.idempotencyKey, "text")}, ${column((row) => row.bodyHash, "text")},
        ${column((row) => row.observedAt.toISOString(), "text")}
      ) as r(id, touch_point_id, kpi_id, staff_id, metric, value, idempotency_key, body_hash, observed_at)
      on conflict (org_id, idempotency_key) do nothing
      returning id`,
  );
  return new Set(rowsOf<{ id: string }>(result).map((row) => row.id));
}
