import { count, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { feedback, feedbackCorrections } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { createApiKey } from "@/server/services/api-keys/keys";
import type { Scope } from "@/server/services/scope";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { captureLogs } from "@/server/testing/log-capture";
import { hugeSegment, refuseMarkedFeedback } from "@/server/testing/refused-feedback";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { restEndpoint } from "./endpoint";
import { handleBatch, handleSingle } from "./feedback";
import { handleObservationBatch } from "./observations";
import { openApiDocument } from "./openapi";
import { RATE_LIMIT, resetRateLimits } from "./rate-limit";
import { chunkedBody, chunkedPost, postChunkedOverHttp, serveOverHttp } from "@/server/testing/request-bodies";
import { BATCH_BODY_LIMIT, FEEDBACK_BODY_LIMIT } from "./openapi";

let testDb: TestDb;
let org: OrgFixture;
let other: OrgFixture;
let touchPointId: string;
let otherTouchPointId: string;
let writeKey: string;
let readKey: string;
let opsKey: string;

const scopeOf = (o: OrgFixture): Scope => ({ orgId: o.orgId, userId: o.director.id, role: "director", teamIds: [], leadTeamIds: [] });

async function touchPointIn(o: OrgFixture) {
  const director = await callerAs(testDb.db, o.director);
  const { id: journeyId } = await director.journeys.create({ name: "Stay", status: "active" });
  const { id: stageId } = await director.journeys.addStage({ journeyId, name: "Arrive" });
  return (await director.touchPoints.create({ stageId, name: "Reception", channel: "in_person", ownerTeamId: o.teamId })).id;
}

beforeAll(async () => {
  testDb = await createTestDb();
  org = await createOrgFixture(testDb.db, "Rest");
  other = await createOrgFixture(testDb.db, "Elsewhere");
  touchPointId = await touchPointIn(org);
  otherTouchPointId = await touchPointIn(other);
  writeKey = (await createApiKey(tenantDb(testDb.db, org.orgId), scopeOf(org), { name: "CRM", scopes: ["feedback:write"] })).key;
  readKey = (await createApiKey(tenantDb(testDb.db, org.orgId), scopeOf(org), { name: "BI", scopes: ["kpis:read"] })).key;
  opsKey = (await createApiKey(tenantDb(testDb.db, org.orgId), scopeOf(org), { name: "Ops", scopes: ["observations:write"] })).key;
});
afterAll(() => testDb.close());
beforeEach(() => resetRateLimits(testDb.db));
afterEach(() => {
  capture?.stop();
  capture = null;
});

const single = restEndpoint({ scope: "feedback:write", maxBodyBytes: 2048 }, () => testDb.db, ({ tenant, body }) => handleSingle(tenant, body));
const batch = restEndpoint({ scope: "feedback:write", maxBodyBytes: 1024 * 1024 }, () => testDb.db, ({ tenant, body }) => handleBatch(tenant, body));

const post = (handler: typeof single, body: unknown, key: string | null = writeKey) =>
  handler(
    new Request("http://localhost/api/v1/feedback", {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

let capture: ReturnType<typeof captureLogs> | null = null;
/** What the server logs from now to the end of the test, as text. */
function serverLogs() {
  capture = captureLogs();
  return capture;
}

const storedCount = async () => (await tenantDb(testDb.db, org.orgId).selectFields({ n: count() }, feedback))[0]!.n;
const ratedCount = async () => (await tenantDb(testDb.db, org.orgId).selectFields({ n: count(feedback.rating) }, feedback))[0]!.n;
const item = (fields: Record<string, unknown> = {}) => ({ touchPointId, channel: "web", rating: 4, occurredAt: "2026-11-20T10:00:00Z", ...fields });

describe("POST /api/v1/feedback/batch", () => {
  it("stores the valid items and reports each invalid one by index, field and reason", async () => {
    const before = await storedCount();
    const response = await post(batch, {
      items: [
        item({ comment: "Lovely welcome at the desk" }),
        item({ rating: 9 }),
        item({ channel: "pigeon" }),
        item({ touchPointId: otherTouchPointId }),
        item({ npsScore: 10, rating: undefined }),
        { nonsense: true },
      ],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.stored).toBe(2);
    expect(body.results.map((r: { index: number }) => r.index)).toEqual([0, 4]);
    expect(body.rejected).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ index: 1, path: "rating", code: "invalid" }),
        expect.objectContaining({ index: 2, path: "channel", code: "invalid" }),
        expect.objectContaining({ index: 3, path: "touchPointId", code: "not_found" }),
        expect.objectContaining({ index: 5, path: "touchPointId" }),
      ]),
    );
    expect(await storedCount()).toBe(before + 2);
  });

  it("stores nothing new when a whole batch is replayed, and reports a key reused with another body", async () => {
    const items = [item({ idempotencyKey: "crm-1" }), item({ idempotencyKey: "crm-2", rating: 2 })];
    expect((await (await post(batch, { items })).json()).stored).toBe(2);
    const before = await storedCount();
    const replay = await (await post(batch, { items })).json();
    expect(replay).toMatchObject({ stored: 0, duplicates: 2, rejected: [] });
    const conflict = await (await post(batch, { items: [item({ idempotencyKey: "crm-1", rating: 1 })] })).json();
    expect(conflict.rejected).toEqual([expect.objectContaining({ index: 0, path: "idempotencyKey", code: "conflict" })]);
    expect(await storedCount()).toBe(before);
  });

  // Issue 15: one item dated year 0000 made PostgreSQL refuse the whole insert: a 500, no valid
  // item stored, and the error logged with the batch's bound parameters.
  it("reports an item dated outside 1900 to tomorrow by index and stores the others", async () => {
    const before = await storedCount();
    const tomorrowAndMore = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const response = await post(batch, {
      items: [item({ occurredAt: "0000-01-01T00:00:00Z", customerRef: "CUST-SECRET-1" }), item(), item({ occurredAt: tomorrowAndMore }), item({ occurredAt: "1899-12-31T23:59:59Z" })],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.stored).toBe(1);
    expect(body.rejected).toEqual([
      { index: 0, path: "occurredAt", code: "invalid", reason: "occurredAt 0000-01-01T00:00:00Z is outside the dates accepted: from 1900-01-01 until a day from now" },
      expect.objectContaining({ index: 2, path: "occurredAt", code: "invalid" }),
      expect.objectContaining({ index: 3, path: "occurredAt", code: "invalid" }),
    ]);
    expect(await storedCount()).toBe(before + 1);
  });

  // Issue 15: an item that zod accepted but the database refused (a segment whose rollup key is
  // beyond what a btree index row holds) answered 500 for the whole batch and stored none of it,
  // and the error was logged with the batch's comments and customer references. The schema now
  // refuses such a segment itself; the next test covers what else the database may refuse.
  it("reports an item the database refuses by index and stores the others", async () => {
    const before = await storedCount();
    const errors = serverLogs();
    const response = await post(batch, {
      items: [
        item({ comment: "Fine", customerRef: "CUST-OK-1" }),
        item({ segment: hugeSegment(), comment: "SECRET COMMENT of the bad item", customerRef: "CUST-SECRET-2", idempotencyKey: "huge-1" }),
        item({ rating: 2, idempotencyKey: "ok-3" }),
      ],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ stored: 2, duplicates: 0 });
    expect(body.results.map((r: { index: number }) => r.index)).toEqual([0, 2]);
    expect(body.rejected).toEqual([{ index: 1, path: "segment", code: "invalid", reason: expect.stringContaining("segment") }]);
    expect(await storedCount()).toBe(before + 2);
    // The refused item's key was not taken: corrected, it is stored.
    expect(await (await post(batch, { items: [item({ segment: { tier: "gold" }, idempotencyKey: "huge-1" })] })).json()).toMatchObject({ stored: 1, rejected: [] });
    expect(errors.text()).not.toMatch(/SECRET|CUST-/);
  });

  // The general guard behind the schema's checks: whatever else the database refuses in one item
  // (here a trigger standing for a refusal nobody foresaw) costs that item only.
  it("isolates any item the database refuses in savepoints, and logs no comment or customer reference", async () => {
    const allowAgain = await refuseMarkedFeedback(testDb.db);
    try {
      const before = await storedCount();
      const errors = serverLogs();
      const items = Array.from({ length: 40 }, (_, i) =>
        item({ rating: 1 + (i % 5), comment: `SECRET comment ${i}`, customerRef: [3, 4, 31].includes(i) ? `REFUSE-${i}` : `CUST-${i}`, idempotencyKey: `guard-${i}` }),
      );
      const response = await post(batch, { items });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.stored).toBe(37);
      expect(body.rejected).toEqual([3, 4, 31].map((index) => ({ index, path: "customerRef", code: "invalid", reason: "customerRef cannot be stored as sent" })));
      expect(await storedCount()).toBe(before + 37);
      // The 37 stored ones are in the rollups too, once each.
      const [rollup] = await tenantDb(testDb.db, org.orgId).execute((orgId) => sql`select coalesce(sum(rating_n), 0)::int as n from feedback_daily_totals where org_id = ${orgId}`).then((r) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { n: number }[]);
      expect(rollup!.n).toBe(await ratedCount());
      expect(errors.text()).toContain("22023");
      expect(errors.text()).not.toMatch(/SECRET|CUST-|REFUSE-/);
    } finally {
      await allowAgain();
    }
  });

  it("refuses an empty batch with a clear message", async () => {
    const response = await post(batch, { items: [] });
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatchObject({ code: "validation_failed", message: "Send at least one item" });
  });
});

