import fc from "fast-check";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, feedbackDailyRollups, feedbackDailyTotals, observationDailyRollups } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type FeedbackItem, type TextAnalyser } from "@/server/services/feedback/ingest";
import { rebuildRollups } from "@/server/services/feedback/rebuild";
import { removeFeedback } from "@/server/services/feedback/remove";
import { ingestObservations } from "@/server/services/observations/ingest";
import { callerAs } from "@/server/testing/fixtures";
import { expectSameRollups, rollupSnapshot } from "@/server/testing/rollup-snapshot";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { orgWithTwoTouchPoints } from "@/server/testing/two-touch-points";
import { assertKnownTimeZone } from "./known-time-zone";
import { runRollupRebuild } from "./rollup-rebuild";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const analyse: TextAnalyser = (comment) => ({
  sentiment: comment.length % 2 ? 0.5 : -0.5,
  sentimentLabel: comment.length % 2 ? "positive" : "negative",
  sentimentSource: "lexicon",
  themes: comment.length % 3 ? ["Staff"] : ["Staff", "Wait"],
  language: null,
});

async function setup(label: string) {
  const { org, tenant, touchPointIds } = await orgWithTwoTouchPoints(testDb.db, label);
  const director = await callerAs(testDb.db, org.director);
  return { org, tenant, touchPointIds, director };
}

/** Every rollup, the observation rollups included (rollupSnapshot covers the feedback ones). */
async function everyRollup(tenant: TenantDb) {
  const snapshot = await rollupSnapshot(tenant);
  for (const { orgId: _org, id: _id, ...row } of await tenant.select(observationDailyRollups)) {
    snapshot.set(`observation|${row.touchPointId}|${row.metric}|${row.kpiId}|${row.staffId}|${row.day}`, row);
  }
  return snapshot;
}

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

