import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { coachingSessions, trainingAssignments, trainingModules, trainingRecords, xapiStatements } from "@/db/schema";
import { TRAINING_CATEGORIES } from "@/lib/domain/training";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { seedSkyward } from "./skyward";
import { seedSkywardTraining } from "./skyward-training";
import { SKYWARD_COMPLETIONS } from "./skyward-training-data";

describe("seedSkywardTraining", () => {
  let testDb: TestDb;
  let orgId: string;
  const now = new Date("2026-12-06T12:00:00Z");

  beforeAll(async () => {
    testDb = await createTestDb();
    orgId = (await seedSkyward(testDb.db)).orgId;
    const first = await seedSkywardTraining(testDb.db, orgId, now);
    expect(first).toMatchObject({ seeded: true, records: SKYWARD_COMPLETIONS.length });
    expect(await seedSkywardTraining(testDb.db, orgId, now)).toEqual({ seeded: false });
  });
  afterAll(async () => {
    await testDb?.close();
  });

  const rows = <T extends typeof trainingModules | typeof trainingAssignments | typeof trainingRecords | typeof coachingSessions | typeof xapiStatements>(table: T) =>
    testDb.db.select().from(table as never).where(eq((table as typeof trainingModules).orgId, orgId)) as unknown as Promise<T["$inferSelect"][]>;

  it("has modules of all three kinds, one retired and one a team lead's", async () => {
    const modules = await rows(trainingModules);
    expect(new Set(modules.map((m) => m.category))).toEqual(new Set(TRAINING_CATEGORIES));
    expect(modules.filter((m) => m.archivedAt !== null).map((m) => m.title)).toEqual(["Legacy check-in system"]);
    expect(modules.filter((m) => m.teamId !== null).map((m) => m.title)).toEqual(["Galley teamwork"]);
  });

  it("has assignments in every state, overdue ones among the open", async () => {
    const assignments = await rows(trainingAssignments);
    expect(new Set(assignments.map((a) => a.status))).toEqual(new Set(["assigned", "in_progress", "completed", "cancelled"]));
    const today = now.toISOString().slice(0, 10);
    const overdue = assignments.filter((a) => (a.status === "assigned" || a.status === "in_progress") && a.dueOn !== null && a.dueOn < today);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(assignments.filter((a) => a.status === "completed").every((a) => a.reflection && a.completedAt)).toBe(true);
  });

  it("records results from the LMS's CSV, its xAPI statements and the app, and keeps what could not be applied waiting", async () => {
    const records = await rows(trainingRecords);
    expect(new Set(records.map((r) => r.source))).toEqual(new Set(["lms_csv", "xapi", "assignment"]));
    const statements = await rows(xapiStatements);
    const applied = statements.filter((s) => s.state === "applied");
    expect(applied.length).toBe(records.filter((r) => r.source === "xapi").length);
    expect(applied.every((s) => records.some((r) => r.id === s.recordId && r.sourceRef === s.id))).toBe(true);
    expect(statements.filter((s) => s.state === "waiting_for_course")).toHaveLength(3);
    expect(statements.filter((s) => s.state === "waiting_for_person")).toHaveLength(1);
  });

  it("has coaching sessions confirmed and one awaiting the person's confirmation", async () => {
    const sessions = await rows(coachingSessions);
    expect(sessions.filter((s) => s.confirmedAt === null)).toHaveLength(1);
    expect(sessions.filter((s) => s.confirmedAt !== null).length).toBeGreaterThanOrEqual(5);
  });

  it("keeps a failed LMS attempt as a record that is not a completion", async () => {
    const failed = await testDb.db.select().from(trainingRecords).where(and(eq(trainingRecords.orgId, orgId), eq(trainingRecords.outcome, "failed")));
    expect(failed).toHaveLength(1);
  });
});
