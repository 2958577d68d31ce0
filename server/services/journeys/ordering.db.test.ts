import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { journeyStages, touchPoints } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { codeOf } from "@/server/testing/outcome";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

/**
 * Positions on a journey map stay 0..n-1 per list whatever the designer does, and the order is
 * the one the designer asked for. The model is a plain list of stages, each a list of touch point
 * ids; every operation goes through the routers and is then compared with the stored rows.
 */

type Model = { id: string; points: string[] }[];
type Caller = Awaited<ReturnType<typeof callerAs>>;

// Positions: mostly small (inside the list or just past it), sometimes far past the end.
const position = fc.oneof({ weight: 4, arbitrary: fc.nat(6) }, { weight: 1, arbitrary: fc.integer({ min: 7, max: 10_000 }) });
const pick = fc.nat(1_000);

const operation = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("moveTouchPoint" as const), point: pick, stage: pick, to: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("moveStage" as const), stage: pick, to: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("createTouchPoint" as const), stage: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("removeTouchPoint" as const), point: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("addStage" as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("removeStage" as const), stage: pick }) },
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** Inserts `id` at `index` (past the end means last), as a person dropping a card expects. */
const insertAt = (list: string[], id: string, index: number) => [...list.slice(0, index), id, ...list.slice(index)];

