import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { routerProcedures } from "@/server/testing/authorization-table";
import { tenantDb } from "@/server/db/tenant-db";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { codeOf, outcomeOf } from "@/server/testing/outcome";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

type Caller = Awaited<ReturnType<typeof callerAs>>;

let testDb: TestDb;
let org: OrgFixture;
let director: Caller;

/** Entries dated around January 2026, written as recordAudit writes them but with a chosen time. */
const HISTORY = [
  { at: "2025-12-31T23:59:59.999Z", action: "journey.updated" },
  { at: "2026-01-01T00:00:00.000Z", action: "journey.updated" },
  { at: "2026-01-15T10:30:00.000Z", action: "journey.archived" },
  { at: "2026-01-31T23:59:59.999Z", action: "journey.restored" },
  { at: "2026-02-01T00:00:00.000Z", action: "journey.updated" },
];

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Audit");
  director = await callerAs(testDb.db, org.director);
  const lead = await callerAs(testDb.db, org.lead);

  const { id: journeyId } = await director.journeys.create({ name: "Audited journey", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Book" });
  const { id: touchPointId } = await director.touchPoints.create({ stageId, name: "Website", channel: "web", ownerTeamId: org.teamId });
  const { id: kpiId } = await director.kpis.create({ touchPointId, kind: "csat", name: "CSAT", direction: "higher_is_better", target: 80, warningThreshold: 70, minSampleSize: 30 });
  const { id: targetId } = await lead.kpis.setTarget({ kpiId, teamId: org.teamId, target: 85, validFrom: "2026-01-01" });
  await lead.kpis.updateTarget({ targetId, target: 86, validFrom: "2026-01-01" });

  await tenantDb(testDb.db, org.orgId).insert(
    auditLog,
    HISTORY.map((entry) => ({ actorId: org.director.id, action: entry.action, entityType: "journey", entityId: journeyId, at: new Date(entry.at) })),
  );
});
afterAll(async () => {
  await testDb?.close();
});

describe("audit.list", () => {
  it("filters by entity type, action and actor", async () => {
    const targets = await director.audit.list({ entityType: "target" });
    expect(targets.rows.map((r) => [r.action, r.actorId, r.actorName])).toEqual([
      ["target.updated", org.lead.id, org.lead.name],
      ["target.created", org.lead.id, org.lead.name],
    ]);
    expect(targets.total).toBe(2);

    const updates = await director.audit.list({ action: "journey.updated" });
    expect(updates.rows).toHaveLength(3);
    expect(updates.rows.every((r) => r.action === "journey.updated")).toBe(true);

    const byLead = await director.audit.list({ actorId: org.lead.id });
    expect(byLead.rows.map((r) => r.action)).toEqual(["target.updated", "target.created"]);
    const byDirector = await director.audit.list({ actorId: org.director.id, pageSize: 200 });
    expect(byDirector.rows.length).toBeGreaterThan(0);
    expect(byDirector.rows.every((r) => r.actorId === org.director.id)).toBe(true);

    const combined = await director.audit.list({ entityType: "journey", action: "journey.created", actorId: org.director.id });
    expect(combined.rows.map((r) => [r.action, r.after])).toEqual([["journey.created", expect.objectContaining({ name: "Audited journey" })]]);
    expect((await director.audit.list({ entityType: "target", actorId: org.director.id })).rows).toEqual([]);
  });

  it("filters by a date range that includes both whole days (UTC)", async () => {
    const january = await director.audit.list({ from: "2026-01-01", to: "2026-01-31" });
    expect(january.rows.map((r) => r.at.toISOString())).toEqual(["2026-01-31T23:59:59.999Z", "2026-01-15T10:30:00.000Z", "2026-01-01T00:00:00.000Z"]);
    expect(january.total).toBe(3);

    const oneDay = await director.audit.list({ from: "2026-01-15", to: "2026-01-15" });
    expect(oneDay.rows.map((r) => r.action)).toEqual(["journey.archived"]);
    const until = await director.audit.list({ to: "2025-12-31" });
    expect(until.rows.map((r) => r.at.toISOString())).toEqual(["2025-12-31T23:59:59.999Z"]);
    const since = await director.audit.list({ from: "2026-02-01", entityType: "journey", action: "journey.updated" });
    expect(since.rows.map((r) => r.at.toISOString())).toEqual(["2026-02-01T00:00:00.000Z"]);
  });

  it("pages newest first, without repeats or gaps", async () => {
    const everything = await director.audit.list({ pageSize: 200 });
    expect(everything.total).toBe(everything.rows.length);
    expect(everything.total).toBeGreaterThan(7);
    const times = everything.rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));

    const pageSize = 3;
    const pages: string[][] = [];
    for (let page = 1; page <= Math.ceil(everything.total / pageSize); page++) {
      const result = await director.audit.list({ page, pageSize });
      expect(result).toMatchObject({ page, pageSize, total: everything.total });
      pages.push(result.rows.map((r) => r.id));
    }
    expect(pages.slice(0, -1).every((ids) => ids.length === pageSize)).toBe(true);
    expect(pages.flat()).toEqual(everything.rows.map((r) => r.id));

    const past = await director.audit.list({ page: pages.length + 1, pageSize });
    expect(past).toMatchObject({ rows: [], total: everything.total });
  });

  it("offers the actions, entity types and people that occur as filter choices", async () => {
    const { actions, entityTypes, actors } = await director.audit.list({ entityType: "target" });
    expect(actions).toEqual(expect.arrayContaining(["journey.archived", "journey.created", "stage.created", "target.created", "target.updated", "touch_point.created"]));
    expect(actions).toEqual([...actions].sort());
    expect(entityTypes).toEqual(expect.arrayContaining(["journey", "kpi", "stage", "target", "touch_point"]));
    expect(actors).toEqual(expect.arrayContaining([{ id: org.director.id, name: org.director.name }, { id: org.lead.id, name: org.lead.name }]));
  });

  it("refuses days PostgreSQL cannot compare with, naming the field", async () => {
    // Both were server errors: there is no year 0, and the day after 9999-12-31 is in year 10000.
    expect(await outcomeOf(director.audit.list({ from: "0000-01-01" }))).toMatchObject({ ok: false, code: "BAD_REQUEST", fieldErrors: { from: [expect.any(String)] } });
    expect(await outcomeOf(director.audit.list({ to: "9999-12-31" }))).toMatchObject({ ok: false, code: "BAD_REQUEST", fieldErrors: { to: [expect.any(String)] } });
  });

  it("is for directors only", async () => {
    expect(await codeOf((await callerAs(testDb.db, org.lead)).audit.list())).toBe("FORBIDDEN");
    expect(await codeOf((await callerAs(testDb.db, org.frontline)).audit.list())).toBe("FORBIDDEN");
  });
});