describe("POST /api/v1/feedback", () => {
  it("stores one item (201), answers a replay with the stored item (200) and a conflicting reuse with 409", async () => {
    const first = await post(single, item({ idempotencyKey: "survey-9" }));
    expect(first.status).toBe(201);
    const { id } = await first.json();
    const replay = await post(single, item({ idempotencyKey: "survey-9" }));
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ index: 0, status: "duplicate", id });
    expect((await post(single, item({ idempotencyKey: "survey-9", rating: 1 }))).status).toBe(409);
  });

  it("answers bad requests with the API's error shape", async () => {
    expect((await post(single, item(), null)).status).toBe(401);
    expect((await post(single, item(), "tp_not_a_key")).status).toBe(401);
    expect((await post(single, item(), readKey)).status).toBe(403);
    const badJson = await post(single, "{not json");
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.code).toBe("invalid_json");
    const tooBig = await post(single, item({ comment: "x".repeat(5000) }));
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).error.code).toBe("payload_too_large");
    const invalid = await post(single, item({ rating: "five" }));
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error.details).toEqual([expect.objectContaining({ index: 0, path: "rating" })]);
  });

  it("stores a label sent with a comment as the response's, and refuses one without a comment or outside the three", async () => {
    const response = await post(single, item({ comment: "Quiet check-in, nothing special", sentimentLabel: "negative" }));
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const tenant = tenantDb(testDb.db, org.orgId);
    const [row] = await tenant.select(feedback, eq(feedback.id, id));
    expect(row).toMatchObject({ sentimentLabel: "negative", sentimentSource: "label", sentiment: -1 });
    expect(await tenant.select(feedbackCorrections, eq(feedbackCorrections.feedbackId, id))).toEqual([
      expect.objectContaining({ source: "import", correctedBy: null, labelAfter: "negative" }),
    ]);
    const noComment = await post(single, item({ sentimentLabel: "positive" }));
    expect(noComment.status).toBe(422);
    expect((await noComment.json()).error.details).toEqual([expect.objectContaining({ path: "sentimentLabel", reason: expect.stringContaining("needs a comment") })]);
    const unknown = await post(single, item({ comment: "Fine", sentimentLabel: "mixed" }));
    expect((await unknown.json()).error.details).toEqual([expect.objectContaining({ path: "sentimentLabel", reason: "Use one of: positive, neutral, negative" })]);
  });

  it("limits each key's request rate and says when to retry", async () => {
    let last: Response | undefined;
    for (let i = 0; i <= RATE_LIMIT.requests; i++) last = await post(single, "{bad", writeKey);
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await last!.json()).error.code).toBe("rate_limited");
  });
});