describe("the organisation's time zone", () => {
  it("counts an evening answer in Chicago on its own day, not the next UTC day", async () => {
    const s = await setup("Chicago evening");
    await s.director.organization.updateTimeZone({ timeZone: "America/Chicago" });
    await s.director.organization.rebuildStep();
    // 02:30 UTC on the 9th is 21:30 CDT on 8 March 2026 (the clocks went forward that morning).
    await ingestFeedback(s.tenant, [{ touchPointId: s.touchPointIds[0]!, channel: "web", csatScore: 5, occurredAt: new Date("2026-03-09T02:30:00Z") }], { source: "api" });
    const days = await s.tenant.selectFields({ day: feedbackDailyTotals.day, responses: feedbackDailyTotals.responses }, feedbackDailyTotals);
    expect(days).toEqual([{ day: "2026-03-08", responses: 1 }]);
    // The Responses page's "from 8 March to 8 March" finds it too; "9 March" does not.
    expect((await s.director.responses.list({ from: "2026-03-08", to: "2026-03-08" })).total).toBe(1);
    expect((await s.director.responses.list({ from: "2026-03-09", to: "2026-03-09" })).total).toBe(0);
  });

  it("moves stored figures to the new zone's days when the rebuild has run, and says so in the audit log", async () => {
    const s = await setup("Zone move");
    const at = new Date("2026-03-09T02:30:00Z");
    await ingestFeedback(s.tenant, [{ touchPointId: s.touchPointIds[1]!, channel: "web", npsScore: 9, occurredAt: at }], { source: "api" });
    await ingestObservations(s.tenant, [{ touchPointId: s.touchPointIds[1]!, metric: "wait_minutes", value: 12, observedAt: at.toISOString() }], "api");
    expect(await s.tenant.selectFields({ day: feedbackDailyRollups.day }, feedbackDailyRollups)).toEqual([{ day: "2026-03-09" }]);

    const settings = await s.director.organization.updateTimeZone({ timeZone: "America/Chicago" });
    expect(settings).toMatchObject({ timeZone: "America/Chicago", responses: 1, touchPoints: 2, rebuild: { timeZone: "America/Chicago", previousTimeZone: "UTC", touchPointsTotal: 2, touchPointsDone: 0, finishedAt: null } });
    // A lead sees that figures are being rebuilt (the banner) but cannot drive the rebuild.
    const lead = await callerAs(testDb.db, s.org.lead);
    expect(await lead.organization.rebuildStatus()).toMatchObject({ timeZone: "America/Chicago", finishedAt: null });
    expect(codeOf(await lead.organization.rebuildStep().catch((e: unknown) => e))).toBe("FORBIDDEN");

    const done = await s.director.organization.rebuildStep();
    expect(done).toMatchObject({ touchPointsDone: 2, touchPointsTotal: 2, error: null });
    expect(done?.finishedAt).toBeInstanceOf(Date);
    expect(await s.tenant.selectFields({ day: feedbackDailyRollups.day }, feedbackDailyRollups)).toEqual([{ day: "2026-03-08" }]);
    expect(await s.tenant.selectFields({ day: observationDailyRollups.day }, observationDailyRollups)).toEqual([{ day: "2026-03-08" }]);
    const actions = (await s.tenant.selectFields({ action: auditLog.action, after: auditLog.after }, auditLog)).filter((e) => ["organization.time_zone_changed", "organization.rollups_rebuilt"].includes(e.action));
    expect(actions).toEqual([
      { action: "organization.time_zone_changed", after: { timeZone: "America/Chicago" } },
      { action: "organization.rollups_rebuilt", after: { reason: "time_zone", timeZone: "America/Chicago", touchPoints: 2 } },
    ]);
  });

  it("refuses a zone it does not know, naming it, and a second change while the first rebuild runs", async () => {
    const s = await setup("Zone refusals");
    const refused = await s.director.organization.updateTimeZone({ timeZone: "Mars/Olympus_Mons" }).catch((e: unknown) => e);
    expect(codeOf(refused)).toBe("BAD_REQUEST");
    expect(JSON.parse((refused as Error).message)).toMatchObject([{ path: ["timeZone"], message: '"Mars/Olympus_Mons" is not a time zone; choose one such as Europe/London or America/Chicago' }]);
    await expect(assertKnownTimeZone(testDb.db, "Etc/Nowhere")).rejects.toThrow('"Etc/Nowhere" is not a time zone');

    await s.director.organization.updateTimeZone({ timeZone: "Asia/Kolkata" });
    const second = await s.director.organization.updateTimeZone({ timeZone: "Europe/London" }).catch((e: unknown) => e);
    expect(codeOf(second)).toBe("CONFLICT");
    expect((second as Error).message).toBe("The figures are still being rebuilt for Asia/Kolkata (0 of 2 touch points); change the time zone once that has finished.");
    expect((await s.director.organization.settings()).timeZone).toBe("Asia/Kolkata");
  });

  it("knows every zone the app offers in the database too (PGlite here; PostgreSQL 15 was checked by hand)", async () => {
    const zones = ["UTC", ...Intl.supportedValuesOf("timeZone")];
    const result = await testDb.db.execute(sql`select name from pg_timezone_names`);
    const known = new Set((Array.isArray(result) ? result : (result as unknown as { rows: { name: string }[] }).rows).map((row) => (row as { name: string }).name));
    expect(zones.filter((zone) => !known.has(zone))).toEqual([]);
  });

  it("resumes a rebuild that lost its driver, from the next touch point", async () => {
    const s = await setup("Zone resume");
    await s.director.organization.updateTimeZone({ timeZone: "Asia/Kolkata" });
    // One touch point, then the "process" dies: the heartbeat goes stale.
    const first = await runRollupRebuild(s.tenant, s.org.director.id, { budgetMs: 0 });
    expect(first).toMatchObject({ touchPointsDone: 1, finishedAt: null, stalled: false });
    await s.tenant.execute((orgId) => sql`update rollup_rebuilds set heartbeat_at = now() - interval '5 minutes' where org_id = ${orgId}`);
    expect(await s.director.organization.rebuildStatus()).toMatchObject({ touchPointsDone: 1, stalled: true });
    const resumed = await s.director.organization.rebuildStep();
    expect(resumed).toMatchObject({ touchPointsDone: 2, stalled: false });
    expect(resumed?.finishedAt).toBeInstanceOf(Date);
  });
});

