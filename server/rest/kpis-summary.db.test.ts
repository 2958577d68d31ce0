import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tenantDb } from "@/server/db/tenant-db";
import { createApiKey, revokeApiKey } from "@/server/services/api-keys/keys";
import { ingestFeedback, type FeedbackItem } from "@/server/services/feedback/ingest";
import type { KpiKind } from "@/lib/domain/kpis";
import { KPI_DEFAULTS } from "@/lib/schemas/kpis";
import type { Scope } from "@/server/services/scope";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { restEndpoint } from "./endpoint";
import { handleKpiSummary } from "./kpis";
import { resetRateLimits } from "./rate-limit";

let testDb: TestDb;
let org: OrgFixture;
let other: OrgFixture;
let journeyId: string;
let desk: string;
let quietDesk: string;
let otherTouchPoint: string;
const kpiIds: Partial<Record<KpiKind, string>> = {};
let readKey: string;
let writeKey: string;

const TODAY = new Date("2026-04-10T15:00:00Z");
const scopeOf = (o: OrgFixture): Scope => ({ orgId: o.orgId, userId: o.director.id, role: "director", teamIds: [], leadTeamIds: [] });

async function journeyIn(o: OrgFixture, names: string[]) {
  const director = await callerAs(testDb.db, o.director);
  const { id } = await director.journeys.create({ name: "Fly", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId: id, name: "Depart" });
  const points: string[] = [];
  for (const name of names) points.push((await director.touchPoints.create({ stageId, name, channel: "in_person", ownerTeamId: o.teamId })).id);
  return { journeyId: id, points };
}

const MIN_SAMPLE: Record<KpiKind, number> = { nps: 3, csat: 2, ces: 10, rating: 1, operational: 1 };

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Summary");
  other = await createOrgFixture(testDb.db, "Elsewhere");
  const mine = await journeyIn(org, ["Check-in desk", "Quiet desk"]);
  journeyId = mine.journeyId;
  [desk, quietDesk] = mine.points as [string, string];
  otherTouchPoint = (await journeyIn(other, ["Their desk"])).points[0]!;
  const director = await callerAs(testDb.db, org.director);
  for (const kind of ["nps", "csat", "ces", "rating", "operational"] as const) {
    const { name, unit, direction, target, warningThreshold } = KPI_DEFAULTS[kind];
    const created = await director.kpis.create({ touchPointId: desk, kind, name, unit, direction, target, warningThreshold, minSampleSize: MIN_SAMPLE[kind] });
    kpiIds[kind] = created.id;
  }
  const tenant = tenantDb(testDb.db, org.orgId);
  readKey = (await createApiKey(tenant, scopeOf(org), { name: "BI", scopes: ["kpis:read"] })).key;
  writeKey = (await createApiKey(tenant, scopeOf(org), { name: "Survey", scopes: ["feedback:write"] })).key;

  const at = (iso: string, scores: Partial<FeedbackItem>): FeedbackItem => ({ touchPointId: desk, channel: "in_person", occurredAt: new Date(iso), ...scores });
  await ingestFeedback(
    tenant,
    [
      at("2026-03-05T09:00:00Z", { npsScore: 10, csatScore: 5, cesScore: 6, rating: 4 }),
      at("2026-03-10T12:00:00Z", { npsScore: 9, csatScore: 4, cesScore: 3, rating: 0 }),
      at("2026-03-20T18:00:00Z", { npsScore: 3, csatScore: 2, rating: 5 }),
      at("2026-03-31T23:30:00Z", { npsScore: 7 }),
      // Either side of the period: the day before `from` and the day after `to`.
      at("2026-02-28T23:59:00Z", { npsScore: 0, csatScore: 1, rating: 1 }),
      at("2026-04-01T00:00:00Z", { npsScore: 0, csatScore: 1, rating: 1 }),
    ],
    { source: "api" },
  );
});
afterAll(() => testDb.close());
beforeEach(() => resetRateLimits(testDb.db));

const endpoint = restEndpoint({ scope: "kpis:read" }, () => testDb.db, ({ tenant, request }) => handleKpiSummary(tenant, request, TODAY));

