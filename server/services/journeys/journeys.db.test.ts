import { DEFAULT_RATING_SCALE } from "@/lib/rating-scale";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { codeOf, outcomeOf } from "@/server/testing/outcome";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import type { JourneyDefinition } from "./definition-schema";

type Caller = Awaited<ReturnType<typeof callerAs>>;

let testDb: TestDb;
let alpha: OrgFixture;
let bravo: OrgFixture;
let director: Caller;
let teamName: string;
let otherTeamName: string;

beforeAll(async () => {
  testDb = await createTestDb();
  alpha = await createOrgFixture(testDb.db, "Alpha");
  bravo = await createOrgFixture(testDb.db, "Bravo");
  director = await callerAs(testDb.db, alpha.director);
  const teams = await director.teams.list();
  teamName = teams.find((t) => t.id === alpha.teamId)!.name;
  otherTeamName = teams.find((t) => t.id === alpha.otherTeamId)!.name;
});
afterAll(async () => {
  await testDb?.close();
});

let counter = 0;

/**
 * "Fly with us": Book (Website, an archived Call centre, Confirmation email), Board (Gate) and
 * an empty Arrive, with owners from both teams and none, KPIs made in a non-alphabetical order.
 */
async function buildJourney(caller: Caller, org: OrgFixture, status: "draft" | "active" = "active") {
  const name = `Fly with us ${++counter}`;
  const { id: journeyId } = await caller.journeys.create({
    name,
    description: "Leisure travellers, door to door",
    segment: { travel: "Leisure", class: "Eco" },
    status,
  });
  const book = await caller.journeys.addStage({ journeyId, name: "Book", description: "Search and pay" });
  const board = await caller.journeys.addStage({ journeyId, name: "Board" });
  await caller.journeys.addStage({ journeyId, name: "Arrive", description: "Bags and onward travel" });
  const website = await caller.touchPoints.create({
    stageId: book.id,
    name: "Website",
    channel: "web",
    ownerTeamId: org.teamId,
    isMomentOfTruth: true,
    promise: "Booked in under five minutes",
  });
  await caller.kpis.create({ touchPointId: website.id, kind: "operational", name: "Wait time", unit: "s", direction: "lower_is_better", target: 120, warningThreshold: 180, minSampleSize: 10 });
  await caller.kpis.create({ touchPointId: website.id, kind: "csat", name: "CSAT", unit: "%", direction: "higher_is_better", target: 80, warningThreshold: 70, minSampleSize: 30 });
  await caller.kpis.create({ touchPointId: website.id, kind: "nps", name: "NPS", direction: "higher_is_better", target: 30, warningThreshold: 10, minSampleSize: 50 });
  const callCentre = await caller.touchPoints.create({ stageId: book.id, name: "Call centre", channel: "phone", ownerTeamId: org.otherTeamId, description: "Phone bookings" });
  await caller.kpis.create({ touchPointId: callCentre.id, kind: "ces", name: "Effort", direction: "higher_is_better", target: 5.5, warningThreshold: 5, minSampleSize: 20 });
  await caller.touchPoints.archive({ touchPointId: callCentre.id });
  await caller.touchPoints.create({ stageId: book.id, name: "Confirmation email", channel: "email" });
  const gate = await caller.touchPoints.create({ stageId: board.id, name: "Gate", channel: "in_person", ownerTeamId: org.teamId, isMomentOfTruth: true, promise: "Boarding on time" });
  await caller.kpis.create({ touchPointId: gate.id, kind: "rating", name: "Gate rating", unit: "/5", direction: "higher_is_better", target: 4.2, warningThreshold: 3.8, minSampleSize: 30 });
  return { journeyId, name, bookId: book.id, websiteId: website.id, callCentreId: callCentre.id, gateId: gate.id };
}

const kpiRow = (kind: string, name: string, unit: string, direction: string, target: number, warningThreshold: number, minSampleSize: number) => ({
  kind,
  name,
  unit,
  direction,
  target,
  warningThreshold,
  minSampleSize,
});

