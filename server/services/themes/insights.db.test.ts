import { and, gte, lt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { weekStart } from "@/server/services/dashboards/period";
import { ingestFeedback, type FeedbackItem, type TextAnalyser } from "@/server/services/feedback/ingest";
import type { Scope } from "@/server/services/scope";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { themeFieldsSchema } from "@/lib/schemas/themes";
import { themeInsights } from "./insights";
import { createTheme, mergeThemes } from "./themes";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

// Three ISO weeks, Monday to Sunday.
const PERIOD = { from: "2026-03-02", to: "2026-03-22" };
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);

type Org = { org: OrgFixture; tenant: TenantDb; scope: Scope; touchPointId: string };

async function orgWithTouchPoint(label: string): Promise<Org> {
  const org = await createOrgFixture(testDb.db, label);
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Fly", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Airport" });
  const { id: touchPointId } = await director.touchPoints.create({ stageId, name: "Gate", channel: "in_person", ownerTeamId: org.teamId });
  const scope: Scope = { orgId: org.orgId, userId: org.director.id, role: "director", teamIds: [], leadTeamIds: [] };
  return { org, tenant: tenantDb(testDb.db, org.orgId), scope, touchPointId };
}

async function ingest(o: Org, comments: [string | null, string, number?][], analyse: TextAnalyser) {
  const items: FeedbackItem[] = comments.map(([comment, day, hour]) => ({
    touchPointId: o.touchPointId,
    channel: "in_person",
    rating: 3,
    comment,
    occurredAt: at(day, hour),
  }));
  await ingestFeedback(o.tenant, items, { source: "api", analyse });
}

/** The figures straight from the stored rows, to hold the rollup-based ones against. */
async function fromRawRows(tenant: TenantDb, theme: string) {
  const rows = await tenant.selectFields(
    { id: feedback.id, comment: feedback.comment, themes: feedback.themes, sentiment: feedback.sentiment, label: feedback.sentimentLabel, occurredAt: feedback.occurredAt },
    feedback,
    and(gte(feedback.occurredAt, at(PERIOD.from, 0)), lt(feedback.occurredAt, at("2026-03-23", 0))),
  );
  const comments = rows.filter((row) => row.comment !== null).length;
  const tagged = rows.filter((row) => row.themes.includes(theme));
  const scored = tagged.filter((row) => row.sentiment !== null);
  const labelled = tagged.filter((row) => row.label !== null);
  const newest = [...tagged].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : -1));
  return {
    comments,
    mentions: tagged.length,
    commentShare: comments ? tagged.length / comments : null,
    sentimentN: scored.length,
    meanSentiment: scored.length ? scored.reduce((sum, row) => sum + row.sentiment!, 0) / scored.length : null,
    labelledN: labelled.length,
    negativeShare: labelled.length ? labelled.filter((row) => row.label === "negative").length / labelled.length : null,
    trend: ["2026-03-02", "2026-03-09", "2026-03-16"].map((start) => ({
      start,
      mentions: tagged.filter((row) => weekStart(row.occurredAt.toISOString().slice(0, 10)) === start).length,
    })),
    exampleIds: newest
      .filter((row, i) => newest.findIndex((other) => other.comment?.toLowerCase() === row.comment?.toLowerCase()) === i)
      .slice(0, 3)
      .map((row) => row.id),
  };
}