const observationBatch = restEndpoint({ scope: "observations:write", maxBodyBytes: 1024 * 1024 }, () => testDb.db, ({ tenant, body }) =>
  handleObservationBatch(tenant, body),
);

describe("POST /api/v1/observations/batch", () => {
  it("stores valid measurements, rejects the others by index, and needs its own scope", async () => {
    const observation = (fields: Record<string, unknown> = {}) => ({ touchPointId, metric: "response_time_s", value: 42.5, observedAt: "2026-11-20T10:00:00Z", ...fields });
    expect((await post(observationBatch, { items: [observation()] }, writeKey)).status).toBe(403);
    const response = await post(
      observationBatch,
      { items: [observation(), observation({ value: "fast" }), observation({ touchPointId: otherTouchPointId }), observation({ idempotencyKey: "ops-1" })] },
      opsKey,
    );
    const body = await response.json();
    expect(body.stored).toBe(2);
    expect(body.rejected).toEqual([
      expect.objectContaining({ index: 1, path: "value", code: "invalid" }),
      expect.objectContaining({ index: 2, path: "touchPointId", code: "not_found" }),
    ]);
    const replay = await (await post(observationBatch, { items: [observation({ idempotencyKey: "ops-1" })] }, opsKey)).json();
    expect(replay).toMatchObject({ stored: 0, duplicates: 1 });
  });
});

