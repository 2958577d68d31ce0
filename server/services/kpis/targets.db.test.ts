import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, createOrgFixture, type FixtureUser, type OrgFixture } from "@/server/testing/fixtures";
import { codeOf, outcomeOf } from "@/server/testing/outcome";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { today } from "./effective-target";

type Caller = Awaited<ReturnType<typeof callerAs>>;

const OWN_TEAM_ONLY = "You can change only the targets of your own team and its members";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

/** A day relative to today (UTC), as YYYY-MM-DD. */
const day = (offset: number) => today("UTC", new Date(Date.now() + offset * 86_400_000));

/**
 * A fresh organisation with an active journey whose one touch point is owned by the lead's team
 * and has a CSAT KPI: organisation target 80, warning at 70.
 */
async function setUp() {
  const org = await createOrgFixture(testDb.db, "Targets");
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay with us", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  const { id: touchPointId } = await director.touchPoints.create({ stageId, name: "Reception", channel: "in_person", ownerTeamId: org.teamId });
  const { id: kpiId } = await director.kpis.create({
    touchPointId,
    kind: "csat",
    name: "CSAT",
    unit: "%",
    direction: "higher_is_better",
    target: 80,
    warningThreshold: 70,
    minSampleSize: 30,
  });
  const teams = await director.teams.list();
  const teamName = teams.find((t) => t.id === org.teamId)!.name;
  return { org, director, journeyId, kpiId, teamName };
}

/** The KPI's target as `user` sees it on the journey map. */
async function effectiveFor(user: FixtureUser, journeyId: string) {
  const map = await (await callerAs(testDb.db, user)).journeys.map({ journeyId });
  return map.stages[0]!.touchPoints[0]!.kpis[0]!.effective;
}

describe("the target each person sees on the journey map", () => {
  it("is the organisation's, then their team's, then their own, while it is in force", async () => {
    const { org, director, journeyId, kpiId, teamName } = await setUp();
    expect(await effectiveFor(org.frontline, journeyId)).toEqual({ target: 80, warningThreshold: 70, source: "organisation", sourceLabel: "organisation" });

    // Targets that are over, or not yet begun, change nothing.
    await director.kpis.setTarget({ kpiId, teamId: org.teamId, target: 95, warningThreshold: 90, validFrom: day(-60), validTo: day(-1) });
    await director.kpis.setTarget({ kpiId, teamId: org.teamId, target: 96, validFrom: day(1) });
    expect(await effectiveFor(org.frontline, journeyId)).toMatchObject({ target: 80, source: "organisation" });

    await director.kpis.setTarget({ kpiId, teamId: org.teamId, target: 85, validFrom: day(0), validTo: day(30) });
    const team = { target: 85, warningThreshold: 70, source: "team", sourceLabel: `team ${teamName}` };
    expect(await effectiveFor(org.frontline, journeyId)).toEqual(team);
    expect(await effectiveFor(org.lead, journeyId)).toEqual(team);
    // The director and the member of the other team still see the organisation's.
    expect(await effectiveFor(org.director, journeyId)).toMatchObject({ target: 80, source: "organisation" });
    expect(await effectiveFor(org.outsider, journeyId)).toMatchObject({ target: 80, source: "organisation" });

    await director.kpis.setTarget({ kpiId, userId: org.frontline.id, target: 99, validFrom: day(-30), validTo: day(-1) });
    await director.kpis.setTarget({ kpiId, userId: org.frontline.id, target: 90, warningThreshold: 82, validFrom: day(-10) });
    expect(await effectiveFor(org.frontline, journeyId)).toEqual({ target: 90, warningThreshold: 82, source: "person", sourceLabel: "your personal target" });
    // A person's own target is theirs alone: their lead still sees the team's.
    expect(await effectiveFor(org.lead, journeyId)).toEqual(team);
  });
});

