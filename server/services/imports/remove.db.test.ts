import fc from "fast-check";
import { count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, feedback, feedbackCorrections, importRuns } from "@/db/schema";
import { ingestFeedback, type FeedbackItem, type TextAnalyser } from "@/server/services/feedback/ingest";
import { rebuildRollups } from "@/server/services/feedback/rebuild";
import { removeResponse } from "@/server/services/responses/remove";
import type { Scope } from "@/server/services/scope";
import { expectSameRollups, rollupSnapshot } from "@/server/testing/rollup-snapshot";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";
import type { OrgFixture } from "@/server/testing/fixtures";
import { importChunk } from "./chunk";
import { removalPreview, removeImport } from "./remove";
import { finishImport, listImports, startImport } from "./runs";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const scopeOf = (org: OrgFixture, who: "director" | "lead"): Scope =>
  who === "director"
    ? { orgId: org.orgId, userId: org.director.id, role: "director", teamIds: [], leadTeamIds: [] }
    : { orgId: org.orgId, userId: org.lead.id, role: "team_lead", teamIds: [org.teamId], leadTeamIds: [org.teamId] };

// Deterministic stand-in for the lexicon, with themes, so theme rollups and mentions move too.
const analyse: TextAnalyser = (comment) =>
  comment.length % 5 === 0
    ? { sentiment: null, sentimentLabel: null, sentimentSource: null, themes: [], language: null }
    : {
        sentiment: ((comment.length % 21) - 10) / 10,
        sentimentLabel: (["negative", "neutral", "positive"] as const)[comment.length % 3]!,
        sentimentSource: "lexicon",
        themes: comment.length % 2 ? ["Queue"] : ["Queue", "Staff"],
        language: null,
      };

/** A response with its touch point, staff member and import (3 = not imported: the API) as indexes. */
const abstractItem = fc.record({
  run: fc.nat({ max: 3 }),
  touchPoint: fc.nat({ max: 1 }),
  staff: fc.nat({ max: 2 }),
  segment: fc.oneof(
    fc.constant({}),
    fc.record({ class: fc.constantFrom("Business", "Eco"), loyalty: fc.constantFrom("Loyal", "New") }, { requiredKeys: [] }),
  ),
  npsScore: fc.option(fc.integer({ min: 0, max: 10 })),
  csatScore: fc.option(fc.integer({ min: 1, max: 5 })),
  rating: fc.option(fc.integer({ min: 1, max: 5 })),
  comment: fc.option(fc.string({ maxLength: 30 })),
  sentimentLabel: fc.option(fc.constantFrom("positive" as const, "negative" as const), { freq: 4 }),
  seconds: fc.integer({ min: 0, max: 6 * 86_400 - 1 }),
  // Keys shared across imports: the second import of a key stores nothing, the first keeps it.
  idempotencyKey: fc.option(fc.constantFrom("k1", "k2", "k3", "k4"), { freq: 3 }),
});