describe("export and import", () => {
  it("exports every part of the journey a person designed, in order, with teams by name", async () => {
    const built = await buildJourney(director, alpha);
    const document = await director.journeys.exportDefinition({ journeyId: built.journeyId });
    expect(document).toEqual({
      format: "touchpoint.journey",
      version: 1,
      journey: { name: built.name, description: "Leisure travellers, door to door", segment: { travel: "Leisure", class: "Eco" }, status: "active" },
      stages: [
        {
          name: "Book",
          description: "Search and pay",
          touchPoints: [
            {
              name: "Website",
              description: "",
              channel: "web",
              ownerTeam: teamName,
              isMomentOfTruth: true,
              promise: "Booked in under five minutes",
              archived: false,
              kpis: [
                kpiRow("operational", "Wait time", "s", "lower_is_better", 120, 180, 10),
                kpiRow("csat", "CSAT", "%", "higher_is_better", 80, 70, 30),
                kpiRow("nps", "NPS", "", "higher_is_better", 30, 10, 50),
              ],
            },
            {
              name: "Call centre",
              description: "Phone bookings",
              channel: "phone",
              ownerTeam: otherTeamName,
              isMomentOfTruth: false,
              promise: "",
              archived: true,
              kpis: [kpiRow("ces", "Effort", "", "higher_is_better", 5.5, 5, 20)],
            },
            { name: "Confirmation email", description: "", channel: "email", ownerTeam: null, isMomentOfTruth: false, promise: "", archived: false, kpis: [] },
          ],
        },
        {
          name: "Board",
          description: "",
          touchPoints: [
            {
              name: "Gate",
              description: "",
              channel: "in_person",
              ownerTeam: teamName,
              isMomentOfTruth: true,
              promise: "Boarding on time",
              archived: false,
              // A rating carries its scale, so the copy is on the same one.
              kpis: [{ ...kpiRow("rating", "Gate rating", "/5", "higher_is_better", 4.2, 3.8, 30), ...DEFAULT_RATING_SCALE }],
            },
          ],
        },
        { name: "Arrive", description: "Bags and onward travel", touchPoints: [] },
      ],
    });
  });

  it("imports an export as an equal journey: exporting the copy gives the same document", async () => {
    const built = await buildJourney(director, alpha);
    const original = await director.journeys.exportDefinition({ journeyId: built.journeyId });
    const imported = await director.journeys.importDefinition({ document: original });
    expect(imported.id).not.toBe(built.journeyId);
    expect(imported.warnings).toEqual([]);
    expect(await director.journeys.exportDefinition({ journeyId: imported.id })).toEqual(original);

    // New rows, not the old ones: no id of the original's map appears in the copy's.
    const ids = (map: Awaited<ReturnType<Caller["journeys"]["map"]>>) =>
      map.stages.flatMap((s) => [s.id, ...s.touchPoints.flatMap((p) => [p.id, ...p.kpis.map((k) => k.id)])]);
    const before = ids(await director.journeys.map({ journeyId: built.journeyId }));
    const after = ids(await director.journeys.map({ journeyId: imported.id }));
    expect(after).toHaveLength(before.length);
    expect(after.filter((id) => before.includes(id))).toEqual([]);
  });

  it("brings an archived journey in as a draft", async () => {
    const built = await buildJourney(director, alpha);
    await director.journeys.archive({ journeyId: built.journeyId });
    const document = await director.journeys.exportDefinition({ journeyId: built.journeyId });
    expect(document.journey.status).toBe("archived");
    const imported = await director.journeys.importDefinition({ document });
    expect((await director.journeys.map({ journeyId: imported.id })).journey.status).toBe("draft");
  });

  it("matches owner teams by name (ignoring case) in another organisation and warns about unknown ones", async () => {
    const built = await buildJourney(director, alpha);
    const document = await director.journeys.exportDefinition({ journeyId: built.journeyId });
    const bravoDirector = await callerAs(testDb.db, bravo.director);
    const sameName = await bravoDirector.teams.create({ name: teamName.toUpperCase() });

    const imported = await bravoDirector.journeys.importDefinition({ document });
    expect(imported.warnings).toEqual([`Call centre: there is no team called "${otherTeamName}" here, so it has no owner yet.`]);

    const map = await bravoDirector.journeys.map({ journeyId: imported.id });
    const owners = map.stages.flatMap((s) => s.touchPoints.map((p) => [p.name, p.ownerTeamId]));
    expect(owners).toEqual([
      ["Website", sameName.id],
      ["Call centre", null],
      ["Confirmation email", null],
      ["Gate", sameName.id],
    ]);
    // Apart from the owners, Bravo now has the same journey.
    const ownerIn = (name: string | null) => (name === teamName ? sameName.name : null);
    const expected: JourneyDefinition = {
      ...document,
      stages: document.stages.map((stage) => ({
        ...stage,
        touchPoints: stage.touchPoints.map((point) => ({ ...point, ownerTeam: ownerIn(point.ownerTeam) })),
      })),
    };
    expect(await bravoDirector.journeys.exportDefinition({ journeyId: imported.id })).toEqual(expected);
    // And Alpha cannot reach it.
    expect(await codeOf(director.journeys.map({ journeyId: imported.id }))).toBe("NOT_FOUND");
  });

  it("refuses a bad document with the path of the field at fault, and stores nothing", async () => {
    const built = await buildJourney(director, alpha);
    const document = await director.journeys.exportDefinition({ journeyId: built.journeyId });
    const journeysBefore = (await director.journeys.list({ includeArchived: true })).length;

    const badChannel = structuredClone(document) as unknown as { stages: { touchPoints: { channel: string }[] }[] };
    badChannel.stages[0]!.touchPoints[0]!.channel = "fax";
    const channel = await outcomeOf(director.journeys.importDefinition({ document: badChannel as never }));
    expect(channel).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    expect(Object.keys((channel.ok ? {} : channel.fieldErrors) ?? {})).toEqual(["document.stages.0.touchPoints.0.channel"]);

    const badKpi = structuredClone(document);
    badKpi.stages[0]!.touchPoints[0]!.kpis[1]!.target = 120;
    const kpi = await outcomeOf(director.journeys.importDefinition({ document: badKpi }));
    expect(kpi.ok ? {} : kpi.fieldErrors).toEqual({
      "document.stages.0.touchPoints.0.kpis.1.target": ["Must be between 0 and 100 for CSAT (got 120)"],
    });

    const notOurs = await outcomeOf(director.journeys.importDefinition({ document: { ...document, format: "something.else" } as never }));
    expect(Object.keys((notOurs.ok ? {} : notOurs.fieldErrors) ?? {})).toEqual(["document.format"]);

    expect((await director.journeys.list({ includeArchived: true })).length).toBe(journeysBefore);
  });
});

