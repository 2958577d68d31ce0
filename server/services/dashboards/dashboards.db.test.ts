import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type FeedbackItem, type TextAnalyser } from "@/server/services/feedback/ingest";
import { addCounts, countsOf, emptyCounts } from "@/server/services/feedback/rollup-delta";
import { kpiValue } from "@/server/services/metrics/kpi-value";
import { addDays } from "@/lib/days";
import { bucketStart } from "@/lib/trend-grain";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

type World = { org: OrgFixture; tenant: TenantDb; journeyId: string; desk: string; billing: string; ratingKpi: string; csatKpi: string };

/** Front desk (the lead's team, moment of truth, rating KPI) and billing (the other team, CSAT KPI). */
async function world(minSample = 3): Promise<World> {
  const org = await createOrgFixture(testDb.db, "Dash");
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  const desk = (await director.touchPoints.create({ stageId, name: "Front desk", channel: "in_person", ownerTeamId: org.teamId, isMomentOfTruth: true })).id;
  const billing = (await director.touchPoints.create({ stageId, name: "Billing", channel: "phone", ownerTeamId: org.otherTeamId })).id;
  const ratingKpi = (
    await director.kpis.create({ touchPointId: desk, kind: "rating", name: "Desk rating", unit: "/5", direction: "higher_is_better", target: 4, warningThreshold: 3.5, minSampleSize: minSample })
  ).id;
  const csatKpi = (
    await director.kpis.create({ touchPointId: billing, kind: "csat", name: "Billing CSAT", unit: "%", direction: "higher_is_better", target: 80, warningThreshold: 70, minSampleSize: 2 })
  ).id;
  return { org, tenant: tenantDb(testDb.db, org.orgId), journeyId, desk, billing, ratingKpi, csatKpi };
}

const at = (day: string) => new Date(`${day}T10:00:00Z`);
const queueTheme: TextAnalyser = (comment) => ({ sentiment: -0.5, sentimentLabel: "negative", sentimentSource: "lexicon", themes: comment.includes("queue") ? ["queue"] : [], language: null });
const PERIOD = { from: "2026-11-01", to: "2026-11-07" };

async function handMade(): Promise<World> {
  const w = await world();
  const { org } = w;
  const desk = (staffId: string | null, rating: number, day: string, segment: Record<string, string> = {}, extra: Partial<FeedbackItem> = {}): FeedbackItem => ({
    touchPointId: w.desk,
    channel: "in_person",
    staffId,
    rating,
    segment,
    occurredAt: at(day),
    ...extra,
  });
  const satisfied = { class: "Business", satisfaction: "satisfied" };
  await ingestFeedback(
    w.tenant,
    [
      desk(org.frontline.id, 5, "2026-11-03", satisfied, { comment: "queue was long but kind", customerRef: "cust-front" }),
      desk(org.frontline.id, 4, "2026-11-04", satisfied),
      desk(org.frontline.id, 4, "2026-11-05", satisfied),
      desk(org.frontline.id, 2, "2026-11-06", { class: "Eco", satisfaction: "dissatisfied" }),
      desk(org.lead.id, 3, "2026-11-02"),
      desk(org.lead.id, 3, "2026-11-02"),
      desk(org.outsider.id, 1, "2026-11-01", { satisfaction: "dissatisfied" }, { comment: "queue awful", customerRef: "cust-out" }),
      // The previous week: ten 2s, nobody named.
      ...Array.from({ length: 10 }, (_, i) => desk(null, 2, `2026-10-${25 + (i % 7)}`)),
      ...[5, 4, 1].map((csatScore) => ({ touchPointId: w.billing, channel: "phone" as const, csatScore, occurredAt: at("2026-11-04") })),
    ],
    { source: "api", analyse: queueTheme },
  );
  const lead = await callerAs(testDb.db, org.lead);
  await lead.kpis.setTarget({ kpiId: w.ratingKpi, teamId: org.teamId, userId: null, target: 4.5, warningThreshold: 4, validFrom: "2026-01-01", validTo: null });
  await lead.kpis.setTarget({ kpiId: w.ratingKpi, teamId: null, userId: org.frontline.id, target: 3, warningThreshold: 2.5, validFrom: "2026-01-01", validTo: null });
  return w;
}

