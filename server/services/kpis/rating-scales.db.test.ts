import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, feedbackDailyTotals, kpis } from "@/db/schema";
import { handleBatch } from "@/server/rest/feedback";
import { rebuildRollups } from "@/server/services/feedback/rebuild";
import { kpiSummary } from "@/server/services/metrics/summary";
import { callerAs } from "@/server/testing/fixtures";
import { outcomeOf } from "@/server/testing/outcome";
import { expectSameRollups, rollupSnapshot } from "@/server/testing/rollup-snapshot";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const zeroToTen = {
  kind: "rating" as const,
  name: "Overall rating",
  unit: "/10",
  direction: "higher_is_better" as const,
  target: 8,
  warningThreshold: 6,
  minSampleSize: 1,
  scaleMin: 0,
  scaleMax: 10,
  scaleMinLabel: "Terrible",
  scaleMaxLabel: "Superb",
  topBoxFrom: 9,
};

async function setUp(label: string) {
  const { org, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, label);
  const director = await callerAs(testDb.db, org.director);
  const touchPointId = touchPointIds[0]!;
  const { id: kpiId } = await director.kpis.create({ touchPointId, ...zeroToTen });
  const send = async (ratings: unknown[], segment: Record<string, string> = { class: "Business" }) => {
    const items = ratings.map((rating, i) => ({ touchPointId, channel: "web", rating, segment, occurredAt: `2026-10-0${1 + (i % 3)}T10:00:00Z` }));
    const response = await handleBatch(tenant, { items });
    return (await response.json()) as { stored: number; rejected: { index: number; path: string; reason: string; code: string }[] };
  };
  const totals = async () => {
    const rows = await tenant.select(feedbackDailyTotals, eq(feedbackDailyTotals.touchPointId, touchPointId));
    return rows.reduce((sum, row) => ({ n: sum.n + row.ratingN, top: sum.top + row.ratingTopTwo }), { n: 0, top: 0 });
  };
  const expectRollupsEqualRebuild = async () => {
    const incremental = await rollupSnapshot(tenant);
    await rebuildRollups(tenant);
    expectSameRollups(incremental, await rollupSnapshot(tenant));
  };
  return { org, tenant, director, touchPointId, otherTouchPointId: touchPointIds[1]!, kpiId, send, totals, expectRollupsEqualRebuild };
}

describe("a 0-10 rating KPI", () => {
  it("stores the scale the director chose", async () => {
    const { tenant, kpiId } = await setUp("Scale stored");
    const [row] = await tenant.select(kpis, eq(kpis.id, kpiId));
    expect(row).toMatchObject({ scaleMin: 0, scaleMax: 10, scaleMinLabel: "Terrible", scaleMaxLabel: "Superb", topBoxFrom: 9 });
  });

  it("takes 0 as an answer, refuses 11 naming the field, the value and the range, and keeps the rest of the batch", async () => {
    const { tenant, send, totals, expectRollupsEqualRebuild } = await setUp("Scale ingest");
    const outcome = await send([0, 10, 9, 11, 7, -1]);
    expect(outcome.stored).toBe(4);
    expect(outcome.rejected).toEqual([
      { index: 3, path: "rating", reason: "rating 11 is outside the touch point's rating scale 0-10", code: "invalid" },
      { index: 5, path: "rating", reason: "rating -1 is outside 0-100, the widest any rating scale goes", code: "invalid" },
    ]);
    expect((await tenant.select(feedback)).map((row) => row.rating).sort((a, b) => a! - b!)).toEqual([0, 7, 9, 10]);
    // 9 and 10 are the top box of 0-10 from 9; 0 counts as an answer.
    expect(await totals()).toEqual({ n: 4, top: 2 });
    await expectRollupsEqualRebuild();
  });

  it("reads the mean and the top-box share on its scale in the KPI summary", async () => {
    const { tenant, touchPointId, send } = await setUp("Scale summary");
    await send([0, 10, 9, 7]);
    const summary = await kpiSummary(tenant, { from: "2026-10-01", to: "2026-10-03", touchPointId });
    const [kpi] = summary.touchPoints[0]!.kpis;
    expect(kpi).toMatchObject({
      kind: "rating",
      n: 4,
      value: 6.5,
      secondary: { label: "topTwoPercent", value: 50 },
      scale: { scaleMin: 0, scaleMax: 10, topBoxFrom: 9 },
      status: "ok",
    });
  });

  it("keeps 0 as not applicable on a touch point still on the default 1-5 scale, and refuses 6 there", async () => {
    const { tenant, otherTouchPointId } = await setUp("Scale default");
    const response = await handleBatch(tenant, {
      items: [0, 5, 6].map((rating) => ({ touchPointId: otherTouchPointId, channel: "web", rating, occurredAt: "2026-10-01T10:00:00Z" })),
    });
    const outcome = (await response.json()) as { stored: number; rejected: unknown[] };
    expect(outcome.stored).toBe(2);
    expect(outcome.rejected).toEqual([{ index: 2, path: "rating", reason: "rating 6 is outside the touch point's rating scale 1-5", code: "invalid" }]);
    expect((await tenant.select(feedback)).map((row) => row.rating).sort()).toEqual([5, null]);
  });
});

