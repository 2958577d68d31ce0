import { count, eq, sum } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, feedbackDailyRollups } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { ingestFeedback, type FeedbackItem, type IngestResult } from "./ingest";

/*
 * On PGlite the transactions queue behind one connection; on PostgreSQL (TEST_DATABASE_URL, as in
 * CI) they truly overlap: both read "key not stored yet", both insert, one waits for the other.
 */
let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

async function setup(): Promise<{ tenant: TenantDb; touchPointIds: string[] }> {
  const { tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Race");
  return { tenant, touchPointIds };
}

const itemFor = (touchPointIds: string[], n: number, rating = (n % 5) + 1): FeedbackItem => ({
  touchPointId: touchPointIds[n % 2]!,
  channel: "web",
  rating,
  segment: { tier: n % 3 ? "Gold" : "Blue" },
  occurredAt: new Date(Date.UTC(2026, 9, 1 + (n % 4), 9)),
  idempotencyKey: `order-${n}`,
});

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

async function storedPerKey(tenant: TenantDb) {
  const rows = await tenant.selectFields({ key: feedback.idempotencyKey, n: count() }, feedback).groupBy(feedback.idempotencyKey);
  return new Map(rows.map((row) => [row.key, row.n]));
}

async function rollupTotals(tenant: TenantDb) {
  const [totals] = await tenant.selectFields({ responses: sum(feedbackDailyRollups.responses), ratingSum: sum(feedbackDailyRollups.ratingSum) }, feedbackDailyRollups);
  return { responses: Number(totals?.responses ?? 0), ratingSum: Number(totals?.ratingSum ?? 0) };
}

describe("concurrent ingests with the same idempotency keys", () => {
  it("store each key once, answer the loser with the winner's id, and count each stored row once in the rollups", async () => {
    const s = await setup();
    // Overlapping batches in opposite key orders: a lock-order bug would deadlock here on PostgreSQL.
    const batches = [range(0, 60), range(30, 90).reverse(), range(45, 75), range(20, 50).reverse()].map((ns) => ns.map((n) => itemFor(s.touchPointIds, n)));
    const outcomes = await Promise.all(batches.map((batch) => ingestFeedback(s.tenant, batch, { source: "api" })));

    const perKey = await storedPerKey(s.tenant);
    expect([...perKey.keys()].sort()).toEqual(range(0, 90).map((n) => `order-${n}`).sort());
    expect([...perKey.values()].every((n) => n === 1)).toBe(true);

    // Every answer for a key names the one stored row; exactly one answer per key says "stored".
    const answers = new Map<string, IngestResult[]>();
    batches.forEach((batch, b) => batch.forEach((item, i) => answers.set(item.idempotencyKey!, [...(answers.get(item.idempotencyKey!) ?? []), outcomes[b]![i]!])));
    const storedRows = new Map((await s.tenant.selectFields({ id: feedback.id, key: feedback.idempotencyKey }, feedback)).map((row) => [row.key, row.id]));
    for (const [key, results] of answers) {
      expect(results.filter((r) => r.status === "stored"), key).toHaveLength(1);
      expect(results.filter((r) => r.status !== "stored").every((r) => r.status === "duplicate"), key).toBe(true);
      expect(new Set(results.map((r) => r.id)), key).toEqual(new Set([storedRows.get(key)]));
    }

    const expected = range(0, 90).reduce((total, n) => total + itemFor(s.touchPointIds, n).rating!, 0);
    expect(await rollupTotals(s.tenant)).toEqual({ responses: 90, ratingSum: expected });
  });

  it("reports the same key sent with another body at the same time as a conflict, never as a second row", async () => {
    const s = await setup();
    const first = range(0, 20).map((n) => itemFor(s.touchPointIds, n, 5));
    const second = range(0, 20).reverse().map((n) => itemFor(s.touchPointIds, n, 1));
    const [a, b] = await Promise.all([ingestFeedback(s.tenant, first, { source: "api" }), ingestFeedback(s.tenant, second, { source: "api" })]);

    const [{ n: rows }] = (await s.tenant.selectFields({ n: count() }, feedback)) as [{ n: number }];
    expect(rows).toBe(20);
    // One call won every key (one transaction), the other was told each key conflicts.
    const winner = a!.every((r) => r.status === "stored") ? a! : b!;
    const loser = winner === a ? b! : a!;
    expect(winner.every((r) => r.status === "stored")).toBe(true);
    expect(loser.every((r) => r.status === "conflict")).toBe(true);
    const winningRating = winner === a ? 5 : 1;
    const stored = await s.tenant.selectFields({ rating: feedback.rating }, feedback, eq(feedback.idempotencyKey, "order-7"));
    expect(stored).toEqual([{ rating: winningRating }]);
    expect(await rollupTotals(s.tenant)).toEqual({ responses: 20, ratingSum: 20 * winningRating });
  });
});