describe("what a team lead may do with targets", () => {
  it("sets, updates and removes targets of their own team and its members", async () => {
    const { org, kpiId, journeyId } = await setUp();
    const lead = await callerAs(testDb.db, org.lead);

    const forTeam = await lead.kpis.setTarget({ kpiId, teamId: org.teamId, target: 84, validFrom: day(-1) });
    const forMember = await lead.kpis.setTarget({ kpiId, userId: org.frontline.id, target: 88, validFrom: day(-1) });
    expect(await effectiveFor(org.frontline, journeyId)).toMatchObject({ target: 88, source: "person" });

    await lead.kpis.updateTarget({ targetId: forMember.id, target: 91, warningThreshold: 85, validFrom: day(-1), validTo: null });
    expect(await effectiveFor(org.frontline, journeyId)).toMatchObject({ target: 91, warningThreshold: 85, source: "person" });
    await lead.kpis.removeTarget({ targetId: forMember.id });
    expect(await effectiveFor(org.frontline, journeyId)).toMatchObject({ target: 84, source: "team" });
    await lead.kpis.updateTarget({ targetId: forTeam.id, target: 86, validFrom: day(-1) });
    expect(await effectiveFor(org.lead, journeyId)).toMatchObject({ target: 86, source: "team" });
    await lead.kpis.removeTarget({ targetId: forTeam.id });
    expect(await effectiveFor(org.lead, journeyId)).toMatchObject({ target: 80, source: "organisation" });
  });

  it("is FORBIDDEN for the other team and for a person outside their team, and changes nothing", async () => {
    const { org, director, kpiId } = await setUp();
    const lead = await callerAs(testDb.db, org.lead);
    const forbidden = { ok: false, code: "FORBIDDEN", message: OWN_TEAM_ONLY };

    expect(await outcomeOf(lead.kpis.setTarget({ kpiId, teamId: org.otherTeamId, target: 70, validFrom: day(0) }))).toMatchObject(forbidden);
    expect(await outcomeOf(lead.kpis.setTarget({ kpiId, userId: org.outsider.id, target: 70, validFrom: day(0) }))).toMatchObject(forbidden);
    // The director is in no team: not the lead's person either.
    expect(await outcomeOf(lead.kpis.setTarget({ kpiId, userId: org.director.id, target: 70, validFrom: day(0) }))).toMatchObject(forbidden);

    const otherTeam = await director.kpis.setTarget({ kpiId, teamId: org.otherTeamId, target: 75, validFrom: day(0) });
    const outsider = await director.kpis.setTarget({ kpiId, userId: org.outsider.id, target: 76, validFrom: day(0) });
    const before = await director.kpis.targets({ kpiId });
    for (const targetId of [otherTeam.id, outsider.id]) {
      expect(await outcomeOf(lead.kpis.updateTarget({ targetId, target: 60, validFrom: day(0) }))).toMatchObject(forbidden);
      expect(await outcomeOf(lead.kpis.removeTarget({ targetId }))).toMatchObject(forbidden);
    }
    expect(await director.kpis.targets({ kpiId })).toEqual(before);
    expect(before.map((t) => t.target).sort()).toEqual([75, 76]);
  });

  it("lists every team's target for a lead but only their own people's personal ones", async () => {
    const { org, director, kpiId, teamName } = await setUp();
    const mine = await director.kpis.setTarget({ kpiId, teamId: org.teamId, target: 85, validFrom: "2026-01-01" });
    const theirs = await director.kpis.setTarget({ kpiId, teamId: org.otherTeamId, target: 82, validFrom: "2026-01-01" });
    const member = await director.kpis.setTarget({ kpiId, userId: org.frontline.id, target: 90, validFrom: "2026-01-01" });
    const outsider = await director.kpis.setTarget({ kpiId, userId: org.outsider.id, target: 88, validFrom: "2026-01-01" });

    const seen = await (await callerAs(testDb.db, org.lead)).kpis.targets({ kpiId });
    const byId = new Map(seen.map((t) => [t.id, t]));
    expect([...byId.keys()].sort()).toEqual([mine.id, theirs.id, member.id].sort());
    expect(byId.get(mine.id)).toMatchObject({ teamName, canEdit: true });
    expect(byId.get(theirs.id)).toMatchObject({ canEdit: false });
    expect(byId.get(member.id)).toMatchObject({ userName: org.frontline.name, canEdit: true });

    const all = await director.kpis.targets({ kpiId });
    expect(all.map((t) => t.id).sort()).toEqual([mine.id, theirs.id, member.id, outsider.id].sort());
    expect(all.every((t) => t.canEdit)).toBe(true);

    expect(await codeOf((await callerAs(testDb.db, org.frontline)).kpis.targets({ kpiId }))).toBe("FORBIDDEN");
  });
});

