import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ingestFeedback, type FeedbackItem } from "@/server/services/feedback/ingest";
import { rowsOf } from "@/server/services/feedback/unnest";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";
import { analyseEmbeddedDatabase, keepEmbeddedStatistics, stopKeepingEmbeddedStatistics } from "./embedded-statistics";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await stopKeepingEmbeddedStatistics();
  await testDb.close();
});

const plannerRowEstimate = async () =>
  Number(rowsOf<{ reltuples: number }>(await testDb.db.execute(sql`select reltuples from pg_class where relname = 'feedback' and relkind = 'r'`))[0]!.reltuples);
const analysedColumns = async () =>
  Number(rowsOf<{ n: number }>(await testDb.db.execute(sql`select count(*)::int as n from pg_stats where schemaname = 'public' and tablename = 'feedback'`))[0]!.n);

function responses(touchPointId: string, count: number, from: number): FeedbackItem[] {
  return Array.from({ length: count }, (_, i) => ({ touchPointId, channel: "web" as const, rating: 1 + ((from + i) % 5), occurredAt: new Date(Date.UTC(2026, 9, 1, 0, from + i)) }));
}

describe("the embedded database's planner statistics", () => {
  it("are gathered at start when the feedback was never analysed, then again once it has grown enough", async () => {
    const { tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Statistics");
    await ingestFeedback(tenant, responses(touchPointIds[0]!, 40, 0), { source: "api" });

    await keepEmbeddedStatistics(testDb.db, { growthBaseRows: 30, minIntervalMs: 0 });
    expect(await analysedColumns()).toBeGreaterThan(0);
    const atStart = await plannerRowEstimate();
    expect(atStart).toBeGreaterThanOrEqual(40);

    // 20 more rows: below 30 + a fifth of the table, so the statistics stay as they were.
    await ingestFeedback(tenant, responses(touchPointIds[1]!, 20, 100), { source: "api" });
    await stopKeepingEmbeddedStatistics();
    expect(await plannerRowEstimate()).toBe(atStart);

    await keepEmbeddedStatistics(testDb.db, { growthBaseRows: 30, minIntervalMs: 0 });
    await ingestFeedback(tenant, responses(touchPointIds[1]!, 60, 200), { source: "api" });
    await stopKeepingEmbeddedStatistics(); // waits for the analyse the ingest started
    expect(await plannerRowEstimate()).toBe(atStart + 80);
  });

  it("are gathered when the minimum interval is up after a load that ended inside it, with no further write", async () => {
    const { tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Statistics later");
    await keepEmbeddedStatistics(testDb.db, { growthBaseRows: 30, minIntervalMs: 0 });
    const before = await plannerRowEstimate();
    await stopKeepingEmbeddedStatistics();

    await keepEmbeddedStatistics(testDb.db, { growthBaseRows: 30, minIntervalMs: 1_500 });
    await analyseEmbeddedDatabase(); // as after a bulk load: the interval runs from now
    await ingestFeedback(tenant, responses(touchPointIds[0]!, 200, 1_000), { source: "api" });
    const rightAfter = await plannerRowEstimate();
    await vi.waitFor(async () => expect(await plannerRowEstimate()).toBe(before + 200), { timeout: 10_000, interval: 200 });
    expect(rightAfter).toBe(before);
  });
});
