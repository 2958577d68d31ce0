import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, feedbackThemeDailyRollups } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { expectSameRollups, rollupSnapshot } from "@/server/testing/rollup-snapshot";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { ingestFeedback, type FeedbackItem, type TextAnalyser } from "./ingest";
import { rebuildRollups } from "./rebuild";
import { reviseTextAnalyses, type TextRevision } from "./revise-text";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

async function setup(): Promise<{ tenant: TenantDb; touchPointIds: string[]; staff: (string | null)[] }> {
  const { org, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, "Revise");
  return { tenant, touchPointIds, staff: [null, org.frontline.id] };
}

const THEMES = ["queue", "staff", "price"];
const LABELS = ["negative", "neutral", "positive"] as const;

const lexiconStandIn: TextAnalyser = (comment) => ({
  sentiment: ((comment.length % 21) - 10) / 10,
  sentimentLabel: LABELS[comment.length % 3]!,
  sentimentSource: "lexicon",
  themes: THEMES.filter((_, i) => comment.length % (i + 2) === 0),
  language: "eng",
});

const revisionArb = fc.record({
  pick: fc.nat(),
  sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { freq: 4 }),
  label: fc.constantFrom(...LABELS),
  themes: fc.subarray(THEMES),
  themesCorrected: fc.boolean(),
});

describe("revising stored text analyses", () => {
  it("moves the daily and theme rollups to exactly what a rebuild from raw rows gives", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ touchPoint: fc.nat({ max: 1 }), staff: fc.nat({ max: 1 }), comment: fc.string({ minLength: 1, maxLength: 8 }), day: fc.nat({ max: 2 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.array(revisionArb, { maxLength: 12 }),
        async (items, revisions) => {
          const s = await setup();
          const stored = await ingestFeedback(
            s.tenant,
            items.map(
              (item): FeedbackItem => ({
                touchPointId: s.touchPointIds[item.touchPoint]!,
                staffId: s.staff[item.staff]!,
                channel: "web",
                rating: 4,
                comment: item.comment,
                segment: { Class: item.comment.length % 2 ? "Business" : "Eco" },
                occurredAt: new Date(Date.UTC(2026, 9, 1 + item.day, 12)),
              }),
            ),
            { source: "api", analyse: lexiconStandIn },
          );
          const ids = stored.map((result) => result.id);
          // One revision per response: a later one for the same id would replace, not add to, the first.
          const byId = new Map<string, TextRevision>();
          for (const revision of revisions) {
            const id = ids[revision.pick % ids.length]!;
            byId.set(id, {
              id,
              sentiment: revision.sentiment,
              sentimentLabel: revision.sentiment === null ? null : revision.label,
              sentimentSource: revision.sentiment === null ? null : "label",
              themes: revision.themes,
              themesCorrected: revision.themesCorrected,
              language: revision.sentiment === null ? "fra" : "eng",
            });
          }
          await s.tenant.transaction((tenantTx) => reviseTextAnalyses(tenantTx, [...byId.values()]));

          const revised = await rollupSnapshot(s.tenant);
          await rebuildRollups(s.tenant);
          expectSameRollups(revised, await rollupSnapshot(s.tenant));
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);

  it("stores the revision and returns the response as it was", async () => {
    const s = await setup();
    const [result] = await ingestFeedback(
      s.tenant,
      [{ touchPointId: s.touchPointIds[0]!, channel: "web", rating: 2, comment: "abcd", occurredAt: new Date("2026-10-02T10:00:00Z") }],
      { source: "api", analyse: lexiconStandIn },
    );
    const id = result!.id;
    const [before] = await s.tenant.transaction((tenantTx) =>
      reviseTextAnalyses(tenantTx, [
        { id, sentiment: 1, sentimentLabel: "positive", sentimentSource: "label", themes: ["staff"], themesCorrected: true, language: "eng" },
      ]),
    );
    expect(before).toEqual({
      id,
      comment: "abcd",
      before: { sentiment: -0.6, sentimentLabel: "neutral", sentimentSource: "lexicon", themes: ["queue", "price"], themesCorrected: false, language: "eng" },
    });
    const [row] = await s.tenant.select(feedback);
    expect(row).toMatchObject({ sentiment: 1, sentimentLabel: "positive", sentimentSource: "label", themes: ["staff"], themesCorrected: true });
    const themeRows = await s.tenant.select(feedbackThemeDailyRollups);
    expect(themeRows.map((r) => [r.theme, r.mentions, r.positiveN])).toEqual([["staff", 1, 1]]);
  });
});
