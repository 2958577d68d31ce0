import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, importRuns } from "@/db/schema";
import type { Scope } from "@/server/services/scope";
import { hugeSegment, refuseMarkedFeedback } from "@/server/testing/refused-feedback";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";
import { importChunk } from "./chunk";
import { startImport } from "./runs";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe("an import chunk", () => {
  // Issue 15: one row that the database refused (zod let it through) failed the whole chunk: none
  // of its valid rows stored, and the page showed an error for all of them.
  it("reports a row the database refuses by its line and stores the chunk's other rows", async () => {
    const { org, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Chunk");
    const director: Scope = { orgId: org.orgId, userId: org.director.id, role: "director", teamIds: [], leadTeamIds: [] };
    const run = await startImport(tenant, director, { fileName: "reviews.csv", shape: "response" });
    const allowAgain = await refuseMarkedFeedback(testDb.db);
    try {
      const row = (line: number, fields: Record<string, unknown> = {}) => ({
        line,
        item: { touchPointId: touchPointIds[line % 2], channel: "web", rating: 1 + (line % 5), comment: `Comment of line ${line}`, occurredAt: "2026-10-01T12:00:00Z", idempotencyKey: `reviews.csv:${line}`, ...fields },
      });
      const rows = Array.from({ length: 30 }, (_, i) => row(i + 2));
      rows[5] = row(7, { segment: hugeSegment() });
      rows[20] = row(22, { customerRef: "REFUSE-22" });
      const results = await importChunk(tenant, director, { importRunId: run.id, rowsRead: 30, locallyRejected: 0, rows });

      expect(results.filter((r) => r.status === "rejected")).toEqual([
        { line: 7, status: "rejected", field: "segment", reason: expect.stringContaining("segment") },
        { line: 22, status: "rejected", field: "customerRef", reason: "customerRef cannot be stored as sent" },
      ]);
      expect(results.filter((r) => r.status === "stored")).toHaveLength(28);
      expect(await tenant.selectFields({ n: count() }, feedback, eq(feedback.importRunId, run.id))).toEqual([{ n: 28 }]);
      expect(await tenant.selectFields({ stored: importRuns.stored, rejected: importRuns.rejected }, importRuns, eq(importRuns.id, run.id))).toEqual([{ stored: 28, rejected: 2 }]);
    } finally {
      await allowAgain();
    }
  });
});
