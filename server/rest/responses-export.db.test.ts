import { encode } from "next-auth/jwt";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantDb } from "@/server/db/tenant-db";
import { ingestFeedback, type FeedbackItem } from "@/server/services/feedback/ingest";
import { EXPORT_CHUNK_ROWS } from "@/server/services/responses/export";
import { analyseComment } from "@/server/services/text/analyse";
import { callerAs, createOrgFixture, type FixtureUser, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { handleResponsesExport } from "./responses-export";
import { sessionEndpoint } from "./session-endpoint";

process.env.NEXTAUTH_SECRET ??= "test-secret-for-export-tests";

let testDb: TestDb;
let org: OrgFixture;
let other: OrgFixture;
let exportRoute: (request: Request) => Promise<Response>;
/** More than two pieces of the stream, with many answers in the same second to test the cursor. */
const BULK = EXPORT_CHUNK_ROWS * 2 + 37;

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Export");
  other = await createOrgFixture(testDb.db, "ExportOther");
  exportRoute = sessionEndpoint({ roles: ["director", "team_lead", "frontline"] }, () => testDb.db, handleResponsesExport);
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  const desk = (await director.touchPoints.create({ stageId, name: "Front desk", channel: "in_person", ownerTeamId: org.teamId })).id;
  const billing = (await director.touchPoints.create({ stageId, name: "Billing", channel: "phone", ownerTeamId: org.otherTeamId })).id;
  const item = (i: number, touchPointId: string, staffId: string | null, comment: string | null): FeedbackItem => ({
    touchPointId,
    channel: "in_person",
    staffId,
    customerRef: `cust-${i}`,
    csatScore: (i % 5) + 1,
    comment,
    // Ten answers per second, so that pieces end inside a second.
    occurredAt: new Date(Date.UTC(2026, 10, 1, 10, 0, 0) + Math.floor(i / 10) * 1000),
  });
  const items: FeedbackItem[] = [];
  for (let i = 0; i < BULK; i++) items.push(item(i, desk, null, i % 3 === 0 ? `Comment number ${i}, "quoted", fine` : null));
  const later = (day: number, answer: FeedbackItem) => ({ ...answer, occurredAt: new Date(Date.UTC(2026, 10, day, 9)) });
  items.push(later(2, item(BULK, desk, org.frontline.id, "Lovely welcome, thank you")));
  items.push(later(3, item(BULK + 1, billing, org.outsider.id, "Billing was a mess and rude")));
  const tenant = tenantDb(testDb.db, org.orgId);
  for (let start = 0; start < items.length; start += 1000) {
    await ingestFeedback(tenant, items.slice(start, start + 1000), { source: "api", analyse: analyseComment });
  }
}, 120_000);
afterAll(() => testDb?.close());

async function cookieOf(user: FixtureUser) {
  const token = await encode({ token: { uid: user.id, orgId: user.orgId, sv: 1 }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

async function download(user: FixtureUser | null, query = "") {
  const headers: Record<string, string> = user ? { cookie: await cookieOf(user) } : {};
  return exportRoute(new Request(`http://localhost/api/export/responses${query}`, { headers }));
}

async function rowsOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="responses \d{4}-\d\d-\d\d\.csv"$/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The byte order mark that makes Excel read UTF-8; the decoder then drops it.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("GET /api/export/responses", () => {
  it("gives a director every response, each once, newest first, past the 10,000-row cap of paging in the browser", async () => {
    const rows = await rowsOf(await download(org.director));
    expect(rows).toHaveLength(BULK + 2);
    expect(new Set(rows.map((row) => row["Response id"])).size).toBe(BULK + 2);
    const times = rows.map((row) => Date.parse(row["When (UTC)"]!));
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(rows[0]).toMatchObject({ "Touch point": "Billing", Staff: org.outsider.name, Comment: "Billing was a mess and rude", Sentiment: "negative", Source: "API" });
    expect(Number(rows[0]!["Sentiment score (-1 to 1)"])).toBeLessThan(0);
    expect(rows[0]!.Customer).toBe(`cust-${BULK + 1}`);
    expect(rows.find((row) => row.Comment === 'Comment number 3, "quoted", fine')).toBeDefined();
  });

  it("applies the Responses page's filters", async () => {
    const rows = await rowsOf(await download(org.director, "?withComment=true&search=quoted"));
    expect(rows).toHaveLength(Math.ceil(BULK / 3));
    expect(rows.every((row) => row.Comment!.includes("quoted"))).toBe(true);
  });

  it("gives frontline staff only what was said about them, without the customer column", async () => {
    const rows = await rowsOf(await download(org.frontline));
    expect(rows.map((row) => row.Comment)).toEqual(["Lovely welcome, thank you"]);
    expect(Object.keys(rows[0]!)).not.toContain("Customer");
  });

  it("gives a team lead their team's touch points and people, not another team's", async () => {
    const rows = await rowsOf(await download(org.lead));
    expect(rows).toHaveLength(BULK + 1);
    expect(rows.some((row) => row.Comment === "Billing was a mess and rude")).toBe(false);
  });

  it("gives another organisation's director none of these responses, even when asking for this one's touch point", async () => {
    const rows = await rowsOf(await download(other.director));
    expect(rows).toEqual([]);
  });

  it("refuses a visitor without a session, and names the field of a bad filter", async () => {
    expect((await download(null)).status).toBe(401);
    const bad = await download(org.director, "?from=2026-13-01");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^from: .*\(got "2026-13-01"\)$/);
    const unknown = await download(org.director, "?colour=red");
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.message).toMatch(/colour/);
  });
});
