import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "@/server/db/tenant-db";
import { ingestFeedback } from "@/server/services/feedback/ingest";
import { analyseComment } from "@/server/services/text/analyse";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { codeOf, outcomeOf } from "@/server/testing/outcome";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

type Caller = Awaited<ReturnType<typeof callerAs>>;

let testDb: TestDb;
let org: OrgFixture;
let director: Caller;

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Points");
  director = await callerAs(testDb.db, org.director);
});
afterAll(async () => {
  await testDb?.close();
});

let counter = 0;

/** An active journey with stages Check in (Kiosk, Bag drop, Desk) and Board (Gate). */
async function buildJourney() {
  const { id: journeyId } = await director.journeys.create({ name: `Airport ${++counter}`, status: "active" });
  const checkIn = await director.journeys.addStage({ journeyId, name: "Check in" });
  const board = await director.journeys.addStage({ journeyId, name: "Board" });
  const point = (stageId: string, name: string) => director.touchPoints.create({ stageId, name, channel: "in_person", ownerTeamId: org.teamId }).then((p) => p.id);
  const kiosk = await point(checkIn.id, "Kiosk");
  const bagDrop = await point(checkIn.id, "Bag drop");
  const desk = await point(checkIn.id, "Desk");
  const gate = await point(board.id, "Gate");
  return { journeyId, checkInId: checkIn.id, boardId: board.id, kiosk, bagDrop, desk, gate };
}

/** A customer's response at the touch point, stored through the ingest as every response is, so the rollups count it too. */
async function addFeedback(touchPointId: string) {
  await ingestFeedback(tenantDb(testDb.db, org.orgId), [{ touchPointId, channel: "web", occurredAt: new Date(), rating: 4 }], {
    source: "manual",
    analyse: analyseComment,
  });
}

/** The map as a person sees it: per stage, its touch points' names, positions and archived flag. */
async function layout(journeyId: string) {
  const map = await director.journeys.map({ journeyId });
  return map.stages.map((stage) => ({
    stage: stage.name,
    points: stage.touchPoints.map((p) => `${p.position}:${p.name}${p.archived ? " (archived)" : ""}`),
  }));
}

async function auditOf(entityId: string, entityType: string) {
  const { rows } = await director.audit.list({ entityType, pageSize: 200 });
  return rows.filter((row) => row.entityId === entityId).reverse(); // oldest first
}

describe("removing and archiving touch points", () => {
  it("refuses to remove a touch point that has feedback, and lets it be archived and restored instead", async () => {
    const j = await buildJourney();
    await addFeedback(j.bagDrop);

    const removal = await outcomeOf(director.touchPoints.remove({ touchPointId: j.bagDrop }));
    expect(removal).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(removal.ok ? "" : removal.message).toMatch(/Bag drop has 1 customer response.*Archive it instead/);
    expect(await layout(j.journeyId)).toEqual([
      { stage: "Check in", points: ["0:Kiosk", "1:Bag drop", "2:Desk"] },
      { stage: "Board", points: ["0:Gate"] },
    ]);

    await director.touchPoints.archive({ touchPointId: j.bagDrop });
    expect((await layout(j.journeyId))[0]!.points).toEqual(["0:Kiosk", "1:Bag drop (archived)", "2:Desk"]);
    const map = await director.journeys.map({ journeyId: j.journeyId });
    expect(map.stages[0]!.touchPoints.find((p) => p.id === j.bagDrop)).toMatchObject({ archived: true, feedbackCount: 1 });

    // Archived, it still cannot be removed: its responses still need it.
    expect(await codeOf(director.touchPoints.remove({ touchPointId: j.bagDrop }))).toBe("CONFLICT");

    await director.touchPoints.restore({ touchPointId: j.bagDrop });
    expect((await layout(j.journeyId))[0]!.points).toEqual(["0:Kiosk", "1:Bag drop", "2:Desk"]);
  });

  it("removes a touch point without feedback and closes up the positions after it", async () => {
    const j = await buildJourney();
    await addFeedback(j.desk); // feedback elsewhere does not matter
    await director.touchPoints.remove({ touchPointId: j.kiosk });
    expect(await layout(j.journeyId)).toEqual([
      { stage: "Check in", points: ["0:Bag drop", "1:Desk"] },
      { stage: "Board", points: ["0:Gate"] },
    ]);
    expect(await codeOf(director.touchPoints.update({ touchPointId: j.kiosk, name: "Kiosk", channel: "app" }))).toBe("NOT_FOUND");
  });
});

