import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback } from "@/db/schema";
import type { ColumnRole, Mapping } from "@/lib/import/types";
import type { Scope } from "@/server/services/scope";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";
import { importCsvFile } from "./import-file";
import { removeImport } from "./remove";

let testDb: TestDb;
let tmp: string;
beforeAll(async () => {
  testDb = await createTestDb();
  tmp = mkdtempSync(path.join(os.tmpdir(), "reimport-db-test-"));
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await testDb.close();
});

const ROWS = [
  ["Front desk", "2026-10-01", "5", "Warm welcome and a quick check-in"],
  ["Front desk", "2026-10-01", "2", "Waited forty minutes for the key"],
  ["Phone line", "2026-10-02", "4", "Answered at once"],
  ["Phone line", "2026-10-02", "1", "Cut off twice"],
  // The same record twice: two responses, as the file says.
  ["Front desk", "2026-10-03", "3", "Fine"],
  ["Front desk", "2026-10-03", "3", "Fine"],
];

/** The file's columns as a person would set them, the review text being a comment or (the wrong guess) left out. */
const mapped = (comment: ColumnRole) => (guessed: Mapping): Mapping => ({
  ...guessed,
  shape: "response",
  columns: [{ kind: "touchPoint" }, { kind: "occurredAt" }, { kind: "rating", scale: { min: 1, max: 5 } }, comment],
});

describe("re-importing a file after removing its import", () => {
  it("stores every row with the corrected mapping, where before the removal it was refused as already imported", async () => {
    const { org, tenant } = await orgWithTwoTouchPoints(testDb.db, "Reimport");
    const director: Scope = { orgId: org.orgId, userId: org.director.id, role: "director", teamIds: [], leadTeamIds: [] };
    const filePath = path.join(tmp, "reviews.csv");
    writeFileSync(filePath, ["Touch point,Date,Stars,Review Text", ...ROWS.map((row) => row.join(","))].join("\n") + "\n");
    const options = { filePath, rowOptions: () => ({ defaultOccurredAt: "2026-10-05T12:00:00Z" }) };
    const comments = async () => (await tenant.selectFields({ n: count() }, feedback, isNotNull(feedback.comment)))[0]!.n;

    const wrong = await importCsvFile(tenant, director, { ...options, adjustMapping: mapped({ kind: "ignore" }) });
    expect(wrong).toMatchObject({ stored: ROWS.length, duplicates: 0, rejected: 0 });
    expect(await comments()).toBe(0);

    // The issue as filed: the corrected mapping stores nothing, every row counts as already imported.
    const refused = await importCsvFile(tenant, director, { ...options, adjustMapping: mapped({ kind: "comment" }) });
    expect(refused).toMatchObject({ stored: 0, duplicates: ROWS.length, changed: ROWS.length });

    let progress = await removeImport(tenant, director, { importRunId: wrong.importRunId });
    while (!progress.done) progress = await removeImport(tenant, director, { importRunId: wrong.importRunId });
    expect(progress).toMatchObject({ removedResponses: ROWS.length, remaining: 0 });
    expect(await tenant.selectFields({ n: count() }, feedback)).toEqual([{ n: 0 }]);

    const corrected = await importCsvFile(tenant, director, { ...options, adjustMapping: mapped({ kind: "comment" }) });
    expect(corrected).toMatchObject({ stored: ROWS.length, duplicates: 0, rejected: 0 });
    const stored = await tenant.selectFields({ comment: feedback.comment, rating: feedback.rating }, feedback, eq(feedback.importRunId, corrected.importRunId));
    expect(stored.map((row) => [row.rating, row.comment]).sort()).toEqual(ROWS.map((row) => [Number(row[2]), row[3]]).sort());
  });
});
