import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type FeedbackItem, type TextAnalyser } from "@/server/services/feedback/ingest";
import { wilsonInterval } from "@/server/services/metrics/intervals";
import { callerAs, createOrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { SENTIMENT_MIN_SAMPLE } from "./sentiment";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

/** "good" comments are positive, "bad" ones negative, the rest neutral; "delay" is a theme. */
const analyse: TextAnalyser = (comment) => {
  const label = comment.includes("good") ? "positive" : comment.includes("bad") ? "negative" : "neutral";
  return {
    sentiment: label === "positive" ? 0.8 : label === "negative" ? -0.6 : 0,
    sentimentLabel: label,
    sentimentSource: "lexicon",
    themes: comment.includes("delay") ? ["delay"] : [],
    language: "eng",
  };
};

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);

describe("sentiment across a journey, week by week", () => {
  it("gives each week's shares with n and Wilson intervals from the rollups, nothing below the minimum, and only the journey's comments", async () => {
    const org = await createOrgFixture(testDb.db, "Mood");
    const director = await callerAs(testDb.db, org.director);
    const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
    const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
    const desk = (await director.touchPoints.create({ stageId, name: "Front desk", channel: "in_person", ownerTeamId: org.otherTeamId })).id;
    const { id: otherJourney } = await director.journeys.create({ name: "Other", status: "active" });
    const { id: otherStage } = await director.journeys.addStage({ journeyId: otherJourney, name: "Elsewhere" });
    const elsewhere = (await director.touchPoints.create({ stageId: otherStage, name: "Spa", channel: "in_person" })).id;

    const item = (touchPointId: string, day: string, comment: string | null, hour = 10): FeedbackItem => ({ touchPointId, channel: "in_person", rating: 4, comment, occurredAt: at(day, hour) });
    // Week of 2 Nov: 40 comments (10 good, 25 bad in five wordings, 5 neutral) and 5 answers without one; week of 9 Nov: 12 comments.
    const week1 = [
      ...Array.from({ length: 10 }, (_, i) => item(desk, "2026-11-03", `good stay ${i}`, 8 + (i % 10))),
      ...Array.from({ length: 25 }, (_, i) => item(desk, "2026-11-04", `bad delay ${i % 5}`, 8 + (i % 10))),
      ...Array.from({ length: 5 }, (_, i) => item(desk, "2026-11-05", `fine ${i}`)),
      ...Array.from({ length: 5 }, () => item(desk, "2026-11-05", null)),
    ];
    const week2 = Array.from({ length: 12 }, (_, i) => item(desk, "2026-11-10", i % 2 ? `good ${i}` : `bad ${i}`));
    const otherJourneyItems = Array.from({ length: 30 }, (_, i) => item(elsewhere, "2026-11-03", `bad spa ${i}`));
    // Before the period, in the week of 14 Sep: six comments, two of them about delays.
    const earlier = Array.from({ length: 6 }, (_, i) => item(desk, "2026-09-15", i < 2 ? `bad delay early ${i}` : `good early ${i}`));
    await ingestFeedback(tenantDb(testDb.db, org.orgId), [...week1, ...week2, ...otherJourneyItems, ...earlier], { source: "api", analyse });

    const period = { from: "2026-11-02", to: "2026-11-15" };
    const lead = await callerAs(testDb.db, org.lead);
    // The lead leads another team: journey aggregates name nobody, so they read the same figures.
    const result = await lead.dashboards.sentimentTrend({ ...period, grain: "week", journeyId });
    expect(result.minSampleSize).toBe(SENTIMENT_MIN_SAMPLE);
    // Two weeks are too few for a trend: the weeks cover the 13 to the period's end, each with its n.
    expect(result.trendPeriod).toEqual({ from: "2026-08-17", to: "2026-11-15" });
    expect(result.grain).toBe("week");
    expect(result.points).toHaveLength(13);
    expect(result.points[0]!.start).toBe("2026-08-17");
    expect(result.points.map((w) => w.n)).toEqual([0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 40, 12]);
    expect(result.points[4]).toMatchObject({ start: "2026-09-14", enoughData: false, positive: null });

    const [first, second] = result.points.slice(-2);
    expect(first).toMatchObject({ n: 40, enoughData: true });
    expect(first!.positive).toBeCloseTo(25, 9);
    expect(first!.negative).toBeCloseTo(62.5, 9);
    expect(first!.negativeInterval).toEqual(wilsonInterval(25, 40));
    // Scores are stored as real (float4): equal to six places.
    expect(first!.meanScore).toBeCloseTo((10 * 0.8 - 25 * 0.6) / 40, 6);
    // Twelve labelled comments: the week shows its n and no figure.
    expect(second).toEqual({ start: "2026-11-09", n: 12, enoughData: false, positive: null, negative: null, positiveInterval: null, negativeInterval: null, meanScore: null });
    expect(result.total).toMatchObject({ n: 52, enoughData: true });
    expect(result.total.positive).toBeCloseTo((16 / 52) * 100, 9);

    // The same shares from the raw rows of the journey's touch point.
    const inPeriod = (r: { occurredAt: Date }) => r.occurredAt >= at(period.from, 0) && r.occurredAt < at("2026-11-16", 0);
    const raw = (await tenantDb(testDb.db, org.orgId).select(feedback)).filter((r) => r.touchPointId === desk && r.sentimentLabel !== null && inPeriod(r));
    expect(raw).toHaveLength(52);
    expect(result.total.negative).toBeCloseTo((raw.filter((r) => r.sentimentLabel === "negative").length / raw.length) * 100, 9);

    // Themes narrowed to the journey: the spa's comments (another journey) are not counted, and each week carries its comments.
    const themes = await director.dashboards.themes({ ...period, grain: "week", journeyId });
    // The theme's mentions are the period's; its weeks, like the comments under them, the 13 weeks'.
    expect(themes.themes).toMatchObject([{ theme: "delay", mentions: 25 }]);
    expect(themes.buckets).toEqual(result.points.map((w) => w.start));
    expect(themes.themes[0]!.trend.map((w) => w.mentions)).toEqual([0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 25, 0]);
    expect(themes.commentsByBucket).toEqual([0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 40, 12]);
    // The newest rows repeat one wording; the examples are three different ones.
    const examples = themes.themes[0]!.examples.map((e) => e.comment);
    expect(new Set(examples).size).toBe(examples.length);
    expect(examples).toHaveLength(3);

    // Without a grain, the period's own: the default 30 days by week (its 13), two weeks day by
    // day, a half-year its 26 weeks.
    const thirty = await director.dashboards.sentimentTrend({ from: "2026-10-17", to: "2026-11-15", journeyId });
    expect(thirty.grain).toBe("week");
    expect(thirty.points.map((w) => w.start)).toEqual(result.points.map((w) => w.start));
    const fortnight = await director.dashboards.sentimentTrend({ ...period, journeyId });
    expect(fortnight.grain).toBe("day");
    expect(fortnight.points).toHaveLength(14);
    expect(fortnight.points.find((p) => p.start === "2026-11-04")).toMatchObject({ n: 25, enoughData: false });
    expect(thirty.total.n).toBe(52);
    const half = await director.dashboards.sentimentTrend({ from: "2026-05-20", to: "2026-11-15", journeyId });
    expect(half.grain).toBe("week");
    expect(half.trendPeriod).toEqual({ from: "2026-05-20", to: "2026-11-15" });
    expect(half.points).toHaveLength(26);
    expect(half.total.n).toBe(58);

    await expect(director.dashboards.sentimentTrend({ ...period, journeyId: crypto.randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const frontline = await callerAs(testDb.db, org.frontline);
    await expect(frontline.dashboards.sentimentTrend({ ...period, journeyId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