describe("the audit log is append-only", () => {
  it("has no procedure about the audit log other than the audit.list query", () => {
    const audit = routerProcedures().filter((p) => /audit/i.test(p.path));
    expect(audit.map((p) => [p.path, p.type])).toEqual([["audit.list", "query"]]);
  });

  const root = path.resolve(import.meta.dirname, "../../..");
  const thisFile = path.resolve(import.meta.filename);
  // Drizzle's update/delete on the table (through the tenant layer or not), or SQL doing the same.
  const changesAuditLog = [/\b(?:update|delete)\s*\(\s*(?:[\w$]+\.)*auditLog\b/, /\b(?:update|delete\s+from|truncate(?:\s+table)?)\s+(?:only\s+)?"?audit_log\b/i];

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(full);
      return /\.(?:ts|tsx|mts|js|mjs|sql)$/.test(entry.name) && full !== thisFile ? [full] : [];
    });
  }

  it("recognises the ways code could change it", () => {
    const samples = [
      "await tenant.update(auditLog, { action: 'x' }, eq(auditLog.id, id));",
      "await tx.delete(auditLog).where(eq(auditLog.orgId, orgId));",
      "await db.delete(schema.auditLog);",
      'await db.execute(sql`UPDATE "audit_log" SET action = ${a}`);',
      "await db.execute(sql`delete from audit_log where org_id = ${orgId}`);",
      "TRUNCATE TABLE audit_log;",
      "await tenant\n  .update(\n    auditLog,\n    { after: null },\n    where,\n  );",
    ];
    for (const sample of samples) expect(changesAuditLog.some((pattern) => pattern.test(sample)), sample).toBe(true);
    expect(changesAuditLog.some((pattern) => pattern.test("await tenant.insert(auditLog, entry);"))).toBe(false);
  });

  it("is never updated or deleted by any code under server/, db/, app/ or lib/", () => {
    const files = ["server", "db", "app", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));
    // The scan reaches the code that writes the log.
    expect(files).toContain(path.join(root, "server/services/audit/record.ts"));
    // Whole files, not lines: `.update(` and `auditLog` may sit on separate lines.
    const offending = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return changesAuditLog.flatMap((pattern) => {
        const match = new RegExp(pattern.source, `${pattern.flags}g`).exec(text);
        return match ? [`${path.relative(root, file)}:${text.slice(0, match.index).split("\n").length}: ${match[0]}`] : [];
      });
    });
    expect(offending).toEqual([]);
  });
});
