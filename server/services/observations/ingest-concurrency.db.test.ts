import { count, eq, sum } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { observationDailyRollups, observations } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import type { IngestResult } from "@/server/services/feedback/ingest";
import { callerAs, createOrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { ingestObservations } from "./ingest";
import type { ObservationItemInput } from "./schemas";

/*
 * As feedback's ingest-concurrency test: on PGlite the transactions queue behind one connection;
 * on PostgreSQL (TEST_DATABASE_URL, as in CI) they truly overlap.
 */
let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

async function setup(): Promise<{ tenant: TenantDb; touchPointIds: string[] }> {
  const org = await createOrgFixture(testDb.db, "ObsRace");
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Call", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Answer" });
  const touchPointIds: string[] = [];
  for (const name of ["Phone line", "Chat"]) {
    touchPointIds.push((await director.touchPoints.create({ stageId, name, channel: "phone", ownerTeamId: org.teamId })).id);
  }
  return { tenant: tenantDb(testDb.db, org.orgId), touchPointIds };
}

const itemFor = (touchPointIds: string[], n: number, value = (n % 7) + 10): ObservationItemInput => ({
  touchPointId: touchPointIds[n % 2]!,
  metric: "answer_seconds",
  value,
  observedAt: new Date(Date.UTC(2026, 9, 1 + (n % 4), 9)).toISOString(),
  idempotencyKey: `call-${n}`,
});

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

async function rollupTotals(tenant: TenantDb) {
  const [totals] = await tenant.selectFields({ n: sum(observationDailyRollups.n), sum: sum(observationDailyRollups.sum) }, observationDailyRollups);
  return { n: Number(totals?.n ?? 0), sum: Number(totals?.sum ?? 0) };
}

describe("concurrent observation ingests with the same idempotency keys", () => {
  it("store each key once, answer the loser with the winner's id, and count each stored row once in the rollups", async () => {
    const s = await setup();
    const batches = [range(0, 60), range(30, 90).reverse(), range(45, 75), range(20, 50).reverse()].map((ns) => ns.map((n) => itemFor(s.touchPointIds, n)));
    const outcomes = await Promise.all(batches.map((batch) => ingestObservations(s.tenant, batch, "api")));

    const stored = await s.tenant.selectFields({ id: observations.id, key: observations.idempotencyKey }, observations);
    expect(stored.map((row) => row.key).sort()).toEqual(range(0, 90).map((n) => `call-${n}`).sort());
    const idOf = new Map(stored.map((row) => [row.key, row.id]));

    const answers = new Map<string, IngestResult[]>();
    batches.forEach((batch, b) => batch.forEach((item, i) => answers.set(item.idempotencyKey!, [...(answers.get(item.idempotencyKey!) ?? []), outcomes[b]![i]!])));
    for (const [key, results] of answers) {
      expect(results.filter((r) => r.status === "stored"), key).toHaveLength(1);
      expect(results.filter((r) => r.status !== "stored").every((r) => r.status === "duplicate"), key).toBe(true);
      expect(new Set(results.map((r) => r.id)), key).toEqual(new Set([idOf.get(key)]));
    }
    const expected = range(0, 90).reduce((total, n) => total + itemFor(s.touchPointIds, n).value, 0);
    expect(await rollupTotals(s.tenant)).toEqual({ n: 90, sum: expected });
  });

  it("reports the same key sent with another body at the same time as a conflict, never as a second row", async () => {
    const s = await setup();
    const first = range(0, 20).map((n) => itemFor(s.touchPointIds, n, 5));
    const second = range(0, 20).reverse().map((n) => itemFor(s.touchPointIds, n, 1));
    const [a, b] = await Promise.all([ingestObservations(s.tenant, first, "api"), ingestObservations(s.tenant, second, "api")]);

    const [{ n: rows }] = (await s.tenant.selectFields({ n: count() }, observations)) as [{ n: number }];
    expect(rows).toBe(20);
    const winner = a!.every((r) => r.status === "stored") ? a! : b!;
    const loser = winner === a ? b! : a!;
    expect(loser.every((r) => r.status === "conflict")).toBe(true);
    const winningValue = winner === a ? 5 : 1;
    expect(await s.tenant.selectFields({ value: observations.value }, observations, eq(observations.idempotencyKey, "call-7"))).toEqual([{ value: winningValue }]);
    expect(await rollupTotals(s.tenant)).toEqual({ n: 20, sum: 20 * winningValue });
  });
});
