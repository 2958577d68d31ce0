import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coachingSessions, coachingSessionTouchPoints, feedback, trainingModules, trainingModuleTouchPoints, trainingRecords } from "@/db/schema";
import { addDays } from "@/lib/days";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { NotFoundError, PermissionError } from "@/server/services/errors";
import { ingestFeedback, type FeedbackItem } from "@/server/services/feedback/ingest";
import type { Scope } from "@/server/services/scope";
import { addPerson, callerAs, createOrgFixture, type FixtureUser, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { coachingImpact, impactOverview, moduleImpact } from "./impact";
import { loadPanels, moduleCompletions } from "./loader";
import { weekOf } from "./panel";

/*
 * A small organisation in Auckland (so that days and weeks are the organisation's, not UTC's) with
 * a cabin touch point (NPS and CSAT KPIs) and 12 crew: 6 complete "Calm under pressure" in
 * staggered weeks, 6 never do. Every person answers 3 times a week for 20 weeks through the real
 * ingest path; after completing, a trained person's answers are better by a known amount, so the
 * estimate is exact (no noise): NPS 9/7/3 (0) -> 10/9/3 (+33.3), CSAT 5/3/2 (33.3%) -> 5/4/2 (66.7%).
 */

const ZONE = "Pacific/Auckland";
const FIRST_MONDAY = "2026-01-05";
const WEEKS = 20;

let testDb: TestDb;
let org: OrgFixture;
let tenant: TenantDb;
let touchPointId: string;
let moduleId: string;
let crew: FixtureUser[];
/** Completion day (local) of trained person k: a Wednesday in week 7 + k. */
const completionDay = (k: number) => addDays(FIRST_MONDAY, (7 + k) * 7 + 2);

const localDay = (instant: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
/** 23:30 UTC the day before is 11:30 or 12:30 in Auckland on `day`. */
const instantOn = (day: string) => new Date(`${addDays(day, -1)}T23:30:00Z`);

const directorScope = (): Scope => ({ orgId: org.orgId, userId: org.director.id, role: "director", teamIds: [], leadTeamIds: [], timeZone: ZONE });

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Impact");
  tenant = tenantDb(testDb.db, org.orgId);
  await tenant.updateOrganization({ timeZone: ZONE });
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Fly", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "In flight" });
  touchPointId = (await director.touchPoints.create({ stageId, name: "Cabin service", channel: "in_person", ownerTeamId: org.teamId })).id;
  await director.kpis.create({ touchPointId, kind: "nps", name: "Cabin NPS", unit: "", direction: "higher_is_better", target: 30, warningThreshold: 10, minSampleSize: 30 });
  await director.kpis.create({ touchPointId, kind: "csat", name: "Cabin CSAT", unit: "%", direction: "higher_is_better", target: 80, warningThreshold: 70, minSampleSize: 30 });
  crew = [];
  for (let i = 0; i < 12; i++) crew.push(await addPerson(testDb.db, org.orgId, { role: "frontline", name: `Crew ${i}`, teamId: org.teamId, isLead: false }));

  const [module] = await tenant.insert(trainingModules, { title: "Calm under pressure", category: "personal" }).returning({ id: trainingModules.id });
  moduleId = module!.id;
  await tenant.insert(trainingModuleTouchPoints, { moduleId, touchPointId });
  for (let k = 0; k < 6; k++) {
    // 20:00 UTC is the next morning in Auckland: the local day is the one after.
    const completedAt = new Date(`${addDays(completionDay(k), -1)}T20:00:00Z`);
    await tenant.insert(trainingRecords, { moduleId, userId: crew[k]!.id, outcome: "completed", completedAt, source: "lms_csv", sourceRef: `row-${k}` });
    // A later completion and a failure do not move the completion date.
    await tenant.insert(trainingRecords, { moduleId, userId: crew[k]!.id, outcome: "failed", completedAt: new Date("2025-12-01T00:00:00Z"), source: "lms_csv", sourceRef: `fail-${k}` });
    await tenant.insert(trainingRecords, { moduleId, userId: crew[k]!.id, outcome: "passed", completedAt: new Date("2026-09-01T00:00:00Z"), source: "xapi", sourceRef: `late-${k}` });
  }

  const items: FeedbackItem[] = [];
  for (let w = 0; w < WEEKS; w++) {
    for (const [p, person] of crew.entries()) {
      for (let r = 0; r < 3; r++) {
        const day = addDays(FIRST_MONDAY, w * 7 + r * 2);
        const trained = p < 6 && day > completionDay(p);
        items.push({
          touchPointId,
          channel: "in_person",
          staffId: person.id,
          npsScore: trained ? [10, 9, 3][r]! : [9, 7, 3][r]!,
          csatScore: trained ? [5, 4, 2][r]! : [5, 3, 2][r]!,
          occurredAt: instantOn(day),
        });
      }
    }
    // Responses about nobody in particular are not anyone's panel.
    items.push({ touchPointId, channel: "in_person", staffId: null, npsScore: 0, occurredAt: instantOn(addDays(FIRST_MONDAY, w * 7)) });
  }
  await ingestFeedback(tenant, items, { source: "import" });
}, 120_000);
afterAll(() => testDb.close());

