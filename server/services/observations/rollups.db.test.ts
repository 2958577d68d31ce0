import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { observationDailyRollups, observations } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { rebuildRollups } from "@/server/services/feedback/rebuild";
import { callerAs, createOrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { ingestObservations } from "./ingest";
import type { ObservationItemInput } from "./schemas";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

type Setup = { tenant: TenantDb; touchPointIds: string[]; kpiIds: (string | null)[]; staff: (string | null)[] };

async function setup(): Promise<Setup> {
  const org = await createOrgFixture(testDb.db, "Observed");
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Call", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Answer" });
  const touchPointIds: string[] = [];
  for (const name of ["Phone line", "Chat"]) {
    touchPointIds.push((await director.touchPoints.create({ stageId, name, channel: "phone", ownerTeamId: org.teamId })).id);
  }
  const kpi = await director.kpis.create({
    touchPointId: touchPointIds[0]!,
    kind: "operational",
    name: "Answer time",
    unit: "s",
    direction: "lower_is_better",
    target: 30,
    warningThreshold: 60,
    minSampleSize: 5,
  });
  return { tenant: tenantDb(testDb.db, org.orgId), touchPointIds, kpiIds: [null, kpi.id], staff: [null, org.frontline.id] };
}

const abstractItem = fc.record({
  touchPoint: fc.nat({ max: 1 }),
  kpi: fc.nat({ max: 1 }),
  staff: fc.nat({ max: 1 }),
  metric: fc.constantFrom("answer_seconds", "resolved"),
  value: fc.oneof(fc.integer({ min: -5, max: 500 }), fc.double({ min: -1000, max: 1000, noNaN: true })),
  seconds: fc.integer({ min: 0, max: 4 * 86_400 - 1 }),
  idempotencyKey: fc.option(fc.constantFrom("k1", "k2", "k3", "k4"), { freq: 3 }),
});

const FIGURES = ["n", "sum", "sumSq", "min", "max"] as const;
type Figures = Record<(typeof FIGURES)[number], number>;
const keyOf = (row: { touchPointId: string; kpiId: string | null; metric: string; staffId: string | null; day: string }) =>
  `${row.touchPointId}|${row.kpiId}|${row.metric}|${row.staffId}|${row.day}`;

async function rollups(tenant: TenantDb): Promise<Map<string, Figures>> {
  const rows = await tenant.select(observationDailyRollups);
  return new Map(rows.map((row) => [keyOf(row), { n: row.n, sum: row.sum, sumSq: row.sumSq, min: row.min!, max: row.max! }]));
}

async function fromRawRows(tenant: TenantDb): Promise<Map<string, Figures>> {
  const expected = new Map<string, Figures>();
  for (const row of await tenant.select(observations)) {
    const key = keyOf({ ...row, day: row.observedAt.toISOString().slice(0, 10) });
    const f = expected.get(key) ?? { n: 0, sum: 0, sumSq: 0, min: Infinity, max: -Infinity };
    f.n += 1;
    f.sum += row.value;
    f.sumSq += row.value * row.value;
    f.min = Math.min(f.min, row.value);
    f.max = Math.max(f.max, row.value);
    expected.set(key, f);
  }
  return expected;
}

function expectSame(actual: Map<string, Figures>, expected: Map<string, Figures>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, figures] of expected) {
    for (const figure of FIGURES) {
      // Sums of doubles in another order may differ in the last bits; relative to their size, not at all.
      const scale = Math.max(1, Math.abs(figures[figure]));
      expect(Math.abs(actual.get(key)![figure] - figures[figure]) / scale, `${key} ${figure}`).toBeLessThan(1e-9);
    }
  }
}

describe("observation rollups", () => {
  it("kept current at ingest equal the figures from raw rows, and a rebuild gives the same rows", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(abstractItem, { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), async (abstractItems, batchSize) => {
        const s = await setup();
        const items = abstractItems.map(
          ({ touchPoint, kpi, staff, seconds, ...fields }): ObservationItemInput => ({
            ...fields,
            touchPointId: s.touchPointIds[touchPoint]!,
            kpiId: s.kpiIds[kpi],
            staffId: s.staff[staff],
            observedAt: new Date(Date.UTC(2026, 9, 1) + seconds * 1000).toISOString(),
          }),
        );
        for (let start = 0; start < items.length; start += batchSize) await ingestObservations(s.tenant, items.slice(start, start + batchSize), "api");
        const incremental = await rollups(s.tenant);
        expectSame(incremental, await fromRawRows(s.tenant));
        await rebuildRollups(s.tenant);
        expectSame(await rollups(s.tenant), incremental);
      }),
      { numRuns: 15 },
    );
  }, 240_000);

  it("stores a replayed key once and reports a key reused with another body as a conflict", async () => {
    const s = await setup();
    const item: ObservationItemInput = { touchPointId: s.touchPointIds[0]!, metric: "answer_seconds", value: 42, observedAt: "2026-10-02T10:00:00Z", idempotencyKey: "call-1" };
    const [first] = await ingestObservations(s.tenant, [item], "api");
    expect(first).toMatchObject({ status: "stored" });
    expect(await ingestObservations(s.tenant, [item, { ...item, value: 7 }], "api")).toEqual([
      { status: "duplicate", id: first!.id },
      { status: "conflict", id: first!.id, reason: expect.any(String) },
    ]);
    expect(await s.tenant.select(observationDailyRollups)).toMatchObject([{ n: 1, sum: 42, sumSq: 1764, min: 42, max: 42, day: "2026-10-02" }]);
  });
});