describe("per-theme insights", () => {
  it("gives each theme's volume, share, sentiment, weekly mentions and newest comments as the raw rows do", async () => {
    const mine = await orgWithTouchPoint("Insights");
    const other = await orgWithTouchPoint("Elsewhere");
    const analyse = await analyserForOrg(mine.tenant);
    await ingest(
      mine,
      [
        ["Our flight was delayed by three hours", "2026-03-02"],
        ["Delayed again and the staff were rude", "2026-03-04"],
        ["A long queue at the desk, awful", "2026-03-10"],
        ["Lovely crew, on time and smooth", "2026-03-11"],
        ["Delayed, but the flight attendant was wonderful", "2026-03-17"],
        ["The delay was short, thanks", "2026-03-18"],
        // The same words again: counted, but shown once among the examples.
        ["The delay was short, thanks", "2026-03-19"],
        ["The flight was delayed and nobody told us", "2026-03-22", 23],
        ["Great trip", "2026-03-20"],
        [null, "2026-03-12"],
        // Outside the period.
        ["Delayed yet again", "2026-03-01", 23],
        ["Delayed for ever", "2026-03-23", 0],
      ],
      analyse,
    );
    await ingest(other, [["Delayed, delayed, delayed", "2026-03-05"]], await analyserForOrg(other.tenant));

    const insights = await themeInsights(mine.tenant, mine.scope, PERIOD);
    expect(insights.isDefault).toBe(true);
    expect(insights.grain).toBe("week");
    expect(insights.buckets).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);

    for (const name of ["flight delays", "queues", "staff attitude", "cabin crew", "communication", "baggage"]) {
      const theme = insights.themes.find((t) => t.name === name);
      expect(theme, name).toBeDefined();
      const raw = await fromRawRows(mine.tenant, name);
      expect(insights.comments).toBe(raw.comments);
      expect(theme!.mentions, name).toBe(raw.mentions);
      expect(theme!.commentShare, name).toBeCloseTo(raw.commentShare!, 10);
      expect(theme!.sentimentN, name).toBe(raw.sentimentN);
      if (raw.meanSentiment === null) expect(theme!.meanSentiment, name).toBeNull();
      else expect(theme!.meanSentiment, name).toBeCloseTo(raw.meanSentiment, 6);
      expect(theme!.labelledN, name).toBe(raw.labelledN);
      expect(theme!.negativeShare, name).toBe(raw.negativeShare);
      expect(theme!.trend, name).toEqual(raw.trend);
      expect(theme!.examples.map((example) => example.id), name).toEqual(raw.exampleIds);
    }

    // What a director would read off the page, worked out by hand.
    const delays = insights.themes.find((t) => t.name === "flight delays")!;
    expect(insights.comments).toBe(9);
    expect(delays.mentions).toBe(7);
    expect(delays.trend.map((w) => w.mentions)).toEqual([2, 1, 4]);
    expect(delays.examples.map((e) => e.comment)).toEqual([
      "The flight was delayed and nobody told us",
      "The delay was short, thanks",
      "Delayed, but the flight attendant was wonderful",
    ]);
    const baggage = insights.themes.find((t) => t.name === "baggage")!;
    expect(baggage).toMatchObject({ mentions: 0, commentShare: 0, meanSentiment: null, negativeShare: null, examples: [] });
    expect(insights.otherThemes).toEqual([]);
  });

  it("lists names stored comments carry that the taxonomy no longer has, after a merge", async () => {
    const o = await orgWithTouchPoint("Merged");
    await ingest(
      o,
      [
        ["Delayed at the gate", "2026-03-03"],
        ["Stood in line for an hour", "2026-03-04"],
        ["Delayed and a long queue", "2026-03-05"],
      ],
      await analyserForOrg(o.tenant),
    );
    const themes = (await themeInsights(o.tenant, o.scope, PERIOD)).themes;
    const ids = ["flight delays", "queues"].map((name) => themes.find((t) => t.name === name)!.id);
    await mergeThemes(o.tenant, o.scope, { themeIds: ids, name: "Waiting" });
    // A comment that arrives after the merge gets the merged theme.
    await ingest(o, [["Delayed once more", "2026-03-06"]], await analyserForOrg(o.tenant));

    const after = await themeInsights(o.tenant, o.scope, PERIOD);
    expect(after.isDefault).toBe(false);
    expect(after.themes.find((t) => t.name === "Waiting")).toMatchObject({ mentions: 1 });
    expect(after.themes.some((t) => t.name === "queues")).toBe(false);
    expect(after.otherThemes).toEqual([
      { name: "flight delays", mentions: 2 },
      { name: "queues", mentions: 2 },
    ]);
  });

  it("counts a theme of the organisation's own and only its own organisation's comments", async () => {
    const o = await orgWithTouchPoint("Own");
    await createTheme(o.tenant, o.scope, themeFieldsSchema.parse({ name: "Lounge", terms: ["lounge"] }));
    await ingest(o, [["The lounge was packed", "2026-03-10"]], await analyserForOrg(o.tenant));
    const lounge = (await themeInsights(o.tenant, o.scope, PERIOD)).themes.find((t) => t.name === "Lounge")!;
    expect(lounge).toMatchObject({ mentions: 1, commentShare: 1, labelledN: 1 });
    expect(lounge.examples.map((e) => e.comment)).toEqual(["The lounge was packed"]);

    const fresh = await orgWithTouchPoint("Fresh");
    const none = await themeInsights(fresh.tenant, fresh.scope, PERIOD);
    expect(none.comments).toBe(0);
    expect(none.themes.every((t) => t.mentions === 0 && t.commentShare === null)).toBe(true);
  });
});
