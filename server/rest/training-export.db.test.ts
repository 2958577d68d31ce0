import { encode } from "next-auth/jwt";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, createOrgFixture, type FixtureUser, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { sessionEndpoint } from "./session-endpoint";
import { handleTrainingExport } from "./training-export";

process.env.NEXTAUTH_SECRET ??= "test-secret-for-training-export";

let testDb: TestDb;
let org: OrgFixture;
let exportRoute: (request: Request) => Promise<Response>;

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "TrainingExport");
  exportRoute = sessionEndpoint({ roles: ["director", "team_lead", "frontline"] }, () => testDb.db, handleTrainingExport);
  const director = await callerAs(testDb.db, org.director);
  const base = { kind: "personal" as const, skills: [], touchPointIds: [], durationMinutes: 15, content: "", externalId: null, teamId: null };
  const done = (await director.training.create({ ...base, title: "=HYPERLINK(\"http://evil\")" })).id;
  const open = (await director.training.create({ ...base, title: "Open one" })).id;
  const lead = await callerAs(testDb.db, org.lead);
  const assigned = await lead.training.assign({ moduleId: done, userIds: [org.frontline.id], dueOn: "2099-01-01" });
  await lead.training.assign({ moduleId: open, userIds: [org.frontline.id], dueOn: "2099-02-01" });
  await (await callerAs(testDb.db, org.frontline)).training.complete({ assignmentId: assigned.results[0]!.assignmentId, score: 75, reflection: "@SUM(A1) was a joke, it went well" });
});
afterAll(() => testDb.close());

async function get(user: FixtureUser, query = "") {
  const cookie = `next-auth.session-token=${await encode({ token: { uid: user.id, orgId: user.orgId, sv: 1 }, secret: process.env.NEXTAUTH_SECRET! })}`;
  return exportRoute(new Request(`http://localhost/api/export/training${query}`, { headers: { cookie } }));
}

describe("training record export", () => {
  it("gives the person their record as CSV, formulas neutralised", async () => {
    const response = await get(org.frontline);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const rows = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ""), { header: true }).data;
    expect(rows.map((r) => [r.module, r["status or outcome"], r["due on"], r.score, r.reflection]).sort()).toEqual([
      ["'=HYPERLINK(\"http://evil\")", "completed", "2099-01-01", "75", "'@SUM(A1) was a joke, it went well"],
      ["Open one", "assigned", "2099-02-01", "", ""],
    ]);
  });

  it("gives a lead their team member's record, and refuses a record outside their teams as not found", async () => {
    expect((await get(org.lead, `?userId=${org.frontline.id}`)).status).toBe(200);
    const refused = await get(org.lead, `?userId=${org.outsider.id}`);
    expect(refused.status).toBe(404);
    expect((await get(org.frontline, `?userId=${org.lead.id}`)).status).toBe(404);
    expect((await get(org.frontline, "?userId=nope")).status).toBe(400);
  });
});