describe("ordering of stages and touch points", () => {
  let testDb: TestDb;
  let org: OrgFixture;
  let director: Caller;
  let counter = 0;

  beforeAll(async () => {
    testDb = await createTestDb();
    org = await createOrgFixture(testDb.db, "Order");
    director = await callerAs(testDb.db, org.director);
  });
  afterAll(async () => {
    await testDb?.close();
  });

  const newPoint = (stageId: string) =>
    director.touchPoints.create({ stageId, name: `Touch point ${++counter}`, channel: "web" }).then((row) => row.id);

  /** A journey with stages of 3, 2 and 1 touch points, built through the routers. */
  async function buildJourney(): Promise<{ journeyId: string; model: Model }> {
    const { id: journeyId } = await director.journeys.create({ name: `Ordering ${++counter}` });
    const model: Model = [];
    for (const size of [3, 2, 1]) {
      const { id } = await director.journeys.addStage({ journeyId, name: `Stage ${++counter}` });
      const points: string[] = [];
      for (let i = 0; i < size; i++) points.push(await newPoint(id));
      model.push({ id, points });
    }
    return { journeyId, model };
  }

  /** The stored rows, checked for positions 0..n-1 per list and compared with the model. */
  async function expectStoredOrder(journeyId: string, model: Model, after: string) {
    const tenant = tenantDb(testDb.db, org.orgId);
    const stages = await tenant.selectFields({ id: journeyStages.id, position: journeyStages.position }, journeyStages, eq(journeyStages.journeyId, journeyId));
    const points = await tenant.selectFields(
      { id: touchPoints.id, stageId: touchPoints.stageId, position: touchPoints.position },
      touchPoints,
      eq(touchPoints.journeyId, journeyId),
    );
    const stagePositions = stages.map((s) => s.position).sort((x, y) => x - y);
    expect(stagePositions, `stage positions after ${after}`).toEqual(stages.map((_, i) => i));
    const storedStages = [...stages].sort((x, y) => x.position - y.position).map((s) => s.id);
    expect(storedStages, `stage order after ${after}`).toEqual(model.map((s) => s.id));
    for (const stage of model) {
      const inStage = points.filter((p) => p.stageId === stage.id);
      expect(inStage.map((p) => p.position).sort((x, y) => x - y), `touch point positions in a stage after ${after}`).toEqual(inStage.map((_, i) => i));
      expect([...inStage].sort((x, y) => x.position - y.position).map((p) => p.id), `touch point order after ${after}`).toEqual(stage.points);
    }
    expect(points.length, `touch points after ${after}`).toBe(model.reduce((n, s) => n + s.points.length, 0));
  }

  /** Applies one operation to the database (through the routers) and to the model. */
  async function apply(op: Operation, journeyId: string, model: Model): Promise<Model> {
    const all = model.flatMap((stage) => stage.points.map((id) => ({ id, stageId: stage.id })));
    switch (op.kind) {
      case "moveTouchPoint": {
        if (all.length === 0) return model;
        const point = all[op.point % all.length]!;
        const target = model[op.stage % model.length]!;
        const result = await director.touchPoints.move({ touchPointId: point.id, toStageId: target.id, toPosition: op.to });
        const without = model.map((s) => ({ id: s.id, points: s.points.filter((id) => id !== point.id) }));
        const next = without.map((s) => (s.id === target.id ? { id: s.id, points: insertAt(s.points, point.id, Math.min(op.to, s.points.length)) } : s));
        const landed = next.find((s) => s.id === target.id)!.points.indexOf(point.id);
        expect(result).toEqual({ id: point.id, stageId: target.id, position: landed });
        return next;
      }
      case "moveStage": {
        if (model.length === 0) return model;
        const stage = model[op.stage % model.length]!;
        const result = await director.journeys.moveStage({ stageId: stage.id, toPosition: op.to });
        const rest = model.filter((s) => s.id !== stage.id);
        const index = Math.min(op.to, rest.length);
        expect(result).toEqual({ id: stage.id, position: index });
        return [...rest.slice(0, index), stage, ...rest.slice(index)];
      }
      case "createTouchPoint": {
        if (model.length === 0) return model;
        const stage = model[op.stage % model.length]!;
        const id = await newPoint(stage.id);
        return model.map((s) => (s.id === stage.id ? { id: s.id, points: [...s.points, id] } : s));
      }
      case "removeTouchPoint": {
        if (all.length === 0) return model;
        const point = all[op.point % all.length]!;
        await director.touchPoints.remove({ touchPointId: point.id });
        return model.map((s) => ({ id: s.id, points: s.points.filter((id) => id !== point.id) }));
      }
      case "addStage": {
        const { id } = await director.journeys.addStage({ journeyId, name: `Stage ${++counter}` });
        return [...model, { id, points: [] }];
      }
      case "removeStage": {
        if (model.length === 0) return model;
        const stage = model[op.stage % model.length]!;
        const outcome = await codeOf(director.journeys.removeStage({ stageId: stage.id }));
        if (stage.points.length > 0) {
          expect(outcome, "removing a stage that has touch points").toBe("CONFLICT");
          return model;
        }
        expect(outcome, "removing an empty stage").toBe("success");
        return model.filter((s) => s.id !== stage.id);
      }
    }
  }

  it("keeps positions 0..n-1 and the requested order after any sequence of edits", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 15 }), async (ops) => {
        const { journeyId, model: start } = await buildJourney();
        await expectStoredOrder(journeyId, start, "building the journey");
        let model = start;
        for (const [step, op] of ops.entries()) {
          model = await apply(op, journeyId, model);
          await expectStoredOrder(journeyId, model, `step ${step + 1} (${JSON.stringify(op)})`);
        }
      }),
      { numRuns: 25 },
    );
  }, 180_000);

  it("shows the map in the stored order, which is the model's", async () => {
    // The property above reads the rows; the map a person sees must say the same.
    const { journeyId, model } = await buildJourney();
    const [first, second] = model;
    await director.touchPoints.move({ touchPointId: first!.points[0]!, toStageId: second!.id, toPosition: 1 });
    await director.journeys.moveStage({ stageId: second!.id, toPosition: 0 });
    const map = await director.journeys.map({ journeyId });
    expect(map.stages.map((s) => [s.id, s.position, s.touchPoints.map((p) => [p.id, p.position])])).toEqual([
      [second!.id, 0, [[second!.points[0], 0], [first!.points[0], 1], [second!.points[1], 2]]],
      [first!.id, 1, [[first!.points[1], 0], [first!.points[2], 1]]],
      [model[2]!.id, 2, [[model[2]!.points[0], 0]]],
    ]);
  });
});
