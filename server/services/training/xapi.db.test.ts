import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { trainingCourseMappings, trainingModules, trainingRecords, users, xapiStatements } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { createApiKey } from "@/server/services/api-keys/keys";
import { resetRateLimits } from "@/server/rest/rate-limit";
import { xapiStatementsEndpoint } from "@/server/rest/xapi";
import { addPerson, callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { lmsStatement } from "@/server/testing/xapi-statements";
import { receiveStatements } from "./xapi";

let testDb: TestDb;
let org: OrgFixture;
let key: string;
let moduleId: string;
const COURSE = "https://lms.example.com/courses/cabin-service-101";

const post = xapiStatementsEndpoint(() => testDb.db);

function send(body: unknown, headers: Record<string, string> = { "X-Experience-API-Version": "1.0.3" }, apiKey = key) {
  return post(
    new Request("http://localhost/api/v1/xapi/statements", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}`, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

const tenant = () => tenantDb(testDb.db, org.orgId);
const statementCount = async () => (await tenant().selectFields({ n: count() }, xapiStatements))[0]!.n;
const recordsOf = (source: "xapi") => tenant().selectFields({ userId: trainingRecords.userId, moduleId: trainingRecords.moduleId, outcome: trainingRecords.outcome, score: trainingRecords.score, completedAt: trainingRecords.completedAt, sourceRef: trainingRecords.sourceRef }, trainingRecords, eq(trainingRecords.source, source));

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Lrs");
  const scope = { orgId: org.orgId, userId: org.director.id, role: "director" as const, teamIds: [], leadTeamIds: [] };
  key = (await createApiKey(tenant(), scope, { name: "SCORM Cloud", scopes: ["training:write"] })).key;
  const [module] = await tenant().insert(trainingModules, { title: "Cabin service essentials", category: "professional", externalId: COURSE }).returning({ id: trainingModules.id });
  moduleId = module!.id;
});
afterAll(() => testDb.close());
beforeEach(() => resetRateLimits(testDb.db));

describe("POST /api/v1/xapi/statements", () => {
  it("stores an LMS batch once, makes records of the matched results, and a replay stores nothing", async () => {
    const batch = [
      lmsStatement({ email: org.frontline.email.toUpperCase(), course: COURSE, scaled: 0.92 }),
      lmsStatement({ email: org.outsider.email, course: COURSE, verb: "passed", scaled: 0.8, timestamp: "2026-11-19T09:00:00+02:00" }),
      lmsStatement({ email: org.frontline.email, course: COURSE, verb: "experienced" }),
    ];
    const before = await statementCount();
    const response = await send(batch);
    expect(response.status).toBe(200);
    expect(response.headers.get("X-Experience-API-Version")).toBe("1.0.3");
    expect(await response.json()).toEqual(batch.map((s) => s.id));
    expect(await statementCount()).toBe(before + 3);
    const records = await recordsOf("xapi");
    expect(records.map((r) => [r.sourceRef, r.userId, r.outcome, r.score]).sort()).toEqual(
      [
        [batch[0]!.id, org.frontline.id, "completed", 92],
        [batch[1]!.id, org.outsider.id, "passed", 80],
      ].sort(),
    );
    expect(records.find((r) => r.sourceRef === batch[1]!.id)!.completedAt.toISOString()).toBe("2026-11-19T07:00:00.000Z");
    const states = await tenant().selectFields({ id: xapiStatements.id, state: xapiStatements.state }, xapiStatements);
    expect(states.find((s) => s.id === batch[2]!.id)!.state).toBe("not_a_result");
    // The stored statement is the one sent, whole.
    const [stored] = await tenant().selectFields({ statement: xapiStatements.statement }, xapiStatements, eq(xapiStatements.id, batch[0]!.id));
    expect(stored!.statement).toEqual(batch[0]);

    const replay = await send(batch);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(batch.map((s) => s.id));
    expect(await statementCount()).toBe(before + 3);
    expect(await recordsOf("xapi")).toHaveLength(2);
  });

  it("answers 409 for a known id with other content, and stores nothing of that request", async () => {
    const first = lmsStatement({ email: org.frontline.email, course: COURSE });
    expect((await send(first)).status).toBe(200);
    const before = await statementCount();
    const response = await send([lmsStatement({ email: org.lead.email, course: COURSE }), { ...first, result: { ...first.result, success: false } }]);
    expect(response.status).toBe(409);
    expect(response.headers.get("X-Experience-API-Version")).toBe("1.0.3");
    expect((await response.json()).error.message).toContain(`Statement 1 (id ${first.id}) was received before with different content`);
    expect(await statementCount()).toBe(before);
  });

  it("refuses the whole batch with 400 naming the statement and field when one is invalid", async () => {
    const before = await statementCount();
    const good = lmsStatement({ email: org.frontline.email, course: COURSE });
    const cases: [unknown, string][] = [
      [[good, { ...lmsStatement({ email: org.frontline.email, course: COURSE }), actor: { mbox: "ethan@example.com" } }], "Statement 1: actor.mbox: mbox must be a mailto IRI"],
      [[good, { ...lmsStatement({ email: org.frontline.email, course: COURSE }), actor: { mbox: `mailto:${org.frontline.email}`, account: { homePage: "https://lms.example.com", name: "e1" } } }], "Statement 1: actor: An Agent must have exactly one of"],
      [[good, { ...lmsStatement({ email: org.frontline.email, course: COURSE }), mood: "happy" }], 'Statement 1: (statement): Unrecognized key: "mood"'],
      [[good, { ...lmsStatement({ email: org.frontline.email, course: COURSE }), verb: { id: "completed" } }], "Statement 1: verb.id: verb.id must be an IRI"],
      [[{ ...good, result: { score: { scaled: 1.5 } } }], "Statement 0: result.score.scaled: score.scaled must be between -1 and 1"],
      [[{ ...good, timestamp: "yesterday" }], "Statement 0: timestamp:"],
      [[{ ...good, context: { ...good.context, platform: null } }], "Statement 0: context.platform:"],
      [[{ ...good, id: "not-a-uuid" }], "Statement 0: id: id must be a UUID"],
      [[good, { ...lmsStatement({ email: org.lead.email, course: COURSE }), id: good.id }], `Statement 1: id: The id ${good.id} is used by statement 0 too`],
    ];
    for (const [body, message] of cases) {
      const response = await send(body);
      expect(response.status, message).toBe(400);
      const json = await response.json();
      expect(json.error.message, message).toContain(message);
      expect(json.error.message).toContain("Nothing was stored.");
    }
    expect(await statementCount()).toBe(before);
  });

  it("answers 400 without the version header or with another version, and 403 for a key without training:write", async () => {
    const statement = lmsStatement({ email: org.frontline.email, course: COURSE });
    const missing = await send(statement, {});
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.message).toBe("Send the header X-Experience-API-Version: 1.0.3");
    expect((await send(statement, { "X-Experience-API-Version": "0.95" })).status).toBe(400);
    expect((await send(statement, { "X-Experience-API-Version": "1.0.0" })).status).toBe(200);
    const scope = { orgId: org.orgId, userId: org.director.id, role: "director" as const, teamIds: [], leadTeamIds: [] };
    const feedbackKey = (await createApiKey(tenant(), scope, { name: "CRM", scopes: ["feedback:write"] })).key;
    const refused = await send(lmsStatement({ email: org.frontline.email, course: COURSE }), undefined, feedbackKey);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("X-Experience-API-Version")).toBe("1.0.3");
  });

  it("gives a statement without an id a new one, and accepts a single statement (not an array)", async () => {
    const { id: _id, ...withoutId } = lmsStatement({ email: org.frontline.email, course: COURSE, verb: "launched" });
    const response = await send(withoutId);
    expect(response.status).toBe(200);
    const [id] = (await response.json()) as string[];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = await tenant().selectFields({ state: xapiStatements.state }, xapiStatements, eq(xapiStatements.id, id!));
    expect(row!.state).toBe("not_a_result");
  });
});

describe("statements that wait for a course or a person", () => {
  it("keeps unmatched statements waiting, then a director's mapping applies them all at once and Retry applies a person who now exists", async () => {
    const UNKNOWN_COURSE = `https://lms.example.com/courses/${randomUUID()}`;
    const newcomerEmail = `new.hire-${randomUUID().slice(0, 6)}@example.com`;
    const batch = [
      lmsStatement({ email: org.frontline.email, course: UNKNOWN_COURSE, courseName: "De-escalation on board" }),
      lmsStatement({ email: org.outsider.email, course: UNKNOWN_COURSE, courseName: "De-escalation on board", verb: "failed", scaled: 0.4 }),
      lmsStatement({ email: newcomerEmail, course: UNKNOWN_COURSE, courseName: "De-escalation on board" }),
      lmsStatement({ email: newcomerEmail, course: COURSE }),
    ];
    const outcome = await receiveStatements(tenant(), null, batch);
    expect(outcome).toMatchObject({ ok: true, stored: 4, applied: 0 });

    const director = await callerAs(testDb.db, org.director);
    const courses = await director.trainingImports.waitingCourses();
    expect(courses.find((c) => c.courseId === UNKNOWN_COURSE)).toMatchObject({ name: "De-escalation on board", statements: 3, people: 3 });
    const people = await director.trainingImports.waitingPeople();
    expect(people.find((p) => p.actor === `mailto:${newcomerEmail}`)).toMatchObject({ statements: 1, courses: 1 });

    const [deescalation] = await tenant().insert(trainingModules, { title: "De-escalation", category: "personal" }).returning({ id: trainingModules.id });
    const mapped = await director.trainingImports.mapCourse({ courseId: UNKNOWN_COURSE, moduleId: deescalation!.id });
    expect(mapped).toMatchObject({ statements: 3, applied: 2, waitingForPerson: 1 });
    expect(await tenant().select(trainingCourseMappings, eq(trainingCourseMappings.courseId, UNKNOWN_COURSE))).toHaveLength(1);
    expect((await director.trainingImports.waitingCourses()).map((c) => c.courseId)).not.toContain(UNKNOWN_COURSE);
    const failed = (await recordsOf("xapi")).find((r) => r.sourceRef === batch[1]!.id);
    expect(failed).toMatchObject({ userId: org.outsider.id, moduleId: deescalation!.id, outcome: "failed", score: 40 });

    // The newcomer joins: Retry applies both of their statements.
    const newcomer = await addPerson(testDb.db, org.orgId, { role: "frontline", name: "New Hire", teamId: org.teamId, isLead: false });
    await tenant().update(users, { email: newcomerEmail }, eq(users.id, newcomer.id));
    const retried = await director.trainingImports.retryPerson({ actor: `mailto:${newcomerEmail}` });
    expect(retried).toMatchObject({ statements: 2, applied: 2, stillWaiting: 0 });
    const applied = await director.trainingImports.recentlyApplied();
    expect(applied.filter((a) => a.person === "New Hire").map((a) => a.module).sort()).toEqual(["Cabin service essentials", "De-escalation"]);

    await expect(director.trainingImports.mapCourse({ courseId: UNKNOWN_COURSE, moduleId })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