describe("validation of KPIs and targets", () => {
  let org: OrgFixture;
  let director: Caller;
  let kpiId: string;
  let touchPointId: string;
  beforeAll(async () => {
    ({ org, director, kpiId } = await setUp());
    const map = await director.journeys.map({ journeyId: (await director.journeys.list())[0]!.id });
    touchPointId = map.stages[0]!.touchPoints[0]!.id;
  });

  const csat = { kind: "csat" as const, name: "CSAT", direction: "higher_is_better" as const, target: 80, warningThreshold: 70, minSampleSize: 30 };
  const fieldsOf = async (call: Promise<unknown>) => {
    const outcome = await outcomeOf(call);
    expect(outcome).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };

  it("refuses a CSAT target of 120, naming the target", async () => {
    expect(await fieldsOf(director.kpis.create({ touchPointId, ...csat, target: 120 }))).toEqual({ target: ["Must be between 0 and 100 for CSAT (got 120)"] });
    expect(await fieldsOf(director.kpis.update({ kpiId, ...csat, target: 120 }))).toEqual({ target: ["Must be between 0 and 100 for CSAT (got 120)"] });
  });

  it("refuses a warning threshold above the target when higher is better, naming the warning threshold", async () => {
    const expected = { warningThreshold: ["The warning threshold must not be above the target"] };
    expect(await fieldsOf(director.kpis.create({ touchPointId, ...csat, warningThreshold: 85 }))).toEqual(expected);
    expect(await fieldsOf(director.kpis.update({ kpiId, ...csat, warningThreshold: 85 }))).toEqual(expected);
    // Lower is better turns the rule round.
    await director.kpis.create({ touchPointId, kind: "operational", name: "Queue minutes", direction: "lower_is_better", target: 5, warningThreshold: 8, minSampleSize: 10 });
  });

  it("holds a team's or a person's target to the same rules as the KPI's own", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    expect(await fieldsOf(lead.kpis.setTarget({ kpiId, teamId: org.teamId, target: 120, validFrom: "2026-01-01" }))).toEqual({
      target: ["Must be between 0 and 100 for CSAT (got 120)"],
    });
    expect(await fieldsOf(lead.kpis.setTarget({ kpiId, teamId: org.teamId, target: 80, warningThreshold: 90, validFrom: "2026-01-01" }))).toEqual({
      warningThreshold: ["The warning threshold must not be above the target"],
    });
    const { id: targetId } = await lead.kpis.setTarget({ kpiId, teamId: org.teamId, target: 85, warningThreshold: 75, validFrom: "2026-01-01" });
    expect(await fieldsOf(lead.kpis.updateTarget({ targetId, target: -5, validFrom: "2026-01-01" }))).toEqual({
      target: ["Must be between 0 and 100 for CSAT (got -5)"],
    });
    expect((await lead.kpis.targets({ kpiId })).find((t) => t.id === targetId)).toMatchObject({ target: 85, warningThreshold: 75 });
  });

  it("refuses a period that ends before it starts, or a day PostgreSQL cannot store, naming the field", async () => {
    expect(await fieldsOf(director.kpis.setTarget({ kpiId, teamId: org.teamId, target: 85, validFrom: "2026-06-01", validTo: "2026-05-31" }))).toEqual({
      validTo: ["The end date must not be before the start date"],
    });
    // There is no year 0: this was a server error before the date schema checked the range.
    expect(Object.keys((await fieldsOf(director.kpis.setTarget({ kpiId, teamId: org.teamId, target: 85, validFrom: "0000-01-01" }))) ?? {})).toEqual([
      "validFrom",
    ]);
  });
});