/** Seconds around the midnights of Chicago (incl. its DST change on 8 March 2026) and Kolkata (half-hour offset). */
const NEAR_MIDNIGHTS = [
  "2026-03-08T05:59:00Z", "2026-03-08T06:00:00Z", "2026-03-09T04:59:00Z", "2026-03-09T05:00:00Z", "2026-03-09T02:30:00Z",
  "2026-03-08T18:29:00Z", "2026-03-08T18:30:00Z", "2026-03-08T23:59:00Z", "2026-03-09T00:00:00Z",
  "2026-11-01T04:59:00Z", "2026-11-01T05:00:00Z", "2026-11-02T05:59:00Z", "2026-11-02T06:00:00Z",
].map((at) => Date.parse(at));

const item = fc.record({
  touchPoint: fc.nat({ max: 1 }),
  staff: fc.nat({ max: 1 }),
  at: fc.constantFrom(...NEAR_MIDNIGHTS),
  jitter: fc.integer({ min: -90, max: 90 }),
  csatScore: fc.option(fc.integer({ min: 1, max: 5 })),
  rating: fc.option(fc.integer({ min: 1, max: 5 })),
  comment: fc.option(fc.constantFrom("Quick", "Slow at the desk", "Lovely staff!")),
  segment: fc.constantFrom<Record<string, string>>({}, { class: "Eco" }, { class: "Business", loyalty: "Gold" }),
  observation: fc.option(fc.integer({ min: 0, max: 60 })),
});
type Item = typeof item extends fc.Arbitrary<infer T> ? T : never;

describe("a time-zone change", () => {
  it("leaves every rollup equal to a full rebuild in the new zone, with ingests and removals between the rebuild's steps", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { minLength: 1, maxLength: 25 }),
        fc.array(item, { maxLength: 10 }),
        fc.constantFrom("America/Chicago", "Asia/Kolkata"),
        fc.nat({ max: 5 }),
        async (before, during, timeZone, removeEvery) => {
          const s = await setup("Zone property");
          const staff = [null, s.org.frontline.id];
          const feedbackOf = (i: Item): FeedbackItem => ({
            touchPointId: s.touchPointIds[i.touchPoint]!,
            staffId: staff[i.staff],
            channel: "web",
            segment: i.segment,
            csatScore: i.csatScore,
            rating: i.rating,
            comment: i.comment,
            occurredAt: new Date(i.at + i.jitter * 1000),
          });
          const ingest = async (items: Item[]) => {
            const results = await ingestFeedback(s.tenant, items.map(feedbackOf), { source: "api", analyse });
            const observed = items.flatMap((i) =>
              i.observation === null ? [] : [{ touchPointId: s.touchPointIds[i.touchPoint]!, staffId: staff[i.staff], metric: "wait", value: i.observation, observedAt: new Date(i.at + i.jitter * 1000).toISOString() }],
            );
            await ingestObservations(s.tenant, observed, "api");
            return results.map((r) => r.id);
          };

          const ids = await ingest(before);
          await s.director.organization.updateTimeZone({ timeZone });
          // One touch point rebuilt, then new answers and a removal land before the other's turn.
          await runRollupRebuild(s.tenant, s.org.director.id, { budgetMs: 0 });
          await ingest(during);
          const removed = removeEvery ? ids.filter((_, i) => i % (removeEvery + 1) === 0) : [];
          await s.tenant.transaction((tx) => removeFeedback(tx, removed));
          const status = await runRollupRebuild(s.tenant, s.org.director.id);
          expect(status?.finishedAt).toBeInstanceOf(Date);

          const afterRebuild = await everyRollup(s.tenant);
          await rebuildRollups(s.tenant);
          expectSameRollups(afterRebuild, await everyRollup(s.tenant));
        },
      ),
      { numRuns: 15 },
    );
  }, 240_000);
});
