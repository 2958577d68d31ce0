import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamMembers } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type FeedbackItem } from "@/server/services/feedback/ingest";
import { addPerson, callerAs, createOrgFixture, type FixtureUser, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

let testDb: TestDb;
let org: OrgFixture;
let crossing: FixtureUser;
let desk: string;
let billing: string;

const PERIOD = { from: "2026-11-01", to: "2026-11-07" };
const at = (day: string) => new Date(`${day}T10:00:00Z`);

/**
 * Front desk (the lead's team) and billing (the other team), both rated 1-5 against a target of
 * 4 with a minimum sample of 10. In the period: the agent's twelve ratings average 2.5 (interval
 * about 2.2 to 2.8, wholly under 4) after twelve 5s the week before; a second member's twelve
 * average 41/12 = 3.42, below target, but with an interval of about 2.5 to 4.4 that holds it; the
 * lead's own answers at the desk; the lead, also a plain member of billing's team, and the
 * outsider rated 1 twelve times each at billing.
 */
beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Help");
  crossing = await addPerson(testDb.db, org.orgId, { role: "frontline", name: "Help Crossing", teamId: org.teamId, isLead: false });
  const tenant = tenantDb(testDb.db, org.orgId);
  await tenant.insert(teamMembers, { teamId: org.otherTeamId, userId: org.lead.id, isLead: false });
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  desk = (await director.touchPoints.create({ stageId, name: "Front desk", channel: "in_person", ownerTeamId: org.teamId })).id;
  billing = (await director.touchPoints.create({ stageId, name: "Billing", channel: "phone", ownerTeamId: org.otherTeamId })).id;
  for (const touchPointId of [desk, billing]) {
    await director.kpis.create({ touchPointId, kind: "rating", name: "Rating", unit: "/5", direction: "higher_is_better", target: 4, warningThreshold: 3.5, minSampleSize: 10 });
  }
  const rated = (touchPointId: string, staffId: string, ratings: number[], day = "2026-11-04"): FeedbackItem[] =>
    ratings.map((rating) => ({ touchPointId, channel: "in_person", staffId, rating, occurredAt: at(day) }));
  await ingestFeedback(
    tenant,
    [
      ...rated(desk, org.frontline.id, Array(12).fill(5), "2026-10-28"),
      ...rated(desk, org.frontline.id, [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3]),
      ...rated(desk, crossing.id, [5, 5, 5, 5, 5, 1, 1, 1, 3, 3, 3, 4]),
      ...rated(desk, org.lead.id, Array(12).fill(1)),
      ...rated(billing, org.lead.id, Array(12).fill(1)),
      ...rated(billing, org.outsider.id, Array(12).fill(1)),
    ],
    { source: "api" },
  );
});
afterAll(() => testDb.close());

describe("needs help on the team's home", () => {
  it("lists a person below target with confidence and a significant decline, with the evidence", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const result = await lead.dashboards.teamPeople({ ...PERIOD, teamId: org.teamId });
    expect(result.needsHelp.map((e) => e.personId)).toEqual([org.frontline.id]);
    const [agent] = result.needsHelp;
    expect(agent).toMatchObject({ touchPointId: desk, touchPointName: "Front desk", n: 12, value: 2.5, target: { target: 4 }, rules: ["below_target", "declined"] });
    // sd of six 2s and six 3s is sqrt(3/11); the interval is 2.5 ± 1.96 × sd / sqrt(12).
    const half = 1.959963984540054 * Math.sqrt(3 / 11 / 12);
    expect(agent!.interval!.low).toBeCloseTo(2.5 - half, 9);
    expect(agent!.interval!.high).toBeCloseTo(2.5 + half, 9);
    expect(agent!.decline!.change).toBeCloseTo(-2.5, 9);
    expect(agent!.decline!.interval.high).toBeLessThan(0);
  });

  it("leaves out a below-target figure whose interval still holds the target", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const result = await lead.dashboards.teamPeople({ ...PERIOD, teamId: org.teamId });
    const row = result.rows.find((r) => r.personId === crossing.id)!;
    expect(row).toMatchObject({ n: 12, status: "below_target" });
    expect(row.value).toBeCloseTo(41 / 12, 9);
    expect(row.interval!.high).toBeGreaterThan(4);
    expect(result.needsHelp.some((e) => e.personId === crossing.id)).toBe(false);
  });

  it("never lists a lead as a member of the team they lead, nor another team's people to a lead", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const result = await lead.dashboards.teamPeople(PERIOD);
    expect(result.teams.map((t) => t.id)).toEqual([org.teamId]);
    expect(result.people.map((p) => p.id).sort()).toEqual([org.frontline.id, crossing.id].sort());
    const text = JSON.stringify(result);
    expect(text).not.toContain(org.lead.id);
    expect(text).not.toContain(org.outsider.id);
    await expect(lead.dashboards.teamPeople({ ...PERIOD, teamId: org.otherTeamId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows the director a lead of one team as a member of another team, with that team's KPIs only", async () => {
    const director = await callerAs(testDb.db, org.director);
    const result = await director.dashboards.teamPeople(PERIOD);
    const leadRows = result.rows.filter((r) => r.personId === org.lead.id);
    expect(leadRows.map((r) => r.touchPointId)).toEqual([billing]);
    expect(result.needsHelp.map((e) => [e.personId, e.touchPointId, e.rules])).toEqual(
      expect.arrayContaining([
        [org.lead.id, billing, ["below_target"]],
        [org.outsider.id, billing, ["below_target"]],
        [org.frontline.id, desk, ["below_target", "declined"]],
      ]),
    );
    expect(result.needsHelp).toHaveLength(3);
  });
});
