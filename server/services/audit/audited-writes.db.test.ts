import { and, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditLog, invitations, journeys, organizations, surveys, targets, teams } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

type Caller = Awaited<ReturnType<typeof callerAs>>;

let testDb: TestDb;
let org: OrgFixture;
let director: Caller;
let lead: Caller;
let journeyId: string;
let targetId: string;
let surveyId: string;

const REFUSAL = "audit row refused by the test";

/**
 * A crash between a change and its audit row, made on purpose: a trigger refuses the audit insert
 * for the actions listed in `refused_audit_actions`. The change must then be rolled back too.
 */
async function installAuditRefusal(db: TestDb["db"]) {
  await db.execute(sql`create table refused_audit_actions (action text primary key)`);
  await db.execute(sql.raw(`
    create function refuse_audit() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from refused_audit_actions where action = new.action) then
        raise exception '${REFUSAL}: %', new.action;
      end if;
      return new;
    end $$`));
  await db.execute(sql`create trigger refuse_audit before insert on audit_log for each row execute function refuse_audit()`);
}

const refuseAudit = (action: string) => testDb.db.execute(sql`insert into refused_audit_actions (action) values (${action})`);

/** The error a caller saw, with its causes: the refusal must be what stopped the change. */
async function failureOf(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error, "the change should have failed").not.toBeNull();
  const messages: string[] = [];
  for (let cause = error; cause instanceof Error; cause = cause.cause) messages.push(cause.message);
  return messages.join(" <- ");
}

async function auditRows(action: string) {
  return tenantDb(testDb.db, org.orgId).selectFields({ id: auditLog.id }, auditLog, eq(auditLog.action, action));
}

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Atomic");
  director = await callerAs(testDb.db, org.director);
  lead = await callerAs(testDb.db, org.lead);

  ({ id: journeyId } = await director.journeys.create({ name: "Arrival", status: "active" }));
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Land" });
  const { id: touchPointId } = await director.touchPoints.create({ stageId, name: "Baggage claim", channel: "in_person", ownerTeamId: org.teamId });
  const { id: kpiId } = await director.kpis.create({ touchPointId, kind: "csat", name: "CSAT", direction: "higher_is_better", target: 80, warningThreshold: 70, minSampleSize: 30 });
  ({ id: targetId } = await lead.kpis.setTarget({ kpiId, teamId: org.teamId, target: 85, validFrom: "2026-01-01" }));
  ({ id: surveyId } = await director.surveys.create({ touchPointId, includeComment: true, includeStaff: false }));

  await installAuditRefusal(testDb.db);
});
afterEach(async () => {
  await testDb.db.execute(sql`truncate refused_audit_actions`);
});
afterAll(async () => {
  await testDb?.close();
});

describe("a change whose audit row fails is rolled back with it", () => {
  it("a team rename keeps the old name", async () => {
    await refuseAudit("team.updated");
    const failure = await failureOf(director.teams.update({ teamId: org.teamId, name: "Arrivals Desk", description: "renamed" }));
    expect(failure).toContain(REFUSAL);

    const [team] = await tenantDb(testDb.db, org.orgId).selectFields({ name: teams.name }, teams, eq(teams.id, org.teamId));
    expect(team!.name).toBe("Atomic Front Desk");
    expect(await auditRows("team.updated")).toEqual([]);
  });

  it("a KPI target change keeps the old target", async () => {
    await refuseAudit("target.updated");
    const failure = await failureOf(lead.kpis.updateTarget({ targetId, target: 90, validFrom: "2026-01-01" }));
    expect(failure).toContain(REFUSAL);

    const [target] = await tenantDb(testDb.db, org.orgId).selectFields({ target: targets.target }, targets, eq(targets.id, targetId));
    expect(target!.target).toBe(85);
    expect(await auditRows("target.updated")).toEqual([]);
  });

  it("a journey change keeps the journey as it was", async () => {
    await refuseAudit("journey.updated");
    await refuseAudit("journey.archived");
    expect(await failureOf(director.journeys.update({ journeyId, name: "Departure", status: "draft" }))).toContain(REFUSAL);
    expect(await failureOf(director.journeys.archive({ journeyId }))).toContain(REFUSAL);

    const [journey] = await tenantDb(testDb.db, org.orgId).selectFields({ name: journeys.name, status: journeys.status }, journeys, eq(journeys.id, journeyId));
    expect(journey).toEqual({ name: "Arrival", status: "active" });
    expect(await auditRows("journey.updated")).toEqual([]);
    expect(await auditRows("journey.archived")).toEqual([]);
  });

  it("an invitation is not created", async () => {
    await refuseAudit("invitation.created");
    const email = "not-invited@example.com";
    const failure = await failureOf(director.invitations.create({ email, role: "frontline", teamId: org.teamId }));
    expect(failure).toContain(REFUSAL);

    expect(await tenantDb(testDb.db, org.orgId).selectFields({ id: invitations.id }, invitations, eq(invitations.email, email))).toEqual([]);
  });

  it("a survey link stays open and keeps its address", async () => {
    const tenant = tenantDb(testDb.db, org.orgId);
    const [before] = await tenant.selectFields({ token: surveys.token }, surveys, eq(surveys.id, surveyId));
    await refuseAudit("survey.closed");
    await refuseAudit("survey.regenerated");
    expect(await failureOf(director.surveys.close({ surveyId }))).toContain(REFUSAL);
    expect(await failureOf(director.surveys.regenerate({ surveyId }))).toContain(REFUSAL);

    const [after] = await tenant.selectFields({ status: surveys.status, token: surveys.token }, surveys, eq(surveys.id, surveyId));
    expect(after).toEqual({ status: "open", token: before!.token });
  });

  it("an organisation rename keeps the old name", async () => {
    await refuseAudit("organization.renamed");
    expect(await failureOf(director.organization.update({ name: "Renamed Org" }))).toContain(REFUSAL);

    const [row] = await testDb.db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, org.orgId));
    expect(row!.name).toBe(org.orgName);
  });

  it("the same change goes through, with its audit row, once the refusal is lifted", async () => {
    await director.teams.update({ teamId: org.teamId, name: "Arrivals Desk", description: "renamed" });
    const written = await tenantDb(testDb.db, org.orgId).selectFields(
      { id: auditLog.id },
      auditLog,
      and(eq(auditLog.action, "team.updated"), eq(auditLog.entityId, org.teamId)),
    );
    expect(written).toHaveLength(1);
  });
});