describe("stages and moves", () => {
  it("keeps a stage while it has touch points, archived ones included", async () => {
    const j = await buildJourney();
    await director.touchPoints.archive({ touchPointId: j.gate });
    const refused = await outcomeOf(director.journeys.removeStage({ stageId: j.boardId }));
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", message: "Board still has 1 touch point(s). Move or remove them first." });

    await director.touchPoints.move({ touchPointId: j.gate, toStageId: j.checkInId, toPosition: 0 });
    await director.journeys.removeStage({ stageId: j.boardId });
    expect(await layout(j.journeyId)).toEqual([{ stage: "Check in", points: ["0:Gate (archived)", "1:Kiosk", "2:Bag drop", "3:Desk"] }]);
  });

  it("refuses to move a touch point to a stage of another journey", async () => {
    const j = await buildJourney();
    const other = await buildJourney();
    const before = [await layout(j.journeyId), await layout(other.journeyId)];
    const moved = await outcomeOf(director.touchPoints.move({ touchPointId: j.kiosk, toStageId: other.boardId, toPosition: 0 }));
    expect(moved).toMatchObject({ ok: false, code: "CONFLICT", message: "A touch point can only move to a stage of its own journey" });
    expect([await layout(j.journeyId), await layout(other.journeyId)]).toEqual(before);
  });
});

describe("the audit trail of the designer", () => {
  it("records who changed each touch point and stage, with the values before and after", async () => {
    const j = await buildJourney();
    await director.touchPoints.update({ touchPointId: j.desk, name: "Service desk", channel: "in_person", ownerTeamId: org.otherTeamId, promise: "No queue" });
    await director.touchPoints.move({ touchPointId: j.desk, toStageId: j.boardId, toPosition: 0 });
    await director.touchPoints.archive({ touchPointId: j.desk });
    await director.touchPoints.restore({ touchPointId: j.desk });
    await director.touchPoints.remove({ touchPointId: j.desk });

    const trail = await auditOf(j.desk, "touch_point");
    expect(trail.map((row) => row.action)).toEqual([
      "touch_point.created",
      "touch_point.updated",
      "touch_point.moved",
      "touch_point.archived",
      "touch_point.restored",
      "touch_point.removed",
    ]);
    for (const row of trail) expect({ actorId: row.actorId, actorName: row.actorName }).toEqual({ actorId: org.director.id, actorName: org.director.name });
    const [created, updated, moved, archived, restored, removed] = trail;
    expect(created).toMatchObject({ before: null, after: { name: "Desk", stageId: j.checkInId, position: 2, ownerTeamId: org.teamId } });
    expect(updated).toMatchObject({
      before: { name: "Desk", ownerTeamId: org.teamId, promise: "" },
      after: { name: "Service desk", ownerTeamId: org.otherTeamId, promise: "No queue" },
    });
    expect(moved).toMatchObject({ before: { stageId: j.checkInId, position: 2 }, after: { stageId: j.boardId, position: 0 } });
    expect(archived).toMatchObject({ before: { archivedAt: null }, after: { archivedAt: expect.any(String) } });
    expect(restored).toMatchObject({ before: { archivedAt: expect.any(String) }, after: { archivedAt: null } });
    expect(removed).toMatchObject({ before: { name: "Service desk", stageId: j.boardId, position: 0 }, after: null });
  });

  it("records stage changes, and nothing for a refused change", async () => {
    const j = await buildJourney();
    const { id: stageId } = await director.journeys.addStage({ journeyId: j.journeyId, name: "Arrive" });
    await director.journeys.updateStage({ stageId, name: "Arrival", description: "Bags" });
    await director.journeys.moveStage({ stageId, toPosition: 0 });
    expect(await codeOf(director.journeys.removeStage({ stageId: j.boardId }))).toBe("CONFLICT");
    await director.journeys.removeStage({ stageId });

    const trail = await auditOf(stageId, "stage");
    expect(trail.map((row) => [row.action, row.actorId, row.before, row.after])).toEqual([
      ["stage.created", org.director.id, null, { journeyId: j.journeyId, name: "Arrive", position: 2 }],
      ["stage.updated", org.director.id, { name: "Arrive", description: "" }, { name: "Arrival", description: "Bags" }],
      ["stage.reordered", org.director.id, { order: ["Check in", "Board", "Arrival"] }, { order: ["Arrival", "Check in", "Board"] }],
      ["stage.removed", org.director.id, { journeyId: j.journeyId, name: "Arrival", position: 0 }, null],
    ]);
    expect(await auditOf(j.boardId, "stage")).toHaveLength(1); // created; the refused removal left no trace
    expect(await layout(j.journeyId)).toEqual([
      { stage: "Check in", points: ["0:Kiosk", "1:Bag drop", "2:Desk"] },
      { stage: "Board", points: ["0:Gate"] },
    ]);
  });
});
