import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, trainingRecords } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import { addPerson, callerAs, createOrgFixture, type FixtureUser, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { assignModule, myAssignments, teamAssignments } from "./assignments";

let testDb: TestDb;
let org: OrgFixture;
let colleague: FixtureUser;
let moduleId: string;
const DUE = "2099-06-30";

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Assign");
  colleague = await addPerson(testDb.db, org.orgId, { role: "frontline", name: "Assign Colleague", teamId: org.teamId, isLead: false });
  const director = await callerAs(testDb.db, org.director);
  moduleId = (await director.training.create({ title: "Listening", kind: "professional", skills: [], touchPointIds: [], durationMinutes: 30, content: "", externalId: null, teamId: null })).id;
});
afterAll(() => testDb.close());

async function newModule(title: string) {
  const director = await callerAs(testDb.db, org.director);
  return (await director.training.create({ title, kind: "personal", skills: [], touchPointIds: [], durationMinutes: 10, content: "", externalId: null, teamId: null })).id;
}

describe("training assignments", () => {
  it("lets a lead assign only people of the teams they lead; nobody is assigned when one is outside", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const id = await newModule("Outside check");
    await expect(lead.training.assign({ moduleId: id, userIds: [org.frontline.id, org.outsider.id], dueOn: DUE })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await (await callerAs(testDb.db, org.frontline)).training.myAssignments()).not.toContainEqual(expect.objectContaining({ moduleId: id }));
    const director = await callerAs(testDb.db, org.director);
    const result = await director.training.assign({ moduleId: id, userIds: [org.outsider.id], dueOn: DUE });
    expect(result.results).toEqual([expect.objectContaining({ userId: org.outsider.id, outcome: "assigned" })]);
  });

  it("does not duplicate an open assignment: says so for that person and assigns the others", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const first = await lead.training.assign({ moduleId, userIds: [org.frontline.id], dueOn: DUE });
    const second = await lead.training.assign({ moduleId, userIds: [org.frontline.id, colleague.id], dueOn: DUE });
    expect(second.results).toEqual([
      { userId: org.frontline.id, name: org.frontline.name, outcome: "already_assigned", assignmentId: first.results[0]!.assignmentId },
      expect.objectContaining({ userId: colleague.id, outcome: "assigned" }),
    ]);
    const open = (await lead.training.moduleAssignments({ moduleId })).filter((a) => a.userId === org.frontline.id);
    expect(open).toHaveLength(1);
  });

  it("refuses a due date already past in the organisation's time zone", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    await expect(lead.training.assign({ moduleId, userIds: [colleague.id], dueOn: "2001-01-01" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("2001-01-01 is in the past") });
  });

  it("lets only the person start and complete their assignment; completion writes one training record with the score", async () => {
    const id = await newModule("Complete me");
    const lead = await callerAs(testDb.db, org.lead);
    const assignmentId = (await lead.training.assign({ moduleId: id, userIds: [org.frontline.id], dueOn: DUE })).results[0]!.assignmentId;
    const other = await callerAs(testDb.db, colleague);
    await expect(other.training.start({ assignmentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(lead.training.complete({ assignmentId, reflection: "not mine" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const frontline = await callerAs(testDb.db, org.frontline);
    await frontline.training.start({ assignmentId });
    await frontline.training.complete({ assignmentId, score: 85, reflection: "Listen to the end before answering." });
    await expect(frontline.training.complete({ assignmentId, score: 90 })).rejects.toMatchObject({ code: "CONFLICT", message: "This assignment is already completed" });
    const records = await tenantDb(testDb.db, org.orgId).select(trainingRecords, eq(trainingRecords.assignmentId, assignmentId));
    expect(records).toEqual([expect.objectContaining({ moduleId: id, userId: org.frontline.id, source: "assignment", sourceRef: assignmentId, outcome: "completed", score: 85 })]);
    const mine = (await frontline.training.myAssignments()).find((a) => a.id === assignmentId);
    expect(mine).toMatchObject({ status: "completed", score: 85, reflection: "Listen to the end before answering.", overdue: false });
    const seen = (await lead.training.teamAssignments()).find((a) => a.id === assignmentId);
    expect(seen).toMatchObject({ status: "completed", personName: org.frontline.name, moduleTitle: "Complete me" });
    const audit = await tenantDb(testDb.db, org.orgId).selectFields({ action: auditLog.action }, auditLog, eq(auditLog.entityId, assignmentId));
    expect(audit.map((row) => row.action).sort()).toEqual(["training_assignment.completed", "training_assignment.created", "training_assignment.started"]);
  });

  it("refuses a reflection over 1,000 characters and a score outside 0-100, naming the field", async () => {
    const frontline = await callerAs(testDb.db, org.frontline);
    const assignmentId = (await myAssignments(tenantDb(testDb.db, org.orgId), scopeOf(org.frontline)))[0]!.id;
    await expect(frontline.training.complete({ assignmentId, reflection: "x".repeat(1001) })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Reflection must be at most 1000 characters") });
    await expect(frontline.training.complete({ assignmentId, score: 101 })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Score must be between 0 and 100") });
  });

  it("stores a score to two decimals, so a value a real column cannot hold (5e-324) is 0, not a server error", async () => {
    const id = await newModule("Tiny score");
    const lead = await callerAs(testDb.db, org.lead);
    const assignmentId = (await lead.training.assign({ moduleId: id, userIds: [org.frontline.id], dueOn: DUE })).results[0]!.assignmentId;
    const frontline = await callerAs(testDb.db, org.frontline);
    await frontline.training.complete({ assignmentId, score: 5e-324 });
    const [record] = await tenantDb(testDb.db, org.orgId).select(trainingRecords, eq(trainingRecords.assignmentId, assignmentId));
    expect(record?.score).toBe(0);
    const other = (await lead.training.assign({ moduleId: await newModule("Precise score"), userIds: [org.frontline.id], dueOn: DUE })).results[0]!.assignmentId;
    await frontline.training.complete({ assignmentId: other, score: 87.456 });
    expect((await frontline.training.myAssignments()).find((a) => a.id === other)?.score).toBeCloseTo(87.46, 5);
  });

  it("lets the lead extend and cancel, not frontline staff, and not outside the lead's teams", async () => {
    const id = await newModule("Extend me");
    const lead = await callerAs(testDb.db, org.lead);
    const director = await callerAs(testDb.db, org.director);
    const assignmentId = (await lead.training.assign({ moduleId: id, userIds: [colleague.id], dueOn: "2099-01-01" })).results[0]!.assignmentId;
    const outsiders = (await director.training.assign({ moduleId: id, userIds: [org.outsider.id], dueOn: "2099-01-01" })).results[0]!.assignmentId;
    await expect(lead.training.extend({ assignmentId: outsiders, dueOn: "2099-02-01" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(lead.training.cancel({ assignmentId: outsiders })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect((await callerAs(testDb.db, colleague)).training.extend({ assignmentId, dueOn: "2099-02-01" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await lead.training.extend({ assignmentId, dueOn: "2099-03-01" });
    expect((await lead.training.moduleAssignments({ moduleId: id })).find((a) => a.id === assignmentId)).toMatchObject({ dueOn: "2099-03-01", status: "assigned" });
    // The lead's list of the module holds their team only.
    expect((await lead.training.moduleAssignments({ moduleId: id })).map((a) => a.userId)).toEqual([colleague.id]);
    await lead.training.cancel({ assignmentId });
    await expect(lead.training.extend({ assignmentId, dueOn: "2099-04-01" })).rejects.toMatchObject({ code: "CONFLICT", message: "This assignment is cancelled" });
    // Cancelled: a new assignment of the same module is not a duplicate.
    const again = await lead.training.assign({ moduleId: id, userIds: [colleague.id], dueOn: "2099-05-01" });
    expect(again.results[0]!.outcome).toBe("assigned");
  });
});

const scopeOf = (user: FixtureUser, timeZone = "UTC", leadTeamIds: string[] = []): Scope => ({ orgId: org.orgId, userId: user.id, role: user.role, teamIds: [org.teamId], leadTeamIds, timeZone });

describe("overdue in the organisation's time zone", () => {
  it("turns overdue when the day after the due date begins in the organisation's zone, not in UTC", async () => {
    const id = await newModule("Due on the fifth");
    const tenant = tenantDb(testDb.db, org.orgId);
    const zone = "Pacific/Auckland"; // UTC+13 in December
    const leadScope = scopeOf(org.lead, zone, [org.teamId]);
    const { results } = await assignModule(tenant, leadScope, { moduleId: id, userIds: [colleague.id], dueOn: "2026-12-05" }, new Date("2026-12-01T00:00:00Z"));
    const assignmentId = results[0]!.assignmentId;
    const seenAt = async (instant: string) => (await myAssignments(tenant, scopeOf(colleague, zone), new Date(instant))).find((a) => a.id === assignmentId)!;
    // 10:59 UTC on the 5th is 23:59 on the 5th in Auckland: still due today.
    expect(await seenAt("2026-12-05T10:59:00Z")).toMatchObject({ overdue: false, daysOverdue: 0 });
    // 11:00 UTC on the 5th is midnight on the 6th there: overdue, although it is still the 5th in UTC.
    expect(await seenAt("2026-12-05T11:00:00Z")).toMatchObject({ overdue: true, daysOverdue: 1 });
    // 10:00 UTC on the 8th is 23:00 on the 8th there: three days late.
    expect(await seenAt("2026-12-08T10:00:00Z")).toMatchObject({ overdue: true, daysOverdue: 3 });
    // The lead's list puts it first among the open ones.
    const team = await teamAssignments(tenant, leadScope, { openOnly: true }, new Date("2026-12-08T12:00:00Z"));
    expect(team[0]).toMatchObject({ id: assignmentId, overdue: true });
    expect(team.every((a) => a.status === "assigned" || a.status === "in_progress")).toBe(true);
  });

  it("is never overdue once completed", async () => {
    const id = await newModule("Done late");
    const tenant = tenantDb(testDb.db, org.orgId);
    const { results } = await assignModule(tenant, scopeOf(org.director, "UTC"), { moduleId: id, userIds: [colleague.id], dueOn: "2026-12-05" }, new Date("2026-12-01T00:00:00Z"));
    const person = await callerAs(testDb.db, colleague);
    await person.training.complete({ assignmentId: results[0]!.assignmentId });
    const later = (await myAssignments(tenant, scopeOf(colleague), new Date("2027-01-01T00:00:00Z"))).find((a) => a.id === results[0]!.assignmentId);
    expect(later).toMatchObject({ status: "completed", overdue: false, daysOverdue: 0 });
  });
});