describe("changing a rating KPI's scale", () => {
  it("recounts the top box in every rollup table in the same save, equal to a rebuild", async () => {
    const { director, kpiId, send, totals, expectRollupsEqualRebuild } = await setUp("Scale top box");
    await send([10, 9, 8, 7, 3], { class: "Business", loyalty: "Gold" });
    expect(await totals()).toEqual({ n: 5, top: 2 });
    await director.kpis.update({ kpiId, ...zeroToTen, topBoxFrom: 7 });
    expect(await totals()).toEqual({ n: 5, top: 4 });
    await expectRollupsEqualRebuild();
  });

  it("refuses a scale that would leave stored answers outside it, saying how many, and changes nothing", async () => {
    const { director, tenant, kpiId, send, totals } = await setUp("Scale orphans");
    await send([0, 0, 10, 6]);
    const outcome = await outcomeOf(director.kpis.update({ kpiId, ...zeroToTen, scaleMin: 1, scaleMax: 5, topBoxFrom: 4, target: 4, warningThreshold: 3 }));
    expect(outcome).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
      fieldErrors: { scaleMin: ["4 stored ratings at Front desk lie outside the scale 1-5 (from 0 to 10): choose a scale that holds them"] },
    });
    const [row] = await tenant.select(kpis, eq(kpis.id, kpiId));
    expect(row).toMatchObject({ scaleMin: 0, scaleMax: 10, topBoxFrom: 9 });
    expect(await totals()).toEqual({ n: 4, top: 1 });
  });

  it("puts the touch point back on the default top box when its rating KPI is removed", async () => {
    const { director, kpiId, send, totals, expectRollupsEqualRebuild } = await setUp("Scale removed");
    await send([5, 4, 3]);
    expect(await totals()).toEqual({ n: 3, top: 0 });
    await director.kpis.remove({ kpiId });
    expect(await totals()).toEqual({ n: 3, top: 2 });
    await expectRollupsEqualRebuild();
  });

  it("keeps targets on the scale, and one rating KPI per touch point", async () => {
    const { director, touchPointId, kpiId } = await setUp("Scale rules");
    expect(await outcomeOf(director.kpis.update({ kpiId, ...zeroToTen, scaleMin: 1, scaleMax: 5, topBoxFrom: 4 }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { target: ["Must be between 1 and 5 for the rating scale 1-5 (got 8)"], warningThreshold: ["Must be between 1 and 5 for the rating scale 1-5 (got 6)"] },
    });
    expect(await outcomeOf(director.kpis.update({ kpiId, ...zeroToTen, topBoxFrom: 0 }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { topBoxFrom: ["The top box must start above 0 and at most at 10 (got 0)"] },
    });
    expect(await outcomeOf(director.kpis.create({ touchPointId, ...zeroToTen, name: "Second rating" }))).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("moves team and person targets to the same place on a new scale", async () => {
    const { org, director, kpiId } = await setUp("Scale targets");
    await director.kpis.setTarget({ kpiId, teamId: org.teamId, target: 8, warningThreshold: 6, validFrom: "2026-01-01" });
    await director.kpis.setTarget({ kpiId, userId: org.frontline.id, target: 9, validFrom: "2026-01-01" });
    await director.kpis.update({ kpiId, ...zeroToTen, scaleMin: 1, scaleMax: 5, topBoxFrom: 4, target: 4.2, warningThreshold: 3.4 });
    const moved = (await director.kpis.targets({ kpiId })).map((t) => ({ team: t.teamId !== null, target: t.target, warningThreshold: t.warningThreshold }));
    // 8 of 0-10 is 80% of the way: 1 + 0.8 x 4 = 4.2 of 1-5; 6 is 3.4; 9 is 4.6.
    expect(moved).toEqual(expect.arrayContaining([{ team: true, target: 4.2, warningThreshold: 3.4 }, { team: false, target: 4.6, warningThreshold: null }]));
    expect(moved).toHaveLength(2);
  });
});
