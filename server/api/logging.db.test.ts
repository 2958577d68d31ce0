import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAppDatabase } from "@/db/client";
import { authOptions } from "@/server/auth/options";
import { withRequestLog } from "@/server/log";
import { restEndpoint } from "@/server/rest/endpoint";
import { handleBatch } from "@/server/rest/feedback";
import { createApiKey } from "@/server/services/api-keys/keys";
import { tenantDb } from "@/server/db/tenant-db";
import { callerAs, createOrgFixture, FIXTURE_PASSWORD, type OrgFixture } from "@/server/testing/fixtures";
import { captureLogs, type LogLine } from "@/server/testing/log-capture";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { createTrpcHandler } from "./http";

/*
 * Issue 15: what the server logs, over a batch of real requests that carry secrets. Every planted
 * value holds MARK; none may reach a log line, while every line of a request names its id, and
 * the signed-in ones their organisation and user.
 */

process.env.NEXTAUTH_SECRET ??= "test-secret-for-logging-tests";
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

const MARK = `planted${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const planted = {
  wrongPassword: `Wrong-${MARK}-guess-7`,
  rightPassword: `Right-${MARK}-passphrase-42`,
  badKey: `tp_${MARK}_bad_key`,
  comments: [1, 2, 3].map((i) => `comment ${MARK} number ${i}`),
  customerRefs: [1, 2, 3].map((i) => `CUST-${MARK}-${i}`),
  // The trigger below refuses a row whose comment ends so, as PostgreSQL refuses a bad row.
  failingComment: `comment ${MARK} that makes the database fail`,
  surveyComment: `survey answer ${MARK}`,
};

// next-auth's request handler itself, as the route calls it; it is not in the package's exports.
const nextAuthDir = path.dirname(createRequire(import.meta.url).resolve("next-auth"));
const { AuthHandler } = createRequire(import.meta.url)(path.join(nextAuthDir, "core", "index.js")) as {
  AuthHandler: (params: { req: Request; options: typeof authOptions }) => Promise<{ status?: number; body?: unknown; cookies?: { name: string; value: string }[]; redirect?: string }>;
};

let testDb: TestDb;
let org: OrgFixture;
let apiKey: string;
let surveyLink: { orgId: string; token: string };
let sessionToken = "";
let csrfToken = "";
const log = captureLogs();
const trpc = createTrpcHandler(() => testDb.db);
const restBatch = restEndpoint({ scope: "feedback:write", maxBodyBytes: 1024 * 1024 }, () => testDb.db, ({ tenant, body }) => handleBatch(tenant, body));
let touchPointId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  setAppDatabase(testDb.db);
  org = await createOrgFixture(testDb.db, "Logging");
  const director = await callerAs(testDb.db, org.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  touchPointId = (await director.touchPoints.create({ stageId, name: "Reception", channel: "in_person", ownerTeamId: org.teamId })).id;
  const [, , orgId, token] = (await director.surveys.create({ touchPointId, includeComment: true, includeStaff: false })).path.split("/");
  surveyLink = { orgId: orgId!, token: token! };
  const scope = { orgId: org.orgId, userId: org.director.id, role: "director" as const, teamIds: [], leadTeamIds: [] };
  apiKey = (await createApiKey(tenantDb(testDb.db, org.orgId), scope, { name: "CRM", scopes: ["feedback:write"] })).key;
  await (await callerAs(testDb.db, org.lead)).users.changePassword({ currentPassword: FIXTURE_PASSWORD, newPassword: planted.rightPassword });
  // A real refusal by the database, with the failing row in its detail like a check violation's.
  await testDb.db.execute(sql.raw(`
    create function test_refuse_marked_row() returns trigger language plpgsql as $$
    begin
      if new.comment like '%makes the database fail' then
        raise exception using errcode = '23514',
          message = 'new row for relation "feedback" violates check constraint "test_marked_row"',
          detail = 'Failing row contains (' || new.comment || ', ' || coalesce(new.customer_ref, '') || ').';
      end if;
      return new;
    end $$`));
  await testDb.db.execute(sql.raw(`create trigger test_refuse_marked_row before insert on feedback for each row execute function test_refuse_marked_row()`));
  log.clear();
}, 120_000);
afterAll(async () => {
  log.stop();
  await testDb.close();
});

let requestNumber = 0;
const sent: { requestId: string; response: Response; who: "user" | "key" | "none"; userId?: string }[] = [];

/** Sends a request with its own id and keeps the response for the checks at the end. */
async function send(who: "user" | "key" | "none", build: (headers: Record<string, string>) => Promise<Response>, userId?: string) {
  const requestId = `log-test-${++requestNumber}`;
  const response = await build({ "x-request-id": requestId, "x-touchpoint-client-address": "203.0.113.50" });
  sent.push({ requestId, response, who, userId });
  return response;
}

/** next-auth's credentials sign-in, inside the same request log wrapper as app/api/auth/[...nextauth]/route.ts. */
async function signIn(email: string, password: string, headers: Record<string, string>): Promise<Response> {
  const options = { ...authOptions, secret: process.env.NEXTAUTH_SECRET };
  const host = { host: "localhost:3000" };
  const csrf = await AuthHandler({ req: new Request("http://localhost:3000/api/auth/csrf", { headers: host }), options });
  csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  const csrfCookie = csrf.cookies!.find((c) => c.name === "next-auth.csrf-token")!;
  const request = new Request("http://localhost:3000/api/auth/callback/credentials", {
    method: "POST",
    headers: { ...headers, ...host, "content-type": "application/json", cookie: `${csrfCookie.name}=${csrfCookie.value}` },
    body: JSON.stringify({ csrfToken, email, password, json: "true" }),
  });
  return withRequestLog(request, async () => {
    const answer = await AuthHandler({ req: request, options });
    const session = answer.cookies?.find((c) => c.name === "next-auth.session-token");
    if (session) sessionToken = session.value;
    return Response.json({ url: answer.redirect ?? null }, { status: answer.status ?? 200 });
  });
}

const restPost = (body: unknown, key: string, headers: Record<string, string>) =>
  restBatch(
    new Request("http://localhost/api/v1/feedback/batch", {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    }),
  );

const item = (i: number, fields: Record<string, unknown> = {}) => ({
  touchPointId,
  channel: "web",
  rating: 4,
  occurredAt: "2026-11-20T10:00:00Z",
  comment: planted.comments[i],
  customerRef: planted.customerRefs[i],
  ...fields,
});

const submitSurvey = (comment: string, headers: Record<string, string>) =>
  trpc(
    new Request("http://localhost/api/trpc/surveys.submit", {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ json: { ...surveyLink, answers: { csatScore: 4, comment } } }),
    }),
  );

describe("the server log over requests that carry secrets", () => {
  it("answers each request as it should", async () => {
    const wrong = await send("none", (h) => signIn(org.lead.email, planted.wrongPassword, h));
    expect((await wrong.json()).url).toContain("error=CredentialsSignin");
    const right = await send("user", (h) => signIn(org.lead.email, planted.rightPassword, h), org.lead.id);
    expect((await right.json()).url).not.toContain("error");
    expect(sessionToken).not.toBe("");

    const cookie = `next-auth.session-token=${sessionToken}`;
    const teams = await send("user", (h) => trpc(new Request("http://localhost/api/trpc/teams.list", { headers: { ...h, cookie } })), org.lead.id);
    expect(teams.status).toBe(200);
    // A session holder guessing at the current password: refused, the guess never logged.
    const change = await send(
      "user",
      (h) =>
        trpc(
          new Request("http://localhost/api/trpc/users.changePassword", {
            method: "POST",
            headers: { ...h, cookie, "content-type": "application/json" },
            body: JSON.stringify({ json: { currentPassword: planted.wrongPassword, newPassword: `${planted.rightPassword}-next` } }),
          }),
        ),
      org.lead.id,
    );
    expect(change.status).toBe(400);

    expect((await send("none", (h) => submitSurvey(planted.surveyComment, h))).status).toBe(200);
    expect((await send("none", (h) => submitSurvey(planted.failingComment, h))).status).toBe(500);

    const stored = await send("key", (h) => restPost({ items: [item(0), item(1, { rating: 99 })] }, apiKey, h));
    expect((await stored.json()).stored).toBe(1);
    const failed = await send("key", (h) => restPost({ items: [item(2), item(0, { comment: planted.failingComment, idempotencyKey: `k-${MARK}` })] }, apiKey, h));
    // One item the database refuses costs that item only (the others are stored), and is logged.
    expect(failed.status).toBe(200);
    expect(await failed.json()).toMatchObject({ stored: 1, rejected: [{ index: 1 }] });
    expect((await send("none", (h) => restPost({ items: [item(0)] }, planted.badKey, h))).status).toBe(401);
  });

  it("logs none of the planted secrets, nor the key, the session or the CSRF token", () => {
    const text = log.text();
    expect(log.lines.length).toBeGreaterThan(sent.length);
    expect(text).not.toContain(MARK);
    for (const secret of [apiKey, apiKey.split("_").at(-1)!, sessionToken, csrfToken, FIXTURE_PASSWORD]) expect(text).not.toContain(secret);
    // Nor the parts of a database error that hold values.
    expect(text).not.toMatch(/"(parameters|params|detail|query)":/);
    expect(text).not.toContain("Failing row contains");
  });

  it("puts the request id on every line of a request, and the organisation and user once known", () => {
    const entries = log.entries();
    for (const { requestId, response, who, userId } of sent) {
      expect(response.headers.get("x-request-id")).toBe(requestId);
      const lines = entries.filter((e) => e.requestId === requestId);
      const done = lines.find((e) => e.msg === "request");
      expect(done, `the request line of ${requestId}`).toBeDefined();
      expect(done!.status).toBe(response.status);
      if (who === "user") expect(done).toMatchObject({ orgId: org.orgId, userId });
      if (who === "key") expect(done).toMatchObject({ orgId: org.orgId, apiKeyId: expect.any(String) });
    }
    // Nothing is logged during these requests without the id of the request it belongs to.
    expect(entries.filter((e) => !e.requestId)).toEqual([]);
  });

  it("logs a failure with its cause (message, code, stack) and the security events with who", () => {
    const entries = log.entries();
    const refusals = entries.filter((e) => e.msg === "internal error" || e.msg === "the database refused one item of a batch; the others are stored");
    expect(refusals).toHaveLength(2);
    for (const entry of refusals) {
      const err = entry.err as { type: string; message: string; stack: string; cause?: { code?: string; message: string; constraint?: string } };
      expect(err.message).toMatch(/^Failed query: insert into "?feedback"? \(org_id, id, touch_point_id/);
      expect(err.stack).toMatch(/\n\s+at /);
      expect(err.cause).toMatchObject({ type: expect.stringMatching(/DatabaseError|PostgresError/), code: "23514", message: 'new row for relation "feedback" violates check constraint "test_marked_row"' });
      expect(err.type).toBe("DrizzleQueryError");
    }
    // The survey's customer is nobody; the API's caller is the key's organisation.
    expect(refusals.find((e) => e.procedure === "surveys.submit")).toMatchObject({ level: "error", msg: "internal error", requestId: "log-test-6" });
    expect(refusals.find((e) => e.requestId === "log-test-8")).toMatchObject({ level: "warn", orgId: org.orgId, index: 1 });
    const failed = entries.find((e) => e.event === "sign_in_failed") as LogLine;
    expect(failed).toMatchObject({ level: "warn", email: org.lead.email, orgId: org.orgId, userId: org.lead.id, reason: "wrong_password", requestId: "log-test-1" });
    expect(entries.find((e) => e.event === "request_refused" && e.reason === "bad_api_key")).toBeDefined();
  });

  it("gives a request without a usable id one of its own", async () => {
    for (const given of [undefined, "has spaces and {braces}", "x".repeat(300)]) {
      const response = await trpc(new Request("http://localhost/api/trpc/teams.list", { headers: given ? { "x-request-id": given } : {} }));
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