const get = (query: string, key: string | null = readKey) =>
  endpoint(new Request(`http://localhost/api/v1/kpis/summary${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }));

type Body = {
  period: { from: string; to: string };
  touchPoints: { id: string; name: string; journeyId: string; kpis: { kpiId: string; kind: string; n: number | null; value: number | null; status: string; secondary: { label: string; value: number | null } | null; target: number; minSampleSize: number }[] }[];
};

async function summary(query: string): Promise<Body> {
  const response = await get(query);
  expect(response.status, JSON.stringify(await response.clone().json())).toBe(200);
  return (await response.json()) as Body;
}

const kpiOf = (body: Body, kind: KpiKind) => body.touchPoints.find((point) => point.id === desk)!.kpis.find((kpi) => kpi.kind === kind)!;

describe("GET /api/v1/kpis/summary", () => {
  it("sums the rollups of the period per touch point and applies each KPI's formula", async () => {
    const body = await summary("?from=2026-03-01&to=2026-03-31");
    expect(body.period).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(body.touchPoints.map((point) => [point.name, point.journeyId])).toEqual([
      ["Check-in desk", journeyId],
      ["Quiet desk", journeyId],
    ]);
    // 10, 9, 3, 7: two promoters, one detractor of four.
    expect(kpiOf(body, "nps")).toMatchObject({ kpiId: kpiIds.nps, n: 4, value: 25, status: "ok", target: KPI_DEFAULTS.nps.target, minSampleSize: 3 });
    // 5, 4, 2: two of three are 4-5; mean 11/3.
    const csat = kpiOf(body, "csat");
    expect(csat).toMatchObject({ n: 3, status: "ok" });
    expect(csat.value).toBeCloseTo(200 / 3, 9);
    expect(csat.secondary?.label).toBe("mean");
    expect(csat.secondary?.value).toBeCloseTo(11 / 3, 9);
    // 4 and 5 (the 0 is "not applicable").
    expect(kpiOf(body, "rating")).toMatchObject({ n: 2, value: 4.5, status: "ok", secondary: { label: "topTwoPercent", value: 100 } });
    expect(kpiOf(body, "operational")).toMatchObject({ kpiId: kpiIds.operational, n: null, value: null, status: "not_available" });
    expect(body.touchPoints[1]!.kpis).toEqual([]);
  });

  it("withholds a value below the KPI's minimum sample", async () => {
    // Two CES answers (6 and 3) against a minimum of ten.
    expect(kpiOf(await summary("?from=2026-03-01&to=2026-03-31"), "ces")).toMatchObject({
      n: 2,
      value: null,
      status: "insufficient_data",
      secondary: { label: "agreePercent", value: null },
    });
    // One NPS answer (10) against a minimum of three; none at all is insufficient too.
    expect(kpiOf(await summary("?from=2026-03-05&to=2026-03-05"), "nps")).toMatchObject({ n: 1, value: null, status: "insufficient_data" });
    expect(kpiOf(await summary("?from=2025-01-01&to=2025-01-31"), "nps")).toMatchObject({ n: 0, value: null, status: "insufficient_data" });
  });

  it("counts whole UTC days from `from` to `to` inclusive", async () => {
    // 2026-02-28 adds an NPS 0 and a CSAT 1 to March's figures.
    const widened = await summary("?from=2026-02-28&to=2026-03-31");
    expect(kpiOf(widened, "nps")).toMatchObject({ n: 5, value: 0 });
    expect(kpiOf(widened, "csat")).toMatchObject({ n: 4, value: 50 });
    expect(kpiOf(await summary("?from=2026-03-31&to=2026-04-01"), "nps")).toMatchObject({ n: 2 });
  });

  it("defaults to the 30 days ending today", async () => {
    const body = await summary("");
    expect(body.period).toEqual({ from: "2026-03-12", to: "2026-04-10" });
    // 2026-03-20 (3), 2026-03-31 (7) and 2026-04-01 (0).
    expect(kpiOf(body, "nps").n).toBe(3);
    expect(kpiOf(body, "nps").value).toBeCloseTo(-200 / 3, 9);
    expect((await summary("?to=2026-03-31")).period).toEqual({ from: "2026-03-02", to: "2026-03-31" });
  });

  it("filters by touch point and by journey", async () => {
    expect((await summary(`?touchPointId=${quietDesk}`)).touchPoints.map((point) => point.name)).toEqual(["Quiet desk"]);
    expect((await summary(`?journeyId=${journeyId}`)).touchPoints).toHaveLength(2);
  });

  it("answers 422 with the reason for a bad query", async () => {
    const reasons = async (query: string) => {
      const response = await get(query);
      expect(response.status, query).toBe(422);
      return JSON.stringify(await response.json());
    };
    expect(await reasons("?from=2026-03-31&to=2026-03-01")).toContain("must not be after to");
    expect(await reasons("?from=1899-12-31&to=2026-03-01")).toContain("between 1900-01-01 and 2999-12-31");
    expect(await reasons("?from=31/03/2026")).toContain("Use a date like 2026-12-31");
    expect(await reasons("?from=2026-02-30")).toContain("Use a date like 2026-12-31");
    expect(await reasons("?touchPointId=desk")).toContain("touchPointId must be a valid id");
    expect(await reasons("?touchpoint=x")).toContain("touchpoint");
    expect(await reasons("?from=2026-03-01&from=2026-03-02")).toContain("Give from once");
    // Any length is a period: ten years are summarised whole, not cut to one.
    const decade = await get("?from=2016-04-02&to=2026-04-01");
    expect(decade.status).toBe(200);
    expect((await decade.json()).period).toEqual({ from: "2016-04-02", to: "2026-04-01" });
  });

  it("answers 404 for another organisation's touch point or journey, and shows nothing of it", async () => {
    const response = await get(`?touchPointId=${otherTouchPoint}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "Touch point was not found" } });
    const theirJourney = await get(`?journeyId=${(await journeyIn(other, ["Gate"])).journeyId}`);
    expect(theirJourney.status).toBe(404);
  });

  it("refuses a key without kpis:read (403) and a revoked key (401)", async () => {
    expect((await get("", writeKey)).status).toBe(403);
    expect((await get("", null)).status).toBe(401);
    const tenant = tenantDb(testDb.db, org.orgId);
    const doomed = await createApiKey(tenant, scopeOf(org), { name: "Old BI", scopes: ["kpis:read"] });
    expect((await get("", doomed.key)).status).toBe(200);
    await revokeApiKey(tenant, scopeOf(org), { apiKeyId: doomed.id });
    expect((await get("", doomed.key)).status).toBe(401);
  });
});