// Issue 15: the endpoint read a chunked body (no Content-Length) whole before checking its size.
describe("a body over the limit", () => {
  const MiB = 1024 * 1024;
  const atLimits = {
    single: restEndpoint({ scope: "feedback:write", maxBodyBytes: FEEDBACK_BODY_LIMIT }, () => testDb.db, ({ tenant, body }) => handleSingle(tenant, body)),
    batch: restEndpoint({ scope: "feedback:write", maxBodyBytes: BATCH_BODY_LIMIT }, () => testDb.db, ({ tenant, body }) => handleBatch(tenant, body)),
  };
  const headers = () => ({ "content-type": "application/json", authorization: `Bearer ${writeKey}` });

  it.each([
    ["/api/v1/feedback", atLimits.single, FEEDBACK_BODY_LIMIT],
    ["/api/v1/feedback/batch", atLimits.batch, BATCH_BODY_LIMIT],
  ] as const)("%s answers 413 to a 30 MiB chunked body after reading no more than its limit", async (path, handler, limit) => {
    const { stream, pulled } = chunkedBody(30 * MiB);
    const response = await handler(chunkedPost(`http://localhost${path}`, stream, headers()));
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect((await response.json()).error).toMatchObject({ code: "payload_too_large" });
    expect(pulled()).toBeLessThanOrEqual(limit + 256 * 1024);
  });

  it("answers 413 over a real connection to a 30 MiB chunked batch, and closes it", async () => {
    const server = await serveOverHttp(atLimits.batch);
    try {
      const answer = await postChunkedOverHttp(`${server.origin}/api/v1/feedback/batch`, 30 * MiB, headers());
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).error.code).toBe("payload_too_large");
      expect(server.received()).toBeLessThanOrEqual(BATCH_BODY_LIMIT + MiB);
    } finally {
      await server.close();
    }
  });
});

describe("the OpenAPI document", () => {
  it("describes every endpoint, with the feedback item's fields and the summary's parameters", () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/feedback", "/feedback/batch", "/observations/batch", "/xapi/statements", "/kpis/summary"]);
    expect(doc.paths["/kpis/summary"].get.parameters.map((p) => p.name)).toEqual(["from", "to", "touchPointId", "journeyId"]);
    const fields = Object.keys((doc.components.schemas.FeedbackItem as { properties: object }).properties);
    expect(fields).toEqual(expect.arrayContaining(["touchPointId", "channel", "rating", "npsScore", "occurredAt", "idempotencyKey", "sentimentLabel"]));
    const label = (doc.components.schemas.FeedbackItem as { properties: Record<string, { enum?: string[]; description?: string }> }).properties.sentimentLabel!;
    expect(label.enum).toEqual(["positive", "neutral", "negative"]);
    expect(label.description).toContain("Needs a comment");
  });
});