describe("training impact on the real rollups", () => {
  it("loads the same person x week panel as one computed from the raw feedback rows in the organisation's time zone", async () => {
    const completions = await moduleCompletions(tenant, moduleId, ZONE);
    expect([...completions.entries()].sort()).toEqual(crew.slice(0, 6).map((person, k) => [person.id, completionDay(k)]).sort());
    const panels = await loadPanels(tenant, { touchPointId, kinds: ["nps", "csat"], completions, pre: 6, post: 6 });

    const raw = await tenant.selectFields(
      { staffId: feedback.staffId, occurredAt: feedback.occurredAt, npsScore: feedback.npsScore, csatScore: feedback.csatScore },
      feedback,
      and(eq(feedback.touchPointId, touchPointId), isNotNull(feedback.staffId)),
    );
    for (const kind of ["nps", "csat"] as const) {
      const panel = panels.get(kind)!;
      const expected = new Map<string, { sum: number; n: number }>();
      for (const row of raw) {
        const week = weekOf(localDay(row.occurredAt));
        if (week < panel.firstWeek || week >= panel.firstWeek + panel.weeks) continue;
        const score = kind === "nps" ? row.npsScore : row.csatScore;
        if (score === null) continue;
        const value = kind === "nps" ? (score >= 9 ? 100 : score <= 6 ? -100 : 0) : score >= 4 ? 100 : 0;
        const key = `${row.staffId}|${week}`;
        const cell = expected.get(key) ?? { sum: 0, n: 0 };
        expected.set(key, { sum: cell.sum + value, n: cell.n + 1 });
      }
      const loaded = new Map<string, { sum: number; n: number }>();
      panel.people.forEach((id, p) => {
        for (let w = 0; w < panel.weeks; w++) {
          const n = panel.n[p * panel.weeks + w]!;
          if (n > 0) loaded.set(`${id}|${panel.firstWeek + w}`, { sum: panel.sum[p * panel.weeks + w]!, n });
        }
      });
      expect(loaded).toEqual(expected);
      expect(panel.people).toHaveLength(12);
      expect(Array.from(panel.completedWeek).filter((week) => week < 2 ** 31 - 1).sort()).toEqual(crew.slice(0, 6).map((_, k) => weekOf(completionDay(k))).sort());
    }
  });

  it("estimates the module's effect on NPS (+33.3) and CSAT (+33.3 points) with the counts on each side", async () => {
    const report = await moduleImpact(tenant, directorScope(), { moduleId });
    expect(report.module.title).toBe("Calm under pressure");
    expect(report.completedPeople).toBe(6);
    const [point] = report.touchPoints;
    expect(point!.touchPointName).toBe("Cabin service");
    for (const kpi of point!.kpis) {
      const result = kpi.result;
      if (result.status !== "estimated") throw new Error(result.reason);
      expect(result.estimate).toBeCloseTo(100 / 3, 6);
      expect(result.low).toBeCloseTo(100 / 3, 6);
      expect(result.high).toBeCloseTo(100 / 3, 6);
      expect(result.counts).toMatchObject({ treatedPeople: 6, controlPeople: 6, treatedResponsesPre: 108, treatedResponsesPost: 108 });
      expect(result.eventStudy.filter((e) => e.week < 0).every((e) => Math.abs(e.estimate!) < 1e-9)).toBe(true);
      expect(result.preTrend?.diverges).toBe(false);
    }
    expect(point!.kpis.map((k) => k.kind).sort()).toEqual(["csat", "nps"]);
  });

  it("ranks the module as improving both KPIs, and coaching of 2 people as 'not enough data' with the reason", async () => {
    for (const person of crew.slice(6, 8)) {
      const [session] = await tenant.insert(coachingSessions, { coachId: org.lead.id, userId: person.id, heldOn: "2026-02-18" }).returning({ id: coachingSessions.id });
      await tenant.insert(coachingSessionTouchPoints, { sessionId: session!.id, touchPointId });
    }
    const coaching = await coachingImpact(tenant, directorScope(), { touchPointId });
    const result = coaching.touchPoints[0]!.kpis[0]!.result;
    expect(result.status).toBe("not_enough_data");
    if (result.status === "not_enough_data") expect(result.reason).toContain("Only 2 trained people");

    const overview = await impactOverview(tenant, directorScope());
    expect(overview.rows.map((row) => [row.intervention, row.kind, row.verdict])).toEqual([
      ["module", "csat", "improved"],
      ["module", "nps", "improved"],
      ["coaching", "csat", "not_enough_data"],
      ["coaching", "nps", "not_enough_data"],
    ]);
    // A third of CSAT's 0-100 range beats a sixth of NPS's -100..100.
    expect(overview.rows[0]!.share).toBeCloseTo(1 / 3, 6);
    expect(overview.rows[1]!.share).toBeCloseTo(1 / 6, 6);
    expect(JSON.stringify(overview)).not.toContain(crew[0]!.id);
  });

  it("lets a lead read the organisation's modules but not another team's, and frontline nothing", async () => {
    const leadScope: Scope = { orgId: org.orgId, userId: org.lead.id, role: "team_lead", teamIds: [org.teamId], leadTeamIds: [org.teamId] };
    await expect(moduleImpact(tenant, leadScope, { moduleId })).resolves.toMatchObject({ completedPeople: 6 });
    const [theirs] = await tenant.insert(trainingModules, { title: "Back office basics", category: "professional", teamId: org.otherTeamId }).returning({ id: trainingModules.id });
    await expect(moduleImpact(tenant, leadScope, { moduleId: theirs!.id })).rejects.toBeInstanceOf(NotFoundError);
    const frontlineScope: Scope = { orgId: org.orgId, userId: org.frontline.id, role: "frontline", teamIds: [org.teamId], leadTeamIds: [] };
    await expect(moduleImpact(tenant, frontlineScope, { moduleId })).rejects.toBeInstanceOf(PermissionError);
  });
});