describe("duplicate", () => {
  it("copies stages, touch points and KPIs as a draft with the new name and segment, and leaves the original alone", async () => {
    const built = await buildJourney(director, alpha);
    const original = await director.journeys.exportDefinition({ journeyId: built.journeyId });
    const originalMap = await director.journeys.map({ journeyId: built.journeyId });

    const copy = await director.journeys.duplicate({ journeyId: built.journeyId, name: "Fly with us: business", segment: { class: "Business" } });
    expect(copy.id).not.toBe(built.journeyId);

    // Archived touch points stay behind; everything else comes along, in order.
    expect(await director.journeys.exportDefinition({ journeyId: copy.id })).toEqual({
      ...original,
      journey: { ...original.journey, name: "Fly with us: business", segment: { class: "Business" }, status: "draft" },
      stages: original.stages.map((stage) => ({ ...stage, touchPoints: stage.touchPoints.filter((p) => !p.archived) })),
    });
    const copyMap = await director.journeys.map({ journeyId: copy.id });
    expect(copyMap.stages.map((s) => s.touchPoints.map((p) => p.position))).toEqual([[0, 1], [0], []]);
    const originalIds = new Set(originalMap.stages.flatMap((s) => [s.id, ...s.touchPoints.flatMap((p) => [p.id, ...p.kpis.map((k) => k.id)])]));
    const copyIds = copyMap.stages.flatMap((s) => [s.id, ...s.touchPoints.flatMap((p) => [p.id, ...p.kpis.map((k) => k.id)])]);
    expect(copyIds.filter((id) => originalIds.has(id))).toEqual([]);

    expect(await director.journeys.exportDefinition({ journeyId: built.journeyId })).toEqual(original);
    expect(await director.journeys.map({ journeyId: built.journeyId })).toEqual(originalMap);
  });

  it("keeps the original segment when none is given", async () => {
    const built = await buildJourney(director, alpha);
    const copy = await director.journeys.duplicate({ journeyId: built.journeyId, name: "Same travellers" });
    expect((await director.journeys.map({ journeyId: copy.id })).journey).toMatchObject({
      name: "Same travellers",
      segment: { travel: "Leisure", class: "Eco" },
      status: "draft",
    });
  });
});

