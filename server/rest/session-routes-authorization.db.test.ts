import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAppDatabase } from "@/db/client";
import type { Role } from "@/lib/domain/roles";
import { callerAs, createOrgFixture, type FixtureUser, type OrgFixture } from "@/server/testing/fixtures";
import { routeFolders } from "@/server/testing/route-files";
import { createTestDb, type TestDb } from "@/server/testing/test-db";

process.env.NEXTAUTH_SECRET ??= "test-secret-for-session-routes";

/**
 * Every route under app/api that the app's pages call with the session cookie (not the REST API
 * under v1, not tRPC, not next-auth's own), and the roles that may call it. A route missing here
 * fails the test.
 */
const SESSION_ROUTES: Record<string, { roles: Role[]; crossOrg: () => { query: string; message: string } }> = {
  "export/responses": { roles: ["director", "team_lead", "frontline"], crossOrg: () => ({ query: `?touchPointId=${touchPointInA}`, message: "Touch point was not found" }) },
  "export/training": { roles: ["director", "team_lead", "frontline"], crossOrg: () => ({ query: `?userId=${a.frontline.id}`, message: "Person was not found" }) },
};

const API_ROOT = path.join(process.cwd(), "app", "api");
const NOT_SESSION_ROUTES = new Set(["v1", "trpc", "auth"]);

let testDb: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let touchPointInA: string;

beforeAll(async () => {
  testDb = await createTestDb();
  setAppDatabase(testDb.db);
  a = await createOrgFixture(testDb.db, "SessionA");
  b = await createOrgFixture(testDb.db, "SessionB");
  const director = await callerAs(testDb.db, a.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  touchPointInA = (await director.touchPoints.create({ stageId, name: "Desk", channel: "in_person", ownerTeamId: a.teamId })).id;
});
afterAll(() => testDb?.close());

async function call(route: string, user: FixtureUser | null, query = "") {
  const routeModule = (await import(`@/app/api/${route}/route`)) as Record<string, (request: Request) => Promise<Response>>;
  const cookie = user ? `next-auth.session-token=${await encode({ token: { uid: user.id, orgId: user.orgId, sv: 1 }, secret: process.env.NEXTAUTH_SECRET! })}` : null;
  return routeModule.GET!(new Request(`http://localhost/api/${route}${query}`, { headers: cookie ? { cookie } : {} }));
}

describe("authorization of every session route", () => {
  it("has a table entry for every session route under app/api and none for anything else", () => {
    expect(routeFolders(API_ROOT, NOT_SESSION_ROUTES).sort()).toEqual(Object.keys(SESSION_ROUTES).sort());
  });

  for (const [route, { roles, crossOrg }] of Object.entries(SESSION_ROUTES)) {
    it(`${route}: answers ${roles.join(", ")}, refuses others and visitors, and keeps organisations apart`, async () => {
      expect((await call(route, null)).status).toBe(401);
      for (const role of ["director", "team_lead", "frontline"] as const) {
        const user = { director: a.director, team_lead: a.lead, frontline: a.frontline }[role];
        expect((await call(route, user)).status, role).toBe(roles.includes(role) ? 200 : 403);
      }
      // B's director naming A's touch point or person: "not found", never A's data.
      const { query, message } = crossOrg();
      const response = await call(route, b.director, query);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "not_found", message } });
    });
  }
});
