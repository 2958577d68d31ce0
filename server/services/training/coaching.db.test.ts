import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { todayIn } from "@/lib/day-in";
import { tenantDb } from "@/server/db/tenant-db";
import { addPerson, callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

let testDb: TestDb;
let org: OrgFixture;
let deskId: string;
let backOfficeId: string;

const today = todayIn("UTC");
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function touchPointOwnedBy(teamId: string, name: string) {
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: `Journey ${name}`, status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Stage" });
  return (await director.touchPoints.create({ stageId, name, channel: "in_person", ownerTeamId: teamId })).id;
}

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Coach");
  deskId = await touchPointOwnedBy(org.teamId, "Check-in desk");
  backOfficeId = await touchPointOwnedBy(org.otherTeamId, "Baggage claims");
});
afterAll(() => testDb.close());

const session = (fields: Record<string, unknown> = {}) => ({
  userId: org.frontline.id,
  heldOn: daysAgo(3),
  touchPointIds: [deskId],
  notes: "Talked through the queue at peak time",
  actions: "Greet each customer by name",
  followUpOn: daysAgo(1),
  ...fields,
});

describe("coaching sessions", () => {
  it("lets a lead record a session with their team member, who sees it and confirms it once", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const { id } = await lead.coaching.record(session());
    const person = await callerAs(testDb.db, org.frontline);
    const mine = await person.coaching.mine();
    expect(mine.map((s) => [s.id, s.status, s.coach.name, s.touchPoints.map((t) => t.name)])).toEqual([
      [id, "awaiting_confirmation", org.lead.name, ["Check-in desk"]],
    ]);
    const team = await lead.coaching.team();
    const listed = team.find((s) => s.id === id)!;
    expect(listed.followUpDue).toBe(true);
    expect(listed.status).toBe("awaiting_confirmation");

    await person.coaching.confirm({ sessionId: id });
    expect((await lead.coaching.team()).find((s) => s.id === id)!.status).toBe("confirmed");
    await expect(person.coaching.confirm({ sessionId: id })).rejects.toMatchObject({ code: "CONFLICT" });
    // Confirmed: the lead can no longer change it.
    await expect(lead.coaching.update({ sessionId: id, ...session({ notes: "changed" }) })).rejects.toMatchObject({ code: "CONFLICT" });

    const audit = await tenantDb(testDb.db, org.orgId).selectFields({ action: auditLog.action }, auditLog, eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action).sort()).toEqual(["coaching.confirm", "coaching.record"]);
  });

  it("lets only the person confirm: not the lead, not a colleague", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const { id } = await lead.coaching.record(session());
    await expect(lead.coaching.confirm({ sessionId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await callerAs(testDb.db, org.outsider)).coaching.confirm({ sessionId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect((await callerAs(testDb.db, org.director)).coaching.confirm({ sessionId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a lead coaching outside their team, reading outside it, or about another team's touch point", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    await expect(lead.coaching.record(session({ userId: org.outsider.id, touchPointIds: [backOfficeId] }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(lead.coaching.forPerson({ userId: org.outsider.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(lead.coaching.record(session({ touchPointIds: [backOfficeId] }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Choose touch points that the person's team owns",
    });
    // Frontline staff read only their own sessions.
    const frontline = await callerAs(testDb.db, org.frontline);
    await expect(frontline.coaching.forPerson({ userId: org.outsider.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(frontline.coaching.team()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(frontline.coaching.record(session({ userId: org.outsider.id }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A director coaches anyone, about any touch point.
    const director = await callerAs(testDb.db, org.director);
    const { id } = await director.coaching.record(session({ userId: org.outsider.id, touchPointIds: [backOfficeId, deskId] }));
    expect((await lead.coaching.team()).map((s) => s.id)).not.toContain(id);
    expect((await director.coaching.forPerson({ userId: org.outsider.id })).map((s) => s.id)).toEqual([id]);
  });

  it("refuses a session in the future, a follow-up before it, no touch point, and oneself", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await expect(lead.coaching.record(session({ heldOn: tomorrow, followUpOn: null }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `The session date ${tomorrow} is in the future`,
    });
    await expect(lead.coaching.record(session({ heldOn: today, followUpOn: daysAgo(2) }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(lead.coaching.record(session({ touchPointIds: [] }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(lead.coaching.record(session({ heldOn: "2026-02-30" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(lead.coaching.record(session({ userId: org.lead.id }))).rejects.toMatchObject({ code: "BAD_REQUEST", message: "You cannot record a coaching session with yourself" });
  });

  it("lets the coach edit an unconfirmed session, and offers the form only the lead's people and their touch points", async () => {
    const newcomer = await addPerson(testDb.db, org.orgId, { role: "frontline", name: "Coach Newcomer", teamId: org.teamId, isLead: false });
    const lead = await callerAs(testDb.db, org.lead);
    const { id } = await lead.coaching.record(session({ userId: newcomer.id, followUpOn: null }));
    await lead.coaching.update({ sessionId: id, ...session({ userId: undefined, notes: "Rewritten notes", followUpOn: today }) });
    const [edited] = await lead.coaching.forPerson({ userId: newcomer.id });
    expect(edited).toMatchObject({ notes: "Rewritten notes", followUpOn: today, followUpDue: true });

    const options = await lead.coaching.formOptions();
    expect(options.people.map((p) => p.id).sort()).toEqual([org.frontline.id, newcomer.id].sort());
    expect(options.people.find((p) => p.id === newcomer.id)!.touchPointIds).toEqual([deskId]);
  });
});