describe("archive and restore", () => {
  it("hides an archived journey from the list, freezes it, and restores it as a draft", async () => {
    const built = await buildJourney(director, alpha);
    expect(await director.journeys.archive({ journeyId: built.journeyId })).toEqual({ id: built.journeyId, status: "archived" });

    expect((await director.journeys.list()).map((j) => j.id)).not.toContain(built.journeyId);
    const withArchived = await director.journeys.list({ includeArchived: true });
    expect(withArchived.find((j) => j.id === built.journeyId)).toMatchObject({ status: "archived", stageCount: 3, touchPointCount: 4 });

    const frozen = await outcomeOf(director.journeys.update({ journeyId: built.journeyId, name: "Renamed" }));
    expect(frozen).toMatchObject({ ok: false, code: "CONFLICT", message: "Restore this journey before changing it" });
    expect(await codeOf(director.touchPoints.create({ stageId: built.bookId, name: "Kiosk", channel: "in_person" }))).toBe("CONFLICT");

    expect(await director.journeys.restore({ journeyId: built.journeyId })).toEqual({ id: built.journeyId, status: "draft" });
    expect((await director.journeys.list()).find((j) => j.id === built.journeyId)?.status).toBe("draft");
    await director.journeys.update({ journeyId: built.journeyId, name: "Renamed", status: "active" });
    expect((await director.journeys.map({ journeyId: built.journeyId })).journey).toMatchObject({ name: "Renamed", status: "active" });

    const audit = await director.audit.list({ entityType: "journey" });
    const mine = audit.rows.filter((row) => row.entityId === built.journeyId).map((row) => [row.action, row.before, row.after]);
    expect(mine).toEqual(
      expect.arrayContaining([
        ["journey.archived", { status: "active" }, { status: "archived" }],
        ["journey.restored", { status: "archived" }, { status: "draft" }],
      ]),
    );
  });
});

describe("who sees which journeys", () => {
  it("shows team leads and frontline staff active journeys only: a draft or archived one is not found", async () => {
    const built = await buildJourney(director, alpha, "draft");
    const lead = await callerAs(testDb.db, alpha.lead);
    const frontline = await callerAs(testDb.db, alpha.frontline);
    const visibleTo = async (caller: Caller) => ({
      listed: (await caller.journeys.list()).some((j) => j.id === built.journeyId),
      map: await codeOf(caller.journeys.map({ journeyId: built.journeyId })),
    });

    // Draft: the director works on it; nobody else sees it yet.
    expect(await visibleTo(director)).toEqual({ listed: true, map: "success" });
    expect(await visibleTo(lead)).toEqual({ listed: false, map: "NOT_FOUND" });
    expect(await visibleTo(frontline)).toEqual({ listed: false, map: "NOT_FOUND" });

    await director.journeys.update({ journeyId: built.journeyId, name: built.name, status: "active" });
    expect(await visibleTo(lead)).toEqual({ listed: true, map: "success" });
    expect(await visibleTo(frontline)).toEqual({ listed: true, map: "success" });
    const leadMap = await lead.journeys.map({ journeyId: built.journeyId });
    expect(leadMap.canEdit).toBe(false);

    await director.journeys.archive({ journeyId: built.journeyId });
    expect(await visibleTo(lead)).toEqual({ listed: false, map: "NOT_FOUND" });
    expect(await visibleTo(frontline)).toEqual({ listed: false, map: "NOT_FOUND" });
    // Asking for archived ones changes nothing for them.
    expect((await frontline.journeys.list({ includeArchived: true })).some((j) => j.id === built.journeyId)).toBe(false);
    expect((await director.journeys.list({ includeArchived: true })).some((j) => j.id === built.journeyId)).toBe(true);
  });
});