describe("removing imports", () => {
  it("leaves every rollup equal to a rebuild from the responses that remain, and nothing of the removed ones", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(abstractItem, { maxLength: 40 }),
        fc.subarray([0, 1, 2]),
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        async (abstractItems, removedRuns, batchSize, removeOneResponse) => {
          const { org, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Removal");
          const staff = [null, org.frontline.id, org.lead.id];
          const director = scopeOf(org, "director");
          const runs: string[] = [];
          for (let i = 0; i < 3; i++) runs.push((await startImport(tenant, director, { fileName: `file-${i}.csv`, shape: "response" })).id);
          const item = ({ run: _run, touchPoint, staff: who, seconds, ...fields }: (typeof abstractItems)[number]): FeedbackItem => ({
            ...fields,
            channel: "web",
            touchPointId: touchPointIds[touchPoint]!,
            staffId: staff[who]!,
            occurredAt: new Date(Date.UTC(2026, 9, 1) + seconds * 1000),
          });
          for (let run = 0; run <= 3; run++) {
            const items = abstractItems.filter((it) => it.run === run).map(item);
            await ingestFeedback(tenant, items, run < 3 ? { source: "import", analyse, importRunId: runs[run] } : { source: "api", analyse });
          }
          for (const id of runs) await finishImport(tenant, director, { importRunId: id, status: "completed" });
          const storedBy = async (id: string) => (await tenant.selectFields({ n: count() }, feedback, eq(feedback.importRunId, id)))[0]!.n;
          const storedBefore = await Promise.all(runs.map(storedBy));

          // A budget of 0 ms: one batch per call, so every removal of more than one batch is resumed.
          for (const index of removedRuns) {
            let calls = 0;
            for (let done = false; !done; calls++) done = (await removeImport(tenant, director, { importRunId: runs[index]! }, { budgetMs: 0, batchSize })).done;
            expect(calls).toBe(Math.floor(storedBefore[index]! / batchSize) + 1);
          }
          if (removeOneResponse) {
            const [one] = await tenant.selectFields({ id: feedback.id }, feedback).limit(1);
            if (one) await removeResponse(tenant, director, { feedbackId: one.id });
          }

          for (const index of removedRuns) {
            expect(await storedBy(runs[index]!)).toBe(0);
            const [run] = await tenant.select(importRuns, eq(importRuns.id, runs[index]!));
            expect(run).toMatchObject({ removedBy: org.director.id, removedResponses: storedBefore[index], removedAt: expect.any(Date), removalStartedAt: expect.any(Date) });
          }
          // Corrections (the labels that came with the files) go with their responses.
          const remaining = new Set((await tenant.selectFields({ id: feedback.id }, feedback)).map((row) => row.id));
          const corrections = await tenant.selectFields({ feedbackId: feedbackCorrections.feedbackId }, feedbackCorrections);
          expect(corrections.filter((c) => !remaining.has(c.feedbackId))).toEqual([]);

          const incremental = await rollupSnapshot(tenant);
          await rebuildRollups(tenant);
          expectSameRollups(incremental, await rollupSnapshot(tenant));
        },
      ),
      { numRuns: 15 },
    );
  }, 300_000);

  it("lets a lead remove their own import but not a colleague's, audits start and end, and refuses what cannot be removed", async () => {
    const { org, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Rights");
    const director = scopeOf(org, "director");
    const lead = scopeOf(org, "lead");
    const items = (n: number): FeedbackItem[] =>
      Array.from({ length: n }, (_, i) => ({ touchPointId: touchPointIds[0]!, channel: "web", rating: 1 + (i % 5), comment: `Visit ${i}`, occurredAt: new Date(Date.UTC(2026, 9, 2)) }));
    const imported = async (scope: Scope, n: number) => {
      const run = await startImport(tenant, scope, { fileName: "visits.csv", shape: "response" });
      await ingestFeedback(tenant, items(n), { source: "import", importRunId: run.id, analyse });
      return run.id;
    };

    const leads = await imported(lead, 3);
    await expect(removeImport(tenant, lead, { importRunId: leads })).rejects.toThrow("This import is still running");
    await finishImport(tenant, lead, { importRunId: leads, status: "completed" });
    const directors = await imported(director, 2);
    await finishImport(tenant, director, { importRunId: directors, status: "cancelled" });

    await expect(removeImport(tenant, lead, { importRunId: directors })).rejects.toThrow("Import was not found");
    expect(await removeImport(tenant, lead, { importRunId: leads })).toMatchObject({ done: true, removedResponses: 3, remaining: 0 });
    // Calling again once done answers the same progress and audits nothing more.
    expect(await removeImport(tenant, lead, { importRunId: leads })).toMatchObject({ done: true, removedResponses: 3 });
    expect(await removeImport(tenant, director, { importRunId: directors })).toMatchObject({ done: true, removedResponses: 2 });
    expect(await tenant.selectFields({ n: count() }, feedback)).toEqual([{ n: 0 }]);

    const entries = await tenant.selectFields({ action: auditLog.action, actorId: auditLog.actorId, entityId: auditLog.entityId, after: auditLog.after }, auditLog, inArray(auditLog.entityId, [leads, directors])).orderBy(auditLog.at);
    expect(entries).toEqual([
      { action: "import.removal_started", actorId: org.lead.id, entityId: leads, after: { fileName: "visits.csv", importedBy: org.lead.id, responses: 3 } },
      { action: "import.removed", actorId: org.lead.id, entityId: leads, after: { fileName: "visits.csv", importedBy: org.lead.id, removedResponses: 3 } },
      { action: "import.removal_started", actorId: org.director.id, entityId: directors, after: { fileName: "visits.csv", importedBy: org.director.id, responses: 2 } },
      { action: "import.removed", actorId: org.director.id, entityId: directors, after: { fileName: "visits.csv", importedBy: org.director.id, removedResponses: 2 } },
    ]);

    // A run from before imports recorded their responses.
    const old = await imported(director, 1);
    await finishImport(tenant, director, { importRunId: old, status: "completed" });
    await tenant.update(importRuns, { removable: false }, eq(importRuns.id, old));
    await expect(removeImport(tenant, director, { importRunId: old })).rejects.toThrow("cannot be removed");
  });

  it("removes an import whose page was closed mid-way once it has stored nothing for 15 minutes, cancelling it first", async () => {
    const { org, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Abandoned");
    const lead = scopeOf(org, "lead");
    const run = await startImport(tenant, lead, { fileName: "closed-tab.csv", shape: "response" });
    const items: FeedbackItem[] = [1, 2, 3].map((rating) => ({ touchPointId: touchPointIds[0]!, channel: "web", rating, occurredAt: new Date(Date.UTC(2026, 9, 2)) }));
    await ingestFeedback(tenant, items, { source: "import", importRunId: run.id, analyse });
    await expect(removeImport(tenant, lead, { importRunId: run.id })).rejects.toThrow("This import is still running");
    expect((await listImports(tenant, lead)).find((r) => r.id === run.id)).toMatchObject({ status: "running", abandonedSince: null });

    const sixteenMinutesAgo = new Date(Date.now() - 16 * 60_000);
    await tenant.update(feedback, { receivedAt: sixteenMinutesAgo }, eq(feedback.importRunId, run.id));
    const listed = (await listImports(tenant, lead)).find((r) => r.id === run.id);
    expect(listed?.abandonedSince?.getTime()).toBe(sixteenMinutesAgo.getTime());
    expect((await removalPreview(tenant, lead, { importRunId: run.id })).blocker).toBeNull();

    expect(await removeImport(tenant, lead, { importRunId: run.id })).toMatchObject({ done: true, removedResponses: 3 });
    const [after] = await tenant.selectFields({ status: importRuns.status, finishedAt: importRuns.finishedAt }, importRuns, eq(importRuns.id, run.id));
    expect(after?.status).toBe("cancelled");
    expect(after?.finishedAt).not.toBeNull();
    // The closed page's last chunk, arriving late, is refused rather than stored into a removed import.
    await expect(importChunk(tenant, lead, { importRunId: run.id, rowsRead: 0, locallyRejected: 0, rows: [] })).rejects.toThrow("already finished");
  });

  it("removes one response for a director only, and audits where it was but not what it said", async () => {
    const { org, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Forget");
    const [stored] = await ingestFeedback(
      tenant,
      [{ touchPointId: touchPointIds[1]!, channel: "phone", customerRef: "customer-42", csatScore: 2, comment: "Please forget me", occurredAt: new Date("2026-10-03T08:00:00Z"), sentimentLabel: "negative" }],
      { source: "api", analyse },
    );
    await expect(removeResponse(tenant, scopeOf(org, "lead"), { feedbackId: stored!.id })).rejects.toThrow("Only a director");
    await removeResponse(tenant, scopeOf(org, "director"), { feedbackId: stored!.id });
    await expect(removeResponse(tenant, scopeOf(org, "director"), { feedbackId: stored!.id })).rejects.toThrow("Response was not found");

    expect(await tenant.select(feedback)).toEqual([]);
    expect(await tenant.select(feedbackCorrections)).toEqual([]);
    expect([...(await rollupSnapshot(tenant)).keys()]).toEqual([]);
    const [entry] = await tenant.select(auditLog, eq(auditLog.action, "response.removed"));
    expect(entry).toMatchObject({ actorId: org.director.id, entityId: stored!.id, before: { touchPointId: touchPointIds[1], occurredAt: "2026-10-03T08:00:00.000Z", importRunId: null } });
    expect(JSON.stringify(entry)).not.toMatch(/forget me|customer-42/i);
  });
});
