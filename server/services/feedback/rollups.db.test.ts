import fc from "fast-check";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, feedbackDailyRollups } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { cesAgree, cesMean, csat, csatMean, nps, ratingMean, ratingTopBox } from "@/server/services/metrics/formulas";
import { callerAs, type OrgFixture } from "@/server/testing/fixtures";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";
import { expectSameRollups, rollupSnapshot } from "@/server/testing/rollup-snapshot";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { ingestFeedback, type FeedbackItem, type TextAnalyser } from "./ingest";
import { rebuildRollups } from "./rebuild";
import { addCounts, countsOf, emptyCounts, type RollupCounts } from "./rollup-delta";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

type Setup = { org: OrgFixture; tenant: TenantDb; touchPointIds: string[]; staff: (string | null)[]; topBoxFrom: number[] };

/**
 * The front desk keeps the default 1-5 scale (no rating KPI, top box from 4); the phone line has
 * a 0-10 rating KPI whose top box starts at 8, so a count made with the wrong scale shows.
 */
async function setup(): Promise<Setup> {
  const { org, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Rollup");
  const director = await callerAs(testDb.db, org.director);
  await director.kpis.create({
    touchPointId: touchPointIds[1]!,
    kind: "rating",
    name: "Phone rating",
    unit: "/10",
    direction: "higher_is_better",
    target: 8,
    warningThreshold: 6,
    minSampleSize: 30,
    scaleMin: 0,
    scaleMax: 10,
    topBoxFrom: 8,
  });
  return { org, tenant, touchPointIds, staff: [null, org.frontline.id, org.lead.id], topBoxFrom: [4, 8] };
}

// A stand-in for the lexicon: deterministic, and it leaves some comments unscored.
const analyse: TextAnalyser = (comment) =>
  comment.length % 5 === 0
    ? { sentiment: null, sentimentLabel: null, sentimentSource: null, themes: [], language: null }
    : { sentiment: ((comment.length % 21) - 10) / 10, sentimentLabel: (["negative", "neutral", "positive"] as const)[comment.length % 3]!, sentimentSource: "lexicon", themes: [], language: null };

type AbstractItem = typeof abstractItem extends fc.Arbitrary<infer T> ? T : never;

/** A response with its touch point and staff member as indexes, made concrete per organisation. */
const abstractItem = fc.record({
  touchPoint: fc.nat({ max: 1 }),
  staff: fc.nat({ max: 2 }),
  channel: fc.constantFrom("web" as const, "phone" as const),
  segment: fc.oneof(
    fc.constant({}),
    fc.record({ class: fc.constantFrom("Business", "Eco"), loyalty: fc.constantFrom("Loyal", "New") }, { requiredKeys: [] }),
  ),
  npsScore: fc.option(fc.integer({ min: 0, max: 10 })),
  csatScore: fc.option(fc.integer({ min: 1, max: 5 })),
  cesScore: fc.option(fc.integer({ min: 1, max: 7 })),
  // 0-10: on the 1-5 front desk it is taken modulo 6 (0 there means not applicable).
  rating: fc.option(fc.integer({ min: 0, max: 10 })),
  comment: fc.option(fc.string({ maxLength: 30 })),
  seconds: fc.integer({ min: 0, max: 10 * 86_400 - 1 }),
  idempotencyKey: fc.option(fc.constantFrom("k1", "k2", "k3", "k4", "k5"), { freq: 3 }),
});

const concrete = (s: Setup, item: AbstractItem): FeedbackItem => {
  const { touchPoint, staff, seconds, rating, ...fields } = item;
  return { ...fields, rating: rating !== null && touchPoint === 0 ? rating % 6 : rating, touchPointId: s.touchPointIds[touchPoint]!, staffId: s.staff[staff]!, occurredAt: new Date(Date.UTC(2026, 9, 1) + seconds * 1000) };
};

const COUNTED = Object.keys(emptyCounts()) as (keyof RollupCounts)[];

async function rollupRows(tenant: TenantDb) {
  const rows = await tenant.select(feedbackDailyRollups);
  return rows
    .map((row) => ({ key: `${row.touchPointId}|${row.staffId}|${row.segmentKey}|${row.day}`, counts: Object.fromEntries(COUNTED.map((c) => [c, row[c]])) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

function expectSameCounts(actual: Record<string, number>, expected: Record<string, number>) {
  for (const column of COUNTED) expect(actual[column], column).toBeCloseTo(expected[column]!, 9);
}

const KPIS = { nps, csat, csatMean, cesMean, cesAgree, ratingMean, ratingTopBox };

describe("daily rollups", () => {
  it("kept current at ingest equal rollups rebuilt from raw rows, and every KPI from them equals the KPI from raw feedback, on each touch point's scale", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(abstractItem, { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 4 }),
        async (abstractItems, batchSizes) => {
          const s = await setup();
          const items = abstractItems.map((item) => concrete(s, item));
          // Ingest in batches of random sizes; the last batch takes whatever is left.
          let offset = 0;
          for (const size of [...batchSizes, items.length]) {
            const batch = items.slice(offset, offset + size);
            offset += batch.length;
            await ingestFeedback(s.tenant, batch, { source: "api", analyse });
          }

          const incremental = await rollupRows(s.tenant);
          const incrementalDerived = await rollupSnapshot(s.tenant);
          await rebuildRollups(s.tenant);
          const rebuilt = await rollupRows(s.tenant);
          // The segment-free totals, the counts by attribute value, the attribute names and the theme mentions too.
          expectSameRollups(incrementalDerived, await rollupSnapshot(s.tenant));
          expect(incremental.map((r) => r.key)).toEqual(rebuilt.map((r) => r.key));
          incremental.forEach((row, i) => expectSameCounts(row.counts, rebuilt[i]!.counts));

          // KPIs per touch point: from the rollups, and from the raw rows one by one.
          const raw = await s.tenant.select(feedback);
          for (const [index, touchPointId] of s.touchPointIds.entries()) {
            const fromRollups = (await s.tenant.select(feedbackDailyRollups, eq(feedbackDailyRollups.touchPointId, touchPointId))).reduce(
              (all, row) => addCounts(all, Object.fromEntries(COUNTED.map((c) => [c, row[c]])) as RollupCounts),
              emptyCounts(),
            );
            const fromRaw = raw.filter((row) => row.touchPointId === touchPointId).reduce((all, row) => addCounts(all, countsOf(row, s.topBoxFrom[index])), emptyCounts());
            for (const [name, formula] of Object.entries(KPIS)) {
              const expected = formula(fromRaw);
              if (expected === null) expect(formula(fromRollups), name).toBeNull();
              else expect(formula(fromRollups), name).toBeCloseTo(expected, 9);
            }
          }
        },
      ),
      { numRuns: 20 },
    );
  }, 240_000);
});

describe("ingest", () => {
  it("stores a replayed key once, and reports a key reused with another body as a conflict", async () => {
    const s = await setup();
    const item: FeedbackItem = { touchPointId: s.touchPointIds[0]!, channel: "web", rating: 4, occurredAt: new Date("2026-10-02T10:00:00Z"), idempotencyKey: "order-1" };
    const [first] = await ingestFeedback(s.tenant, [item], { source: "api" });
    expect(first).toMatchObject({ status: "stored" });
    const replay = await ingestFeedback(s.tenant, [item, { ...item, idempotencyKey: "order-2" }], { source: "api" });
    expect(replay).toEqual([{ status: "duplicate", id: first!.id }, { status: "stored", id: expect.any(String) }]);
    const [conflict] = await ingestFeedback(s.tenant, [{ ...item, rating: 1 }], { source: "api" });
    expect(conflict).toMatchObject({ status: "conflict", id: first!.id });

    expect(await s.tenant.select(feedback)).toHaveLength(2);
    const [rollup] = await s.tenant.select(feedbackDailyRollups, and(eq(feedbackDailyRollups.touchPointId, s.touchPointIds[0]!))!);
    expect(rollup).toMatchObject({ responses: 2, ratingN: 2, ratingSum: 8, ratingTopTwo: 2, day: "2026-10-02" });
  });

  it("on a 1-5 scale counts a rating of 0 as a response but not as a rating (stored as none)", async () => {
    const s = await setup();
    await ingestFeedback(
      s.tenant,
      [0, 5, 3].map((rating) => ({ touchPointId: s.touchPointIds[0]!, channel: "phone" as const, rating, occurredAt: new Date("2026-10-03T08:00:00Z") })),
      { source: "import" },
    );
    const [rollup] = await s.tenant.select(feedbackDailyRollups);
    expect(rollup).toMatchObject({ responses: 3, ratingN: 2, ratingSum: 8, ratingTopTwo: 1 });
    expect((await s.tenant.select(feedback)).map((row) => row.rating).sort()).toEqual([3, 5, null]);
  });

  it("on a 0-10 scale counts 0 as an answer, and the top box from the KPI's top_box_from", async () => {
    const s = await setup();
    await ingestFeedback(
      s.tenant,
      [0, 10, 8, 7].map((rating) => ({ touchPointId: s.touchPointIds[1]!, channel: "phone" as const, rating, occurredAt: new Date("2026-10-03T08:00:00Z") })),
      { source: "import" },
    );
    const [rollup] = await s.tenant.select(feedbackDailyRollups);
    expect(rollup).toMatchObject({ responses: 4, ratingN: 4, ratingSum: 25, ratingTopTwo: 2 });
  });
});
