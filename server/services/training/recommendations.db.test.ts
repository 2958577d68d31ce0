import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type FeedbackItem } from "@/server/services/feedback/ingest";
import { addPerson, callerAs, createOrgFixture, type FixtureUser, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { recordTrainingResult } from "./records";

let testDb: TestDb;
let org: OrgFixture;
let borderline: FixtureUser;
let desk: string;
let deskModule: string;
let otherDeskModule: string;

const PERIOD = { from: "2026-11-01", to: "2026-11-07" };
const at = (day: string) => new Date(`${day}T10:00:00Z`);

/**
 * The front desk (the lead's team) is rated 1-5 against a target of 4, minimum sample 10. The
 * agent's twelve ratings average 2.5 (interval about 2.2-2.8: below target beyond doubt); the
 * borderline colleague's average 3.42 with an interval reaching above 4 (maybe chance); the
 * outsider (another team) rates 1 at billing. Two active modules and one retired serve the desk.
 */
beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Recommend");
  borderline = await addPerson(testDb.db, org.orgId, { role: "frontline", name: "Recommend Borderline", teamId: org.teamId, isLead: false });
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  desk = (await director.touchPoints.create({ stageId, name: "Front desk", channel: "in_person", ownerTeamId: org.teamId })).id;
  const billing = (await director.touchPoints.create({ stageId, name: "Billing", channel: "phone", ownerTeamId: org.otherTeamId })).id;
  for (const touchPointId of [desk, billing]) {
    await director.kpis.create({ touchPointId, kind: "rating", name: "Rating", unit: "/5", direction: "higher_is_better", target: 4, warningThreshold: 3.5, minSampleSize: 10 });
  }
  const base = { kind: "personal" as const, skills: [], durationMinutes: 20, content: "", externalId: null, teamId: null };
  deskModule = (await director.training.create({ ...base, title: "Desk calm", touchPointIds: [desk] })).id;
  otherDeskModule = (await director.training.create({ ...base, title: "Desk welcome", touchPointIds: [desk] })).id;
  const retired = (await director.training.create({ ...base, title: "Old desk course", touchPointIds: [desk] })).id;
  await director.training.retire({ moduleId: retired });
  await director.training.create({ ...base, title: "Billing calls", touchPointIds: [billing] });
  const rated = (touchPointId: string, staffId: string, ratings: number[]): FeedbackItem[] =>
    ratings.map((rating) => ({ touchPointId, channel: "in_person", staffId, rating, occurredAt: at("2026-11-04") }));
  await ingestFeedback(
    tenantDb(testDb.db, org.orgId),
    [
      ...rated(desk, org.frontline.id, [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3]),
      ...rated(desk, borderline.id, [5, 5, 5, 5, 5, 1, 1, 1, 3, 3, 3, 4]),
      ...rated(billing, org.outsider.id, Array(12).fill(1)),
    ],
    { source: "api" },
  );
});
afterAll(() => testDb.close());

describe("who needs which training", () => {
  it("suggests the active modules of the touch point to a person below target beyond doubt, with the evidence", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const { entries } = await lead.training.recommendations(PERIOD);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({ personId: org.frontline.id, touchPointId: desk, touchPointName: "Front desk", kpiName: "Rating", n: 12, value: 2.5, target: { target: 4 } });
    expect(entry!.interval!.high).toBeLessThan(4);
    expect(entry!.modules.map((m) => m.title)).toEqual(["Desk calm", "Desk welcome"]);
  });

  it("leaves out a person whose interval still reaches the target, and people outside the lead's teams", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const { entries } = await lead.training.recommendations(PERIOD);
    expect(entries.map((e) => e.personId)).not.toContain(borderline.id);
    expect(entries.map((e) => e.personId)).not.toContain(org.outsider.id);
    // The director sees every team: the outsider's billing gap too.
    const director = await callerAs(testDb.db, org.director);
    const all = await director.training.recommendations(PERIOD);
    expect(all.entries.find((e) => e.personId === org.outsider.id)?.modules.map((m) => m.title)).toEqual(["Billing calls"]);
  });

  it("stops suggesting a module once it is assigned, and another once completed from the LMS", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    await lead.training.assign({ moduleId: deskModule, userIds: [org.frontline.id], dueOn: "2099-01-01" });
    expect((await lead.training.recommendations(PERIOD)).entries[0]!.modules.map((m) => m.id)).toEqual([otherDeskModule]);
    await tenantDb(testDb.db, org.orgId).transaction((tx) =>
      recordTrainingResult(tx, { moduleId: otherDeskModule, userId: org.frontline.id, outcome: "passed", completedAt: at("2026-11-20"), score: 90, source: "lms_csv", sourceRef: "row-1" }),
    );
    const after = await lead.training.recommendations(PERIOD);
    // The gap stays listed, with nothing left to suggest.
    expect(after.entries).toEqual([expect.objectContaining({ personId: org.frontline.id, modules: [] })]);
  });

  it("suggests a module again when its assignment was cancelled; a failed LMS attempt does not count as done", async () => {
    const director = await callerAs(testDb.db, org.director);
    const base = { kind: "professional" as const, skills: [], durationMinutes: 20, content: "", externalId: null, teamId: null };
    const fresh = (await director.training.create({ ...base, title: "Desk phrases", touchPointIds: [desk] })).id;
    await tenantDb(testDb.db, org.orgId).transaction((tx) =>
      recordTrainingResult(tx, { moduleId: fresh, userId: org.frontline.id, outcome: "failed", completedAt: at("2026-11-20"), score: 20, source: "xapi", sourceRef: "statement-1" }),
    );
    const lead = await callerAs(testDb.db, org.lead);
    const { results } = await lead.training.assign({ moduleId: fresh, userIds: [org.frontline.id], dueOn: "2099-01-01" });
    expect((await lead.training.recommendations(PERIOD)).entries[0]!.modules.map((m) => m.id)).toEqual([]);
    await lead.training.cancel({ assignmentId: results[0]!.assignmentId });
    expect((await lead.training.recommendations(PERIOD)).entries[0]!.modules.map((m) => m.id)).toEqual([fresh]);
  });
});

describe("a person's training history", () => {
  it("is readable by the person, their lead and a director, and not by a colleague or another team's lead", async () => {
    const self = await callerAs(testDb.db, org.frontline);
    const mine = await self.training.history();
    expect(mine.person.id).toBe(org.frontline.id);
    expect(mine.records.map((r) => [r.moduleTitle, r.source, r.outcome]).sort()).toEqual([
      ["Desk phrases", "xapi", "failed"],
      ["Desk welcome", "lms_csv", "passed"],
    ]);
    expect(mine.assignments.map((a) => a.moduleTitle).sort()).toEqual(["Desk calm", "Desk phrases"]);
    const lead = await callerAs(testDb.db, org.lead);
    expect((await lead.training.history({ userId: org.frontline.id })).records).toHaveLength(2);
    const director = await callerAs(testDb.db, org.director);
    expect((await director.training.history({ userId: org.frontline.id })).assignments).toHaveLength(2);
    await expect((await callerAs(testDb.db, borderline)).training.history({ userId: org.frontline.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(lead.training.history({ userId: org.outsider.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