describe("dashboards on hand-made feedback", () => {
  let w: World;
  beforeAll(async () => {
    w = await handMade();
  });

  it("journey health: each KPI's n, value and status against the organisation's target, moments of truth marked", async () => {
    const health = await (await callerAs(testDb.db, w.org.director)).dashboards.journeyHealth({ ...PERIOD, journeyId: w.journeyId });
    const [desk, billing] = health.stages[0]!.touchPoints;
    expect(desk).toMatchObject({ name: "Front desk", isMomentOfTruth: true });
    // 5+4+4+2+3+3+1 = 22 over 7 ratings; below 3.5, the warning threshold.
    expect(desk!.kpis[0]).toMatchObject({ n: 7, status: "below_target" });
    expect(desk!.kpis[0]!.value).toBeCloseTo(22 / 7, 12);
    // Two of three CSAT answers are 4-5: 66.7%, below the 70% warning threshold.
    expect(billing!.kpis[0]).toMatchObject({ n: 3, status: "below_target" });
    expect(billing!.kpis[0]!.value).toBeCloseTo(200 / 3, 12);
    expect(billing!.kpis[0]!.interval!.low).toBeLessThan(200 / 3);
  });

  it("movers: the desk rating rose from 2 to 22/7, a discovery after Benjamini-Hochberg; billing had no previous data to compare", async () => {
    const result = await (await callerAs(testDb.db, w.org.director)).dashboards.movers({ ...PERIOD, journeyId: w.journeyId });
    expect(result.previous).toEqual({ from: "2026-10-25", to: "2026-10-31" });
    expect(result.comparisons).toBe(1);
    expect(result.up).toHaveLength(1);
    expect(result.up[0]).toMatchObject({ kpiId: w.ratingKpi, discovery: true, improved: true, current: { n: 7 }, previous: { n: 10, value: 2 } });
    expect(result.up[0]!.change).toBeCloseTo(22 / 7 - 2, 12);
    // Welch: the previous ratings do not vary, so se = sd(current) / sqrt(7).
    const mean = 22 / 7;
    const variance = [5, 4, 4, 2, 3, 3, 1].reduce((s, x) => s + (x - mean) ** 2, 0) / 6;
    expect(result.up[0]!.interval.high - result.up[0]!.change).toBeCloseTo(1.959963984540054 * Math.sqrt(variance / 7), 9);
    expect(result.down).toEqual([]);
  });

  it("segments: the desk rating by class, the responses without a class as their own row", async () => {
    const result = await (await callerAs(testDb.db, w.org.lead)).dashboards.segments({ ...PERIOD, kpiId: w.ratingKpi, attribute: "class" });
    const byValue = Object.fromEntries(result.values.map((v) => [String(v.segmentValue), v]));
    expect(byValue.Business).toMatchObject({ n: 3, enoughData: true });
    expect(byValue.Business!.value).toBeCloseTo(13 / 3, 12);
    expect(byValue.Eco).toMatchObject({ n: 1, enoughData: false, value: null, status: "not_enough_data" });
    expect(byValue.null).toMatchObject({ n: 3 });
    expect(byValue.null!.value).toBeCloseTo(7 / 3, 12);
    const attributes = await (await callerAs(testDb.db, w.org.director)).dashboards.segmentAttributes({ journeyId: w.journeyId });
    expect(attributes.attributes).toEqual(["class", "satisfaction"]);
  });

  it("key drivers: satisfied customers rated the desk 13/3 against 3/2 for the others, with a Welch interval", async () => {
    const result = await (await callerAs(testDb.db, w.org.director)).dashboards.keyDrivers({ ...PERIOD, journeyId: w.journeyId, outcomeAttribute: "satisfaction", outcomeValue: "satisfied" });
    const desk = result.drivers.find((d) => d.touchPointId === w.desk)!;
    expect(desk.outcome).toMatchObject({ n: 3 });
    expect(desk.rest).toMatchObject({ n: 2, meanRating: 1.5 });
    expect(desk.difference).toBeCloseTo(13 / 3 - 1.5, 12);
    // var(5,4,4) = 1/3, var(2,1) = 1/2: se = sqrt(1/9 + 1/4).
    expect(desk.interval!.high - desk.difference!).toBeCloseTo(1.959963984540054 * Math.sqrt(1 / 9 + 1 / 4), 9);
    expect(result.drivers.find((d) => d.touchPointId === w.billing)!.difference).toBeNull();
  });

  it("team people: a lead sees their team person by person against each person's target, and nobody from another team", async () => {
    const lead = await callerAs(testDb.db, w.org.lead);
    const result = await lead.dashboards.teamPeople({ ...PERIOD, teamId: w.org.teamId });
    // The lead leads the team: not one of its frontline members, even with answers credited to her.
    expect(result.people.map((p) => p.id)).toEqual([w.org.frontline.id]);
    expect(result.rows.some((r) => r.personId === w.org.lead.id)).toBe(false);
    expect(JSON.stringify(result)).not.toContain(w.org.outsider.id);
    const frontline = result.rows.find((r) => r.personId === w.org.frontline.id)!;
    expect(frontline).toMatchObject({ kpiId: w.ratingKpi, n: 4, value: 3.75, status: "on_target", target: { target: 3, source: "person" } });
    await expect(lead.dashboards.teamPeople({ ...PERIOD, teamId: w.org.otherTeamId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Without a team: only the teams they lead.
    const all = await lead.dashboards.teamPeople(PERIOD);
    expect(all.people.map((p) => p.id)).not.toContain(w.org.outsider.id);
  });

  it("me: frontline staff see their own figures this week and month against their own target, never anyone else's", async () => {
    const frontline = await callerAs(testDb.db, w.org.frontline);
    const result = await frontline.dashboards.me({ to: "2026-11-07" });
    expect(result.week).toEqual({ from: "2026-11-02", to: "2026-11-07" });
    const [rating] = result.kpis;
    expect(rating).toMatchObject({ kpiId: w.ratingKpi, target: { target: 3, source: "person" } });
    expect(rating!.thisWeek).toMatchObject({ n: 4, value: 3.75, status: "on_target" });
    expect(rating!.thisMonth).toMatchObject({ n: 4 });
    expect(rating!.trend.reduce((s, p) => s + p.n, 0)).toBe(4);
    // With no period, my trend shows the 13 weeks to the day, as every weekly trend does at least.
    expect(result.trendPeriod).toEqual({ from: "2026-08-10", to: "2026-11-07" });
    expect(rating!.trend.map((p) => p.week)).toHaveLength(13);
    expect(result.recent).toEqual({ from: "2026-08-10", to: "2026-11-07" });
    expect(rating!.last90Days).toMatchObject({ n: 4, value: 3.75, status: "on_target" });
    // Rolling 13 weeks: the last point holds the four answers of its week, the one before none of them.
    const rolling = rating!.rollingTrend;
    expect(rolling.at(-1)).toMatchObject({ week: "2026-11-02", from: "2026-08-10", n: 4, value: 3.75 });
    expect(rolling.at(-2)).toMatchObject({ week: "2026-10-26", n: 0, value: null });
    // Two weeks later the week itself is empty; its 13 weeks still hold those answers.
    const later = (await frontline.dashboards.me({ to: "2026-11-20" })).kpis[0]!;
    expect(later.trend.at(-1)).toMatchObject({ week: "2026-11-16", n: 0 });
    expect(later.rollingTrend.at(-1)).toMatchObject({ week: "2026-11-16", from: "2026-08-24", n: 4, value: 3.75 });
    expect(JSON.stringify(result)).not.toContain(w.org.lead.id);
  });

  it("KPI trend: frontline staff get their own series only, and cannot ask for a colleague's", async () => {
    const frontline = await callerAs(testDb.db, w.org.frontline);
    const trend = await frontline.dashboards.kpiTrend({ ...PERIOD, kpiId: w.ratingKpi, grain: "day" });
    expect(trend.points).toHaveLength(7);
    expect(trend.points.reduce((s, p) => s + p.n, 0)).toBe(4);
    expect(trend.points.every((p) => p.value === null)).toBe(true); // one rating a day, minimum 3
    expect(trend.target).toMatchObject({ target: 3, source: "person" });
    await expect(frontline.dashboards.kpiTrend({ ...PERIOD, kpiId: w.ratingKpi, grain: "day", staffId: w.org.outsider.id })).rejects.toBeInstanceOf(TRPCError);
    const director = await callerAs(testDb.db, w.org.director);
    const weekly = await director.dashboards.kpiTrend({ ...PERIOD, kpiId: w.ratingKpi, grain: "week", segment: { attribute: "class", value: "Business" } });
    expect(weekly.points.at(-1)).toMatchObject({ day: "2026-11-02", n: 3 });
    expect(weekly.points.slice(0, -1).every((p) => p.n === 0)).toBe(true);
  });

  it("KPI trend: a week-by-week trend of a short period covers the 13 weeks to its end, weeks below the minimum sample without a figure", async () => {
    const director = await callerAs(testDb.db, w.org.director);
    // Thirty days to Saturday 7 Nov: 13 ISO weeks, from the week of Monday 10 Aug to the week of 2 Nov (to the 7th).
    const trend = await director.dashboards.kpiTrend({ from: "2026-10-09", to: "2026-11-07", kpiId: w.ratingKpi, grain: "week" });
    expect(trend.trendPeriod).toEqual({ from: "2026-08-10", to: "2026-11-07" });
    expect(trend.points).toHaveLength(13);
    expect(trend.points[0]!.day).toBe("2026-08-10");
    // Sunday 25 Oct is in the week of 19 Oct (two ratings of 2, below the minimum of 3); the
    // week of 26 Oct holds the other eight 2s and the outsider's 1 of Sunday 1 Nov.
    expect(trend.points.slice(-3)).toMatchObject([
      { day: "2026-10-19", n: 2, value: null, interval: null },
      { day: "2026-10-26", n: 9 },
      { day: "2026-11-02", n: 6 },
    ]);
    expect(trend.points.at(-2)!.value).toBeCloseTo(17 / 9, 12);
    expect(trend.points.at(-1)!.value).toBeCloseTo(21 / 6, 12);
    // A week's trend of one week covers the same 13 weeks; day by day stays on the period.
    const week = await director.dashboards.kpiTrend({ ...PERIOD, kpiId: w.ratingKpi, grain: "week" });
    expect(week.points.map((p) => p.day)).toEqual(trend.points.map((p) => p.day));
    expect((await director.dashboards.kpiTrend({ ...PERIOD, kpiId: w.ratingKpi, grain: "day" })).points).toHaveLength(7);
    // A period longer than 13 weeks is the trend itself: 180 days to 7 Nov touch 26 weeks.
    const long = await director.dashboards.kpiTrend({ from: "2026-05-12", to: "2026-11-07", kpiId: w.ratingKpi, grain: "week" });
    expect(long.trendPeriod).toEqual({ from: "2026-05-12", to: "2026-11-07" });
    expect(long.points).toHaveLength(26);
    expect(long.points.reduce((s, p) => s + p.n, 0)).toBe(17);
  });

  it("themes: frontline staff see their own mentions without customer references; the director sees all", async () => {
    const mine = await (await callerAs(testDb.db, w.org.frontline)).dashboards.themes(PERIOD);
    expect(mine.themes).toMatchObject([{ theme: "queue", mentions: 1, negativeShare: 1 }]);
    expect(mine.themes[0]!.examples.map((e) => [e.comment, e.customerRef])).toEqual([["queue was long but kind", null]]);
    const all = await (await callerAs(testDb.db, w.org.director)).dashboards.themes(PERIOD);
    expect(all.themes[0]).toMatchObject({ mentions: 2 });
    expect(all.themes[0]!.examples.map((e) => e.customerRef)).toEqual(["cust-front", "cust-out"]);
  });

  it("touch point page: a lead's staff breakdown holds their own people only", async () => {
    const page = await (await callerAs(testDb.db, w.org.lead)).dashboards.touchPoint({ ...PERIOD, touchPointId: w.desk });
    expect(page.kpis[0]!.staff!.map((s) => s.staffId).sort()).toEqual([w.org.lead.id, w.org.frontline.id].sort());
    const director = await (await callerAs(testDb.db, w.org.director)).dashboards.touchPoint({ ...PERIOD, grain: "week", touchPointId: w.desk });
    expect(director.kpis[0]!.staff!.map((s) => s.staffId)).toContain(w.org.outsider.id);
    const own = await (await callerAs(testDb.db, w.org.frontline)).dashboards.touchPoint({ ...PERIOD, grain: "week", touchPointId: w.desk });
    expect(own.kpis[0]!.staff).toBeNull();
    expect(own.kpis[0]!.history.reduce((s, h) => s + h.n, 0)).toBe(4);
    // The history covers the 13 weeks to the period's end; the staff breakdown the period only.
    expect(director.trendPeriod).toEqual({ from: "2026-08-10", to: "2026-11-07" });
    expect(director.kpis[0]!.history).toHaveLength(13);
    expect(director.kpis[0]!.history.reduce((s, h) => s + h.n, 0)).toBe(17);
    expect(director.kpis[0]!.staff!.reduce((s, row) => s + row.n, 0)).toBe(7);
    // Without a grain, a week's period is drawn day by day over its own seven days.
    const daily = await (await callerAs(testDb.db, w.org.director)).dashboards.touchPoint({ ...PERIOD, touchPointId: w.desk });
    expect(daily.grain).toBe("day");
    expect(daily.kpis[0]!.history.map((h) => h.start)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07"]);
    expect(daily.kpis[0]!.history.reduce((s, h) => s + h.n, 0)).toBe(7);
  });

  it("touch point page: each KPI's period total with n, interval, share of 4-5 and the status against the viewer's own target", async () => {
    const director = await (await callerAs(testDb.db, w.org.director)).dashboards.touchPoint({ ...PERIOD, touchPointId: w.desk });
    // All seven answers of the week: 22/7, three of them 4-5, below the organisation's 3.5 warning line.
    const total = director.kpis[0]!.total;
    expect(total).toMatchObject({ n: 7, enoughData: true, status: "below_target", target: { target: 4, source: "organisation" } });
    expect(total.value).toBeCloseTo(22 / 7, 12);
    expect(total.secondary).toBeCloseTo((3 / 7) * 100, 12);
    expect(total.interval!.low).toBeLessThan(22 / 7);
    // The frontline member's own four answers (5, 4, 4, 2) against their personal target of 3.
    const own = (await (await callerAs(testDb.db, w.org.frontline)).dashboards.touchPoint({ ...PERIOD, touchPointId: w.desk })).kpis[0]!.total;
    expect(own).toMatchObject({ n: 4, status: "on_target", target: { target: 3, source: "person" } });
    expect(own.value).toBeCloseTo(15 / 4, 12);
    expect(own.secondary).toBeCloseTo(75, 12);
    // A week with no answers: no figure and no status but "not enough data".
    const empty = await (await callerAs(testDb.db, w.org.director)).dashboards.touchPoint({ from: "2026-09-01", to: "2026-09-07", touchPointId: w.desk });
    expect(empty.kpis[0]!.total).toMatchObject({ n: 0, enoughData: false, value: null, status: "not_enough_data" });
  });

  it("touch point page: says whose themes the viewer may read, so an empty list is not mistaken for no comments", async () => {
    const lead = await callerAs(testDb.db, w.org.lead);
    const own = await lead.dashboards.touchPoint({ ...PERIOD, touchPointId: w.desk });
    expect(own.themesShown).toBe("all");
    expect(own.themes.map((t) => t.theme)).toContain("queue");
    const other = await lead.dashboards.touchPoint({ ...PERIOD, touchPointId: w.billing });
    expect(other).toMatchObject({ themesShown: "not_your_team", themes: [] });
    expect(other.kpis[0]!.total.n).toBe(3);
    expect((await (await callerAs(testDb.db, w.org.frontline)).dashboards.touchPoint({ ...PERIOD, touchPointId: w.desk })).themesShown).toBe("about_you");
    expect((await (await callerAs(testDb.db, w.org.director)).dashboards.touchPoint({ ...PERIOD, touchPointId: w.billing })).themesShown).toBe("all");
  });
});

describe("dashboard figures equal the same figures computed from raw rows", () => {
  it("for random feedback: journey health, segments and team people", async () => {
    const item = fc.record({
      point: fc.nat({ max: 1 }),
      staff: fc.nat({ max: 3 }),
      score: fc.integer({ min: 0, max: 5 }),
      cls: fc.constantFrom(null, "Business", "Eco"),
      day: fc.integer({ min: 0, max: 13 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 40 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 3 }), async (items, start, minSample) => {
        const w = await world(minSample);
        const staff = [null, w.org.frontline.id, w.org.lead.id, w.org.outsider.id];
        const day = (n: number) => `2026-11-${String(1 + n).padStart(2, "0")}`;
        await ingestFeedback(
          w.tenant,
          items.map((i) => ({
            touchPointId: i.point ? w.billing : w.desk,
            channel: "web" as const,
            staffId: staff[i.staff],
            ...(i.point ? { csatScore: Math.max(1, i.score) } : { rating: i.score }),
            segment: (i.cls ? { class: i.cls } : {}) as Record<string, string>,
            occurredAt: at(day(i.day)),
          })),
          { source: "api" },
        );
        const period = { from: day(start), to: day(start + 6) };
        const raw = (await w.tenant.select(feedback)).filter((r) => {
          const d = r.occurredAt.toISOString().slice(0, 10);
          return d >= period.from && d <= period.to;
        });
        const rawValue = (kind: "rating" | "csat", rows: typeof raw, min: number) =>
          kpiValue(kind, rows.reduce((all, r) => addCounts(all, countsOf(r)), emptyCounts()), min);

        const director = await callerAs(testDb.db, w.org.director);
        const health = await director.dashboards.journeyHealth({ ...period, journeyId: w.journeyId });
        const [desk, billing] = health.stages[0]!.touchPoints;
        const expectSame = (actual: { n: number; value: number | null }, expected: { n: number; value: number | null }) => {
          expect(actual.n).toBe(expected.n);
          if (expected.value === null) expect(actual.value).toBeNull();
          else expect(actual.value).toBeCloseTo(expected.value, 9);
        };
        expectSame(desk!.kpis[0]!, rawValue("rating", raw.filter((r) => r.touchPointId === w.desk), minSample));
        expectSame(billing!.kpis[0]!, rawValue("csat", raw.filter((r) => r.touchPointId === w.billing), 2));

        const cut = await director.dashboards.segments({ ...period, kpiId: w.ratingKpi, attribute: "class" });
        for (const cls of [null, "Business", "Eco"]) {
          const rows = raw.filter((r) => r.touchPointId === w.desk && (r.segment.class ?? null) === cls);
          const expected = rawValue("rating", rows, minSample);
          const actual = cut.values.find((v) => v.segmentValue === cls);
          if (expected.n === 0) expect(actual).toBeUndefined();
          else expectSame(actual!, expected);
        }

        const team = await director.dashboards.teamPeople({ ...period, teamId: w.org.teamId });
        const expected = rawValue("rating", raw.filter((r) => r.touchPointId === w.desk && r.staffId === w.org.frontline.id), minSample);
        expectSame(team.rows.find((r) => r.personId === w.org.frontline.id)!, expected);
        expect(team.rows.some((r) => r.personId === w.org.outsider.id || r.personId === w.org.lead.id)).toBe(false);
      }),
      { numRuns: 10 },
    );
  }, 300_000);
});

describe("monthly and quarterly trends equal the same figures computed from raw rows", () => {
  it("for random feedback over three years: KPI trends, sentiment and theme mentions per month and quarter", async () => {
    const BASE = "2023-01-01";
    const item = fc.record({
      point: fc.nat({ max: 1 }),
      score: fc.integer({ min: 0, max: 5 }),
      day: fc.integer({ min: 0, max: 1_100 }),
      comment: fc.constantFrom(null, "queue at the desk", "fine"),
    });
    const feelings: TextAnalyser = (comment) => ({
      sentiment: comment.includes("queue") ? -0.5 : 0.5,
      sentimentLabel: comment.includes("queue") ? "negative" : "positive",
      sentimentSource: "lexicon",
      themes: comment.includes("queue") ? ["queue"] : [],
      language: null,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 700 }),
        fc.constantFrom("month" as const, "quarter" as const),
        async (items, start, length, grain) => {
          const w = await world(1);
          await ingestFeedback(
            w.tenant,
            items.map((i) => ({
              touchPointId: i.point ? w.billing : w.desk,
              channel: "web" as const,
              ...(i.point ? { csatScore: Math.max(1, i.score) } : { rating: i.score }),
              comment: i.comment,
              occurredAt: at(addDays(BASE, i.day)),
            })),
            { source: "api", analyse: feelings },
          );
          const period = { from: addDays(BASE, start), to: addDays(BASE, start + length - 1) };
          const director = await callerAs(testDb.db, w.org.director);
          const rating = await director.dashboards.kpiTrend({ ...period, kpiId: w.ratingKpi, grain });
          expect(rating.grain).toBe(grain);
          const { from, to } = rating.trendPeriod;
          const rows = (await w.tenant.select(feedback))
            .map((r) => ({ ...r, day: r.occurredAt.toISOString().slice(0, 10) }))
            .filter((r) => r.day >= from && r.day <= to);
          const inBucket = (start: string) => rows.filter((r) => bucketStart(r.day, grain) === start);
          const expectSame = (actual: { n: number; value: number | null }, expected: { n: number; value: number | null }, what: string) => {
            expect(actual.n, what).toBe(expected.n);
            if (expected.value === null) expect(actual.value, what).toBeNull();
            else expect(actual.value, what).toBeCloseTo(expected.value, 9);
          };
          // The rating KPI needs one answer (world(1)), the CSAT KPI two.
          const rawValue = (kind: "rating" | "csat", bucket: typeof rows) => kpiValue(kind, bucket.reduce((all, r) => addCounts(all, countsOf(r)), emptyCounts()), kind === "csat" ? 2 : 1);

          // The buckets run in order from the one holding the first day to the one holding the last,
          // every raw row falls in one of them, and each holds exactly its raw rows.
          const starts = rating.points.map((p) => p.day);
          expect(starts[0]).toBe(bucketStart(from, grain));
          expect(starts.at(-1)).toBe(bucketStart(to, grain));
          expect(starts.every((day, i) => bucketStart(day, grain) === day && (i === 0 || day > starts[i - 1]!))).toBe(true);
          expect(rows.every((r) => starts.includes(bucketStart(r.day, grain)))).toBe(true);
          for (const point of rating.points) expectSame(point, rawValue("rating", inBucket(point.day).filter((r) => r.touchPointId === w.desk)), `rating ${point.day}`);
          const csat = await director.dashboards.kpiTrend({ ...period, kpiId: w.csatKpi, grain });
          for (const point of csat.points) expectSame(point, rawValue("csat", inBucket(point.day).filter((r) => r.touchPointId === w.billing)), `csat ${point.day}`);

          const sentiment = await director.dashboards.sentimentTrend({ ...period, grain, journeyId: w.journeyId });
          expect(sentiment.trendPeriod).toEqual(rating.trendPeriod);
          for (const point of sentiment.points) {
            const labelled = inBucket(point.start).filter((r) => r.sentimentLabel !== null);
            expect(point.n, `sentiment ${point.start}`).toBe(labelled.length);
          }
          const themes = await director.dashboards.themes({ ...period, grain, journeyId: w.journeyId });
          expect(themes.buckets).toEqual(rating.points.map((p) => p.day));
          expect(themes.commentsByBucket).toEqual(themes.buckets.map((b) => inBucket(b).filter((r) => r.comment !== null).length));
          const queue = themes.themes.find((t) => t.theme === "queue");
          const inPeriod = rows.filter((r) => r.day >= period.from && r.day <= period.to && r.comment?.includes("queue"));
          // The period's mentions (read once with the trend when the trend is the period), and each bucket's.
          expect(queue?.mentions ?? 0).toBe(inPeriod.length);
          if (queue) expect(queue.trend.map((t) => t.mentions)).toEqual(themes.buckets.map((b) => inBucket(b).filter((r) => r.comment?.includes("queue")).length));
          const periodRows = rows.filter((r) => r.day >= period.from && r.day <= period.to && r.sentimentLabel !== null);
          expect(sentiment.total.n).toBe(periodRows.length);
        },
      ),
      { numRuns: 8 },
    );
  }, 300_000);

  it("refuses daily points over five years, naming the grain, and takes the period's own grain by default", async () => {
    const w = await world();
    const director = await callerAs(testDb.db, w.org.director);
    const fiveYears = { from: "2021-11-08", to: "2026-11-07" };
    await expect(director.dashboards.kpiTrend({ ...fiveYears, kpiId: w.ratingKpi, grain: "day" })).rejects.toThrow(/grain.*"day.*By day this period would be 1,826 points/s);
    const auto = await director.dashboards.kpiTrend({ ...fiveYears, kpiId: w.ratingKpi });
    expect(auto.grain).toBe("quarter");
    expect(auto.points).toHaveLength(21);
    await expect(director.dashboards.kpiTrend({ ...fiveYears, kpiId: w.ratingKpi, grain: "fortnight" as "day" })).rejects.toThrow(/Choose day, week, month or quarter/);
  });

  it("All time: the organisation's first and last response days, nothing for another organisation; a decade's figures are whole", async () => {
    const w = await world(1);
    const director = await callerAs(testDb.db, w.org.director);
    expect(await director.dashboards.historySpan()).toEqual({ firstDay: null, lastDay: null });
    const answer = (day: string, rating: number): FeedbackItem => ({ touchPointId: w.desk, channel: "web", rating, occurredAt: at(day) });
    await ingestFeedback(w.tenant, [answer("2008-03-14", 2), answer("2015-12-31", 4), answer("2026-11-02", 5)], { source: "api" });
    expect(await director.dashboards.historySpan()).toEqual({ firstDay: "2008-03-14", lastDay: "2026-11-02" });
    const other = await createOrgFixture(testDb.db, "Elsewhere");
    expect(await (await callerAs(testDb.db, other.director)).dashboards.historySpan()).toEqual({ firstDay: null, lastDay: null });

    // 2006-2015 is ten years, summed whole: both answers of those years, none cut away.
    const decade = await director.dashboards.journeyHealth({ from: "2006-01-01", to: "2015-12-31", journeyId: w.journeyId });
    expect(decade.stages[0]!.touchPoints[0]!.kpis[0]).toMatchObject({ n: 2, value: 3 });
    const trend = await director.dashboards.kpiTrend({ from: "2006-01-01", to: "2015-12-31", kpiId: w.ratingKpi });
    expect(trend.grain).toBe("quarter");
    expect(trend.points).toHaveLength(40);
    expect(trend.points.filter((p) => p.n > 0).map((p) => [p.day, p.value])).toEqual([
      ["2008-01-01", 2],
      ["2015-10-01", 4],
    ]);
  });
});
