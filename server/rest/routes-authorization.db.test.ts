import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAppDatabase } from "@/db/client";
import { feedback, observations, trainingModules, trainingRecords, xapiStatements } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { createApiKey } from "@/server/services/api-keys/keys";
import type { ApiKeyScope } from "@/lib/domain/api-keys";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { routeFolders } from "@/server/testing/route-files";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { lmsStatement } from "@/server/testing/xapi-statements";
import { resetRateLimits } from "./rate-limit";

/** Every REST route under app/api/v1 and who may call it. A route missing here fails the test. */
const ROUTES: Record<string, { method: "GET" | "POST"; access: "public" | ApiKeyScope }> = {
  "feedback": { method: "POST", access: "feedback:write" },
  "feedback/batch": { method: "POST", access: "feedback:write" },
  "kpis/summary": { method: "GET", access: "kpis:read" },
  "observations/batch": { method: "POST", access: "observations:write" },
  "openapi.json": { method: "GET", access: "public" },
  "xapi/statements": { method: "POST", access: "training:write" },
};

const API_ROOT = path.join(process.cwd(), "app", "api", "v1");

let testDb: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let touchPointInA: string;
const COURSE_IN_A = "https://lms.route-a.example/courses/safety";
const keysOfB = new Map<string, string>();

beforeAll(async () => {
  testDb = await createTestDb();
  setAppDatabase(testDb.db);
  a = await createOrgFixture(testDb.db, "RouteA");
  b = await createOrgFixture(testDb.db, "RouteB");
  const director = await callerAs(testDb.db, a.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  touchPointInA = (await director.touchPoints.create({ stageId, name: "Desk", channel: "in_person", ownerTeamId: a.teamId })).id;
  const scopeOfB = { orgId: b.orgId, userId: b.director.id, role: "director" as const, teamIds: [], leadTeamIds: [] };
  await tenantDb(testDb.db, a.orgId).insert(trainingModules, { title: "Safety", category: "professional", externalId: COURSE_IN_A });
  for (const scope of ["feedback:write", "observations:write", "kpis:read", "training:write"] as const) {
    keysOfB.set(scope, (await createApiKey(tenantDb(testDb.db, b.orgId), scopeOfB, { name: `B ${scope}`, scopes: [scope] })).key);
  }
});
afterAll(() => testDb.close());

const bodyFor = (route: string) => {
  // A's person and A's course: B's key must not make a record in A.
  if (route === "xapi/statements") return JSON.stringify([lmsStatement({ email: a.frontline.email, course: COURSE_IN_A })]);
  const item = route.startsWith("observations")
    ? { touchPointId: touchPointInA, metric: "wait_s", value: 3, observedAt: "2026-11-20T10:00:00Z" }
    : { touchPointId: touchPointInA, channel: "web", rating: 5, occurredAt: "2026-11-20T10:00:00Z" };
  return JSON.stringify(route.endsWith("batch") ? { items: [item] } : item);
};

async function call(route: string, key: string | null) {
  const { method } = ROUTES[route]!;
  const routeModule = (await import(`@/app/api/v1/${route}/route`)) as Record<string, (request: Request) => Promise<Response>>;
  const handler = routeModule[method];
  if (!handler) throw new Error(`${route} exports no ${method}`);
  return handler(
    // A read names A's touch point in its query, as a write does in its body.
    new Request(`http://localhost/api/v1/${route}${method === "GET" ? `?touchPointId=${touchPointInA}` : ""}`, {
      method,
      headers: { "content-type": "application/json", "x-experience-api-version": "1.0.3", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      ...(method === "POST" ? { body: bodyFor(route) } : {}),
    }),
  );
}

const rowsInA = async () => {
  const tenant = tenantDb(testDb.db, a.orgId);
  return (
    (await tenant.selectFields({ n: count() }, feedback))[0]!.n +
    (await tenant.selectFields({ n: count() }, observations))[0]!.n +
    (await tenant.selectFields({ n: count() }, xapiStatements))[0]!.n +
    (await tenant.selectFields({ n: count() }, trainingRecords))[0]!.n
  );
};

describe("authorization of every REST route", () => {
  it("has a table entry for every route under app/api/v1 and none for anything else", () => {
    expect(routeFolders(API_ROOT).sort()).toEqual(Object.keys(ROUTES).sort());
  });

  for (const [route, { access }] of Object.entries(ROUTES)) {
    it(`${route}: ${access === "public" ? "answers without a key" : `needs a key with ${access} and keeps organisations apart`}`, async () => {
      await resetRateLimits(testDb.db);
      if (access === "public") {
        expect((await call(route, null)).status).toBe(200);
        return;
      }
      expect((await call(route, null)).status).toBe(401);
      expect((await call(route, "tp_garbage")).status).toBe(401);
      const wrongScope = [...keysOfB.entries()].find(([scope]) => scope !== access)![1];
      expect((await call(route, wrongScope)).status).toBe(403);

      // B's valid key naming A's touch point: nothing is stored in A, and the touch point is "not found".
      const before = await rowsInA();
      const response = await call(route, keysOfB.get(access)!);
      const body = await response.json();
      if (route === "xapi/statements") {
        // Stored in B, where A's person and course are unknown: it waits there, and A gains nothing.
        expect(response.status).toBe(200);
        const [id] = body as string[];
        const [inB] = await tenantDb(testDb.db, b.orgId).selectFields({ state: xapiStatements.state }, xapiStatements, eq(xapiStatements.id, id!));
        expect(inB!.state).toBe("waiting_for_course");
      } else if (ROUTES[route]!.method === "GET") {
        expect(response.status).toBe(404);
        expect(body).toEqual({ error: { code: "not_found", message: "Touch point was not found" } });
      } else {
        expect(JSON.stringify(body)).toContain("No such touch point in your organisation");
      }
      expect(await rowsInA()).toBe(before);
    });
  }
});
