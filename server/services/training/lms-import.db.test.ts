import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trainingAssignments, trainingCourseMappings, trainingModules, trainingRecords, users } from "@/db/schema";
import type { LmsRow } from "@/lib/schemas/training-imports";
import { tenantDb } from "@/server/db/tenant-db";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

let testDb: TestDb;
let org: OrgFixture;
let safetyId: string;
let serviceId: string;
let mappedId: string;

const tenant = () => tenantDb(testDb.db, org.orgId);
const csvRecords = async () => (await tenant().selectFields({ n: count() }, trainingRecords, eq(trainingRecords.source, "lms_csv")))[0]!.n;
const row = (line: number, cells: Partial<LmsRow>): LmsRow => ({ line, email: org.frontline.email, course: "SAFE-101", completedAt: "2026-11-03", status: "Completed", score: "", ...cells });

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Lms");
  const inserted = await tenant()
    .insert(trainingModules, [
      { title: "Safety briefing", category: "professional", externalId: "SAFE-101" },
      { title: "Service Recovery", category: "personal" },
      { title: "Brand promise", category: "organisational" },
    ])
    .returning({ id: trainingModules.id, title: trainingModules.title });
  safetyId = inserted.find((m) => m.title === "Safety briefing")!.id;
  serviceId = inserted.find((m) => m.title === "Service Recovery")!.id;
  mappedId = inserted.find((m) => m.title === "Brand promise")!.id;
  await tenant().insert(trainingCourseMappings, { courseId: "BRAND-7", moduleId: mappedId });
});
afterAll(() => testDb.close());

describe("LMS records from a CSV", () => {
  it("matches people by email and courses by id, mapping or title; reports every other row by line and column; a re-import stores nothing", async () => {
    const [assignment] = await tenant().insert(trainingAssignments, { moduleId: safetyId, userId: org.frontline.id, assignedBy: org.lead.id, dueOn: "2026-12-01" }).returning({ id: trainingAssignments.id });
    const director = await callerAs(testDb.db, org.director);
    const rows = [
      row(2, { email: ` ${org.frontline.email.toUpperCase()} `, score: "88%" }),
      row(3, { course: "BRAND-7", status: "passed", completedAt: "04/11/2026", email: org.outsider.email, score: "91,5" }),
      row(4, { course: "service recovery", status: "FAILED", completedAt: "2026-11-05 14:30" }),
      row(5, { status: "In progress" }),
      row(6, { email: "nobody@example.com" }),
      row(7, { course: "UNKNOWN-9" }),
      row(8, { status: "attended" }),
      row(9, { completedAt: "31/02/2026" }),
      row(10, { completedAt: "2099-01-01" }),
      row(11, { score: "140" }),
    ];
    const before = await csvRecords();
    const outcome = await director.trainingImports.importLmsRows({ rows, dateOrder: "dmy" });
    expect(outcome.stored).toBe(3);
    expect(outcome.alreadyImported).toBe(0);
    expect(outcome.notAResult.map((p) => p.line)).toEqual([5]);
    expect(outcome.rejected.map((p) => [p.line, p.column, p.reason])).toEqual([
      [6, "email", "Person's email: no active person of your organisation has this address"],
      [7, "course", 'Course id or title: "UNKNOWN-9" matches no module\'s LMS course id, mapped course id or title'],
      [8, "status", 'Status: "attended" is not a result (use completed, passed or failed)'],
      [9, "completedAt", 'Completion date: "31/02/2026" is not a date we can read (use 2026-11-20 or 20/11/2026)'],
      [10, "completedAt", 'Completion date: "2099-01-01" is in the future'],
      [11, "score", 'Score: "140" is not a score from 0 to 100'],
    ]);
    expect(await csvRecords()).toBe(before + 3);
    const [mapped] = await tenant().selectFields({ moduleId: trainingRecords.moduleId, outcome: trainingRecords.outcome, score: trainingRecords.score, completedAt: trainingRecords.completedAt }, trainingRecords, eq(trainingRecords.userId, org.outsider.id));
    expect(mapped).toEqual({ moduleId: mappedId, outcome: "passed", score: 91.5, completedAt: new Date("2026-11-04T00:00:00Z") });
    const stored = await tenant().selectFields({ moduleId: trainingRecords.moduleId, outcome: trainingRecords.outcome, score: trainingRecords.score, completedAt: trainingRecords.completedAt }, trainingRecords, eq(trainingRecords.userId, org.frontline.id));
    expect(stored.map((r) => [r.moduleId, r.outcome, r.score, r.completedAt.toISOString()]).sort()).toEqual(
      [
        [safetyId, "completed", 88, "2026-11-03T00:00:00.000Z"],
        [serviceId, "failed", null, "2026-11-05T14:30:00.000Z"],
      ].sort(),
    );
    // The LMS completion closes the open assignment of that module.
    const [closed] = await tenant().selectFields({ status: trainingAssignments.status }, trainingAssignments, eq(trainingAssignments.id, assignment!.id));
    expect(closed!.status).toBe("completed");

    const again = await director.trainingImports.importLmsRows({ rows, dateOrder: "dmy" });
    expect(again).toMatchObject({ stored: 0, alreadyImported: 3 });
    expect(await csvRecords()).toBe(before + 3);
  });

  it("lets a lead import only for their own team", async () => {
    const lead = await callerAs(testDb.db, org.lead);
    const outcome = await lead.trainingImports.importLmsRows({
      rows: [row(2, { course: "BRAND-7", email: org.frontline.email, score: "91.5", completedAt: "2026-10-02" }), row(3, { course: "BRAND-7", email: org.outsider.email })],
      dateOrder: null,
    });
    expect(outcome.stored).toBe(1);
    expect(outcome.rejected).toEqual([{ line: 3, column: "email", reason: "Person's email: no active member of your teams has this address" }]);
  });

  it("drops control characters from a cell: a NUL in one row's email leaves it rejected by line, and the other row stored", async () => {
    const director = await callerAs(testDb.db, org.director);
    const outcome = await director.trainingImports.importLmsRows({
      rows: [row(2, { course: "BRAND-7", email: "nobody\u0000@example.com", completedAt: "2026-10-04" }), row(3, { course: "BRAND-7", email: org.frontline.email, completedAt: "2026-10-04" })],
      dateOrder: null,
    });
    expect(outcome.stored).toBe(1);
    expect(outcome.rejected.map((p) => [p.line, p.column])).toEqual([[2, "email"]]);
  });

  it("does not match a deactivated person", async () => {
    await tenant().update(users, { active: false }, eq(users.id, org.outsider.id));
    const director = await callerAs(testDb.db, org.director);
    const outcome = await director.trainingImports.importLmsRows({ rows: [row(2, { email: org.outsider.email, completedAt: "2026-10-01" })], dateOrder: null });
    expect(outcome.rejected.map((p) => p.column)).toEqual(["email"]);
    await tenant().update(users, { active: true }, eq(users.id, org.outsider.id));
  });

  it("refuses frontline staff", async () => {
    const frontline = await callerAs(testDb.db, org.frontline);
    await expect(frontline.trainingImports.importLmsRows({ rows: [row(2, {})], dateOrder: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
