import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, importRuns, teams, touchPoints, users } from "@/db/schema";
import { datasetsDir, seedSkyward, SKYWARD_RATING_COLUMNS, SKYWARD_SURVEY_CSV } from "@/db/seed/skyward";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { importChunk } from "./chunk";
import { importCsvFile } from "./import-file";
import { startImport } from "./runs";

const SURVEY = path.join(datasetsDir(), SKYWARD_SURVEY_CSV);
const present = existsSync(SURVEY);
if (!present) console.warn(`import.db.test.ts: skipped, ${SURVEY} is not there (the shared datasets folder is absent)`);

// The whole file is some 270,000 responses: minutes on PGlite (see the time this test prints).
const WHOLE_FILE = { timeout: 30 * 60_000 };
const FIXED = { defaultOccurredAt: "2026-11-02T12:00:00Z" };
const rowOptions = () => FIXED;

/** Non-zero rating cells of CSV text, counted without the import code. */
function applicableRatings(text: string): number {
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return rows.reduce((sum, row) => sum + SKYWARD_RATING_COLUMNS.filter((c) => (row[c] ?? "").trim() !== "" && row[c]!.trim() !== "0").length, 0);
}

describe.skipIf(!present)("CSV import of the airline survey", () => {
  let testDb: TestDb;
  let tenant: TenantDb;
  let director: Scope;
  let lead: Scope;
  let tmp: string;
  const feedbackCount = async () => (await tenant.selectFields({ n: count() }, feedback))[0]!.n;

  beforeAll(async () => {
    testDb = await createTestDb();
    const { orgId } = await seedSkyward(testDb.db);
    tenant = tenantDb(testDb.db, orgId);
    const [d] = await tenant.selectFields({ id: users.id }, users, eq(users.email, "director@skyward.example"));
    const [l] = await tenant.selectFields({ id: users.id }, users, eq(users.email, "lead@skyward.example"));
    const [cabin] = await tenant.selectFields({ id: teams.id }, teams, eq(teams.name, "Cabin Crew"));
    director = { orgId, userId: d!.id, role: "director", teamIds: [], leadTeamIds: [] };
    lead = { orgId, userId: l!.id, role: "team_lead", teamIds: [cabin!.id], leadTeamIds: [cabin!.id] };
    tmp = mkdtempSync(path.join(os.tmpdir(), "import-db-test-"));
  });
  afterAll(async () => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    await testDb?.close();
  });

  const text = present ? readFileSync(SURVEY, "utf8") : "";
  const lines = text.split(/\r?\n/).filter(Boolean);
  const header = lines[0]!.split(",");
  const total = present ? applicableRatings(text) : 0;
  let storedFromCopy = 0;
  let extraFromNineRow = 0;

  it("rejects malformed lines of a copy with their exact line numbers and stores the rest", async () => {
    const good = lines.slice(1, 300);
    const tooMany = `${good[10]},extra`;
    const unclosed = `"999001,${good[20]!.split(",").slice(1).join(",")}`;
    const food = header.indexOf("Food and drink");
    const nineCells = good[30]!.split(",");
    nineCells[0] = "999002";
    nineCells[food] = "9";
    const copy = [lines[0]!, ...good.slice(0, 50), tooMany, ...good.slice(50, 120), unclosed, ...good.slice(120, 200), nineCells.join(","), ...good.slice(200)];
    const file = path.join(tmp, "airline-with-errors.csv");
    writeFileSync(file, copy.join("\r\n") + "\r\n");
    const lineOf = (row: string) => copy.indexOf(row) + 1;

    // Chunks of 500 with 2 in flight (as on a PostgreSQL server): rejects still in file order, counters whole.
    const result = await importCsvFile(tenant, director, { filePath: file, rowOptions, chunkSize: 500, concurrency: 2 });

    expect(result.rejects.map((r) => [r.line, r.reason])).toEqual([
      [lineOf(tooMany), `Too many fields: ${header.length + 1} where the header has ${header.length}`],
      [lineOf(unclosed), "A quoted field has no closing quote"],
      [lineOf(nineCells.join(",")), "Column 'Food and drink': 9 is outside 1-5"],
    ]);
    const nineRow = [header.join(","), nineCells.join(",")].join("\n");
    extraFromNineRow = applicableRatings(nineRow) - 1;
    storedFromCopy = applicableRatings([lines[0], ...good].join("\n"));
    expect(result.stored).toBe(storedFromCopy + extraFromNineRow);
    expect(result.duplicates).toBe(0);
    expect(await feedbackCount()).toBe(storedFromCopy + extraFromNineRow);

    const [run] = await tenant.select(importRuns, eq(importRuns.id, result.importRunId));
    expect(run).toMatchObject({ status: "completed", rowsRead: copy.length - 1, stored: result.stored, duplicates: 0, rejected: 3 });
  });

  it("stores one response per applicable rating of the whole file, and nothing of what is already there", WHOLE_FILE, async () => {
    const started = Date.now();
    const result = await importCsvFile(tenant, director, { filePath: SURVEY, rowOptions, concurrency: 2 });
    console.info(`import.db.test.ts: whole airline file (${total} responses) imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(result.rejects).toEqual([]);
    expect(result.stored + result.duplicates).toBe(total);
    expect(result.duplicates).toBe(storedFromCopy);
    expect(await feedbackCount()).toBe(total + extraFromNineRow);
    const [segmented] = await tenant.selectFields({ segment: feedback.segment, source: feedback.source }, feedback, eq(feedback.customerRef, lines[1]!.split(",")[0]!)).limit(1);
    expect(segmented).toEqual({
      source: "import",
      segment: expect.objectContaining({ Gender: expect.any(String), Class: expect.any(String), "Age band": expect.stringMatching(/^(under 25|25-39|40-59|60\+)$/), satisfaction: expect.any(String) }),
    });
  });

  it("adds nothing when the same file is imported again", WHOLE_FILE, async () => {
    const before = await feedbackCount();
    const result = await importCsvFile(tenant, director, { filePath: SURVEY, rowOptions });
    expect(result.stored).toBe(0);
    expect(result.duplicates).toBe(total);
    expect(await feedbackCount()).toBe(before);
  });

  it("counts a row imported before with another date as already imported, and keeps the first version", async () => {
    const file = path.join(tmp, "first-rows.csv");
    writeFileSync(file, lines.slice(0, 21).join("\n") + "\n");
    const before = await feedbackCount();
    const result = await importCsvFile(tenant, director, { filePath: file, rowOptions: () => ({ defaultOccurredAt: "2026-10-01T12:00:00Z" }) });
    const expected = applicableRatings(lines.slice(0, 21).join("\n"));
    expect(result).toMatchObject({ stored: 0, duplicates: expected, changed: expected, rejected: 0 });
    expect(await feedbackCount()).toBe(before);
    expect(await tenant.selectFields({ n: count() }, feedback, eq(feedback.occurredAt, new Date("2026-10-01T12:00:00Z")))).toEqual([{ n: 0 }]);
  });

  it("refuses a rating outside its touch point's scale by its line, and stores the rest of the chunk", async () => {
    const [seat] = await tenant.selectFields({ id: touchPoints.id }, touchPoints, eq(touchPoints.name, "Seat comfort"));
    const run = await startImport(tenant, director, { fileName: "scale.csv", shape: "response" });
    const item = (rating: number, key: string) => ({ touchPointId: seat!.id, channel: "in_person", rating, occurredAt: "2026-11-03T12:00:00Z", idempotencyKey: key });
    const results = await importChunk(tenant, director, {
      importRunId: run.id,
      rowsRead: 2,
      locallyRejected: 0,
      rows: [
        { line: 7, item: item(6, "scale-test-1") },
        { line: 8, item: item(5, "scale-test-2") },
      ],
    });
    expect(results).toEqual([
      { line: 7, status: "rejected", reason: "rating 6 is outside the touch point's rating scale 1-5", field: "rating" },
      { line: 8, status: "stored" },
    ]);
  });

  it("does not let a team lead import into another team's touch point", async () => {
    const [checkIn] = await tenant.selectFields({ id: touchPoints.id }, touchPoints, eq(touchPoints.name, "Check-in"));
    const [seat] = await tenant.selectFields({ id: touchPoints.id }, touchPoints, eq(touchPoints.name, "Seat comfort"));
    const before = await feedbackCount();
    const run = await startImport(tenant, lead, { fileName: "mine.csv", shape: "response" });
    const item = (touchPointId: string, key: string) => ({ touchPointId, channel: "in_person", rating: 4, occurredAt: "2026-11-02T12:00:00Z", idempotencyKey: key });
    const results = await importChunk(tenant, lead, {
      importRunId: run.id,
      rowsRead: 2,
      locallyRejected: 0,
      rows: [
        { line: 2, item: item(checkIn!.id, "lead-test-1") },
        { line: 3, item: item(seat!.id, "lead-test-2") },
      ],
    });
    expect(results).toEqual([
      { line: 2, status: "rejected", reason: "Touch point Check-in is not one of your team's", field: "touchPointId" },
      { line: 3, status: "stored" },
    ]);
    expect(await feedbackCount()).toBe(before + 1);
    expect(await tenant.selectFields({ n: count() }, feedback, and(eq(feedback.touchPointId, checkIn!.id), eq(feedback.idempotencyKey, "lead-test-1")))).toEqual([{ n: 0 }]);
  });

  it("answers only the run's owner", async () => {
    const run = await startImport(tenant, lead, { fileName: "mine.csv", shape: "response" });
    await expect(importChunk(tenant, director, { importRunId: run.id, rowsRead: 0, locallyRejected: 0, rows: [] })).rejects.toThrow("Import was not found");
  });
});
