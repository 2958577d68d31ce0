import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

let testDb: TestDb;
let org: OrgFixture;
let desk: string;
let billing: string;

/** Front desk is owned by the lead's team, billing by the other team. */
beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Modules");
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  desk = (await director.touchPoints.create({ stageId, name: "Front desk", channel: "in_person", ownerTeamId: org.teamId })).id;
  billing = (await director.touchPoints.create({ stageId, name: "Billing", channel: "phone", ownerTeamId: org.otherTeamId })).id;
});
afterAll(() => testDb.close());

const fields = (over: Record<string, unknown> = {}) => ({
  title: "Calm at the desk",
  kind: "personal" as const,
  skills: ["calm", "empathy"],
  touchPointIds: [desk],
  durationMinutes: 25,
  content: "# Calm\n\nBreathe before you answer.",
  externalId: null,
  teamId: null,
  ...over,
});

describe("training modules", () => {
  it("lets the director create an organisation-wide module with its touch points, skills and content, audited", async () => {
    const director = await callerAs(testDb.db, org.director);
    const created = await director.training.create(fields({ title: "Brand promise", kind: "organisational", touchPointIds: [desk, billing], externalId: "LMS-BRAND-1" }));
    expect(created).toMatchObject({ title: "Brand promise", kind: "organisational", skills: ["calm", "empathy"], durationMinutes: 25, externalId: "LMS-BRAND-1", teamId: null, status: "active" });
    expect(created.touchPoints.map((p) => p.name)).toEqual(["Billing", "Front desk"]);
    const frontline = await callerAs(testDb.db, org.frontline);
    expect((await frontline.training.byId({ moduleId: created.id })).content).toBe("# Calm\n\nBreathe before you answer.");
    const audit = await tenantDb(testDb.db, org.orgId).selectFields({ action: auditLog.action }, auditLog, eq(auditLog.entityId, created.id));
    expect(audit.map((row) => row.action)).toEqual(["training_module.created"]);
  });

  it("refuses content with a NUL character, naming the field, instead of failing in the database", async () => {
    const director = await callerAs(testDb.db, org.director);
    await expect(director.training.create(fields({ title: "Nul", content: "# Calm\u0000" }))).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Content contains characters that are not allowed") });
  });

  it("limits a team lead to modules for their own team, linked to touch points their team owns", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    await expect(lead.training.create(fields({ teamId: null }))).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("one of your teams") });
    await expect(lead.training.create(fields({ teamId: org.otherTeamId }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(lead.training.create(fields({ teamId: org.teamId, touchPointIds: [billing] }))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Billing is not owned by a team you lead; link only your team's touch points",
    });
    const own = await lead.training.create(fields({ title: "Desk welcome", teamId: org.teamId }));
    expect(own).toMatchObject({ teamId: org.teamId, teamName: expect.stringContaining("Front Desk"), canEdit: true });

    const director = await callerAs(testDb.db, org.director);
    const orgWide = await director.training.create(fields({ title: "Org-wide listening" }));
    await expect(lead.training.update({ ...fields({ title: "Hijacked", teamId: org.teamId }), moduleId: orgWide.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(lead.training.retire({ moduleId: orgWide.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await lead.training.byId({ moduleId: orgWide.id })).canEdit).toBe(false);
  });

  it("refuses an LMS course id another module already uses, naming the id and that module", async () => {
    const director = await callerAs(testDb.db, org.director);
    await director.training.create(fields({ title: "Phone manner", externalId: "COURSE-42" }));
    await expect(director.training.create(fields({ title: "Other", externalId: "COURSE-42" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: 'The LMS course id "COURSE-42" is already used by the module "Phone manner"',
    });
    const other = await director.training.create(fields({ title: "Other", externalId: "COURSE-43" }));
    await expect(director.training.update({ ...fields({ title: "Other", externalId: "COURSE-42" }), moduleId: other.id })).rejects.toMatchObject({ code: "CONFLICT" });
    // Keeping its own id is no conflict.
    await expect(director.training.update({ ...fields({ title: "Other renamed", externalId: "COURSE-43" }), moduleId: other.id })).resolves.toMatchObject({ title: "Other renamed" });
  });

  it("retires a module: gone from everyone's catalogue but the director's, not assignable, and back when reactivated", async () => {
    const director = await callerAs(testDb.db, org.director);
    const frontline = await callerAs(testDb.db, org.frontline);
    const retiring = await director.training.create(fields({ title: "Soon retired" }));
    await director.training.retire({ moduleId: retiring.id });
    await expect(director.training.retire({ moduleId: retiring.id })).rejects.toMatchObject({ code: "CONFLICT", message: "This module is already retired" });
    expect((await frontline.training.list()).some((m) => m.id === retiring.id)).toBe(false);
    await expect(frontline.training.byId({ moduleId: retiring.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await director.training.list({ status: "retired" })).map((m) => m.id)).toContain(retiring.id);
    expect((await director.training.list({ status: "active" })).map((m) => m.id)).not.toContain(retiring.id);
    await expect(director.training.assign({ moduleId: retiring.id, userIds: [org.frontline.id], dueOn: "2099-01-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: 'The module "Soon retired" is retired; reactivate it before assigning it',
    });
    await director.training.reactivate({ moduleId: retiring.id });
    expect((await frontline.training.list()).map((m) => m.id)).toContain(retiring.id);
    const actions = await tenantDb(testDb.db, org.orgId).selectFields({ action: auditLog.action }, auditLog, and(eq(auditLog.entityId, retiring.id)));
    expect(actions.map((row) => row.action).sort()).toEqual(["training_module.created", "training_module.reactivated", "training_module.retired"]);
  });

  it("filters the catalogue by kind and by touch point", async () => {
    const director = await callerAs(testDb.db, org.director);
    const billingOnly = await director.training.create(fields({ title: "Billing calls", kind: "professional", touchPointIds: [billing] }));
    const byPoint = await director.training.list({ touchPointId: billing });
    expect(byPoint.map((m) => m.id)).toContain(billingOnly.id);
    expect(byPoint.every((m) => m.touchPoints.some((p) => p.id === billing))).toBe(true);
    const professional = await director.training.list({ kind: "professional" });
    expect(professional.length).toBeGreaterThan(0);
    expect(professional.every((m) => m.kind === "professional")).toBe(true);
  });
});
