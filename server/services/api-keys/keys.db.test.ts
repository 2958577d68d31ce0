import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeys, auditLog } from "@/db/schema";
import { tenantDb } from "@/server/db/tenant-db";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { codeOf, outcomeOf } from "@/server/testing/outcome";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { verifyApiKey } from "./keys";

type Caller = Awaited<ReturnType<typeof callerAs>>;

let testDb: TestDb;
let a: OrgFixture;
let b: OrgFixture;
let directorA: Caller;
let directorB: Caller;
let counter = 0;

beforeAll(async () => {
  testDb = await createTestDb();
  a = await createOrgFixture(testDb.db, "Keys");
  b = await createOrgFixture(testDb.db, "Other");
  directorA = await callerAs(testDb.db, a.director);
  directorB = await callerAs(testDb.db, b.director);
});
afterAll(() => testDb.close());

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const secretOf = (key: string) => key.split("_").slice(3).join("_");
const hex = (orgId: string) => orgId.replace(/-/g, "");
/** The key with the last character of its secret changed. */
const withWrongSecret = (key: string) => `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`;

async function newKey(scopes: ("feedback:write" | "observations:write" | "kpis:read")[] = ["feedback:write"]) {
  return directorA.apiKeys.create({ name: `Survey tool ${++counter}`, scopes });
}

async function storedRow(orgId: string, apiKeyId: string) {
  const [row] = await tenantDb(testDb.db, orgId).select(apiKeys, eq(apiKeys.id, apiKeyId));
  return row!;
}

describe("creating a key", () => {
  it("shows the whole key once and stores only its hash", async () => {
    const created = await newKey(["feedback:write", "kpis:read"]);
    expect(created.key).toMatch(new RegExp(`^tp_${hex(a.orgId)}_${created.prefix}_[A-Za-z0-9_-]{43}$`));
    expect(created.prefix).toMatch(/^[0-9a-f]{8}$/);
    expect(created.scopes).toEqual(["feedback:write", "kpis:read"]);

    const row = await storedRow(a.orgId, created.id);
    expect(row.keyHash).toBe(sha256(created.key));
    expect(row.keyHash).not.toBe(created.key);
    const stored = JSON.stringify(Object.values(row));
    expect(stored).not.toContain(created.key);
    expect(stored).not.toContain(secretOf(created.key));
    expect(row).toMatchObject({ prefix: created.prefix, createdBy: a.director.id, lastUsedAt: null, revokedAt: null });
  });

  it("lists keys without their hash or secret, with who made them", async () => {
    const created = await newKey();
    const list = await directorA.apiKeys.list();
    const listed = list.find((key) => key.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      name: created.name,
      prefix: created.prefix,
      scopes: ["feedback:write"],
      createdAt: expect.any(Date),
      createdByName: a.director.name,
      lastUsedAt: null,
      revokedAt: null,
    });
    const json = JSON.stringify(list);
    expect(json).not.toContain(secretOf(created.key));
    expect(json).not.toContain(sha256(created.key));
    expect(json).not.toMatch(/keyHash/);
    expect(await directorB.apiKeys.list()).toEqual([]);
  });

  it("refuses a second active key of the same name, but not once the first is revoked", async () => {
    const first = await directorA.apiKeys.create({ name: "Kiosk", scopes: ["observations:write"] });
    expect(await codeOf(directorA.apiKeys.create({ name: "kiosk", scopes: ["kpis:read"] }))).toBe("CONFLICT");
    await directorA.apiKeys.revoke({ apiKeyId: first.id });
    const second = await directorA.apiKeys.create({ name: "Kiosk", scopes: ["kpis:read"] });
    expect(second.prefix).not.toBe(first.prefix);
  });

  it("names the field at fault for missing, unknown and repeated scopes", async () => {
    for (const scopes of [[], ["admin"], ["kpis:read", "kpis:read"]]) {
      const outcome = await outcomeOf(directorA.apiKeys.create({ name: "Bad scopes", scopes: scopes as never }));
      expect(outcome.ok ? "success" : outcome.code, JSON.stringify(scopes)).toBe("BAD_REQUEST");
      if (!outcome.ok) expect(Object.keys(outcome.fieldErrors ?? {}).every((field) => field.startsWith("scopes"))).toBe(true);
    }
    expect(await codeOf(directorA.apiKeys.create({ name: " ", scopes: ["kpis:read"] }))).toBe("BAD_REQUEST");
  });

  it("is for directors only", async () => {
    const lead = await callerAs(testDb.db, a.lead);
    expect(await codeOf(lead.apiKeys.create({ name: "Sneaky", scopes: ["kpis:read"] }))).toBe("FORBIDDEN");
    expect(await codeOf(lead.apiKeys.list())).toBe("FORBIDDEN");
  });
});

describe("verifying a key", () => {
  it("accepts the right key and tells its organisation and scopes", async () => {
    const created = await newKey(["feedback:write", "observations:write"]);
    expect(await verifyApiKey(testDb.db, created.key)).toEqual({
      orgId: a.orgId,
      apiKeyId: created.id,
      scopes: ["feedback:write", "observations:write"],
    });
  });

  it("refuses a wrong secret", async () => {
    const created = await newKey();
    const wrong = withWrongSecret(created.key);
    expect(wrong).not.toBe(created.key);
    expect(await verifyApiKey(testDb.db, wrong)).toBeNull();
  });

  it("refuses a revoked key", async () => {
    const created = await newKey();
    expect(await verifyApiKey(testDb.db, created.key)).not.toBeNull();
    await directorA.apiKeys.revoke({ apiKeyId: created.id });
    expect(await verifyApiKey(testDb.db, created.key)).toBeNull();
  });

  it("refuses a key with another organisation's id swapped in, even where that organisation has the prefix", async () => {
    const created = await newKey();
    const swapped = created.key.replace(hex(a.orgId), hex(b.orgId));
    expect(await verifyApiKey(testDb.db, swapped)).toBeNull();
    // B holds a key with the same prefix and A's hash: the hash covers the organisation, so no.
    await tenantDb(testDb.db, b.orgId).insert(apiKeys, {
      name: "Look-alike",
      prefix: created.prefix,
      keyHash: sha256(created.key),
      scopes: ["feedback:write"],
    });
    expect(await verifyApiKey(testDb.db, swapped)).toBeNull();
    expect((await verifyApiKey(testDb.db, created.key))?.orgId).toBe(a.orgId);
  });

  it("returns null for garbage and never throws", async () => {
    const created = await newKey();
    const garbage: unknown[] = [
      "",
      "tp_",
      "Bearer " + created.key,
      created.key + "x",
      created.key.slice(0, -1),
      created.key.toUpperCase(),
      ` ${created.key}`,
      created.key.replace(/^tp_/, "tk_"),
      `tp_${"0".repeat(32)}_${created.prefix}_${secretOf(created.key)}`,
      `tp_${hex(a.orgId)}_zzzzzzzz_${secretOf(created.key)}`,
      "tp_\u0000",
      "x".repeat(100_000),
      "'; drop table api_keys; --",
      null,
      undefined,
      42,
      { key: created.key },
    ];
    for (const value of garbage) {
      await expect(verifyApiKey(testDb.db, value as string), String(value).slice(0, 40)).resolves.toBeNull();
    }
  });

  it("records when a key was last used, at most once a minute", async () => {
    const created = await newKey();
    const start = new Date("2030-01-01T12:00:00Z");
    await verifyApiKey(testDb.db, created.key, start);
    expect((await storedRow(a.orgId, created.id)).lastUsedAt).toEqual(start);

    await verifyApiKey(testDb.db, created.key, new Date(start.getTime() + 30_000));
    expect((await storedRow(a.orgId, created.id)).lastUsedAt).toEqual(start);

    const later = new Date(start.getTime() + 61_000);
    await verifyApiKey(testDb.db, created.key, later);
    expect((await storedRow(a.orgId, created.id)).lastUsedAt).toEqual(later);

    const listed = (await directorA.apiKeys.list()).find((key) => key.id === created.id);
    expect(listed?.lastUsedAt).toEqual(later);
  });

  it("does not record use of a wrong secret", async () => {
    const created = await newKey();
    await verifyApiKey(testDb.db, withWrongSecret(created.key));
    expect((await storedRow(a.orgId, created.id)).lastUsedAt).toBeNull();
  });
});

describe("revoking a key", () => {
  it("is NOT_FOUND for another organisation's key, and changes nothing", async () => {
    const created = await newKey();
    expect(await codeOf(directorB.apiKeys.revoke({ apiKeyId: created.id }))).toBe("NOT_FOUND");
    expect((await storedRow(a.orgId, created.id)).revokedAt).toBeNull();
    expect(await verifyApiKey(testDb.db, created.key)).not.toBeNull();
  });

  it("is a CONFLICT the second time", async () => {
    const created = await newKey();
    await directorA.apiKeys.revoke({ apiKeyId: created.id });
    expect(await codeOf(directorA.apiKeys.revoke({ apiKeyId: created.id }))).toBe("CONFLICT");
    const listed = (await directorA.apiKeys.list()).find((key) => key.id === created.id);
    expect(listed?.revokedAt).toBeInstanceOf(Date);
  });
});

describe("the audit log", () => {
  it("records creation and revocation without the key, its secret or its hash", async () => {
    const created = await newKey(["kpis:read"]);
    await directorA.apiKeys.revoke({ apiKeyId: created.id });
    const rows = await tenantDb(testDb.db, a.orgId).select(auditLog, eq(auditLog.entityId, created.id));
    expect(rows.map((row) => row.action).sort()).toEqual(["api_key.created", "api_key.revoked"]);
    expect(rows.every((row) => row.actorId === a.director.id && row.entityType === "api_key")).toBe(true);
    expect(rows.find((row) => row.action === "api_key.created")?.after).toEqual({
      name: created.name,
      prefix: created.prefix,
      scopes: ["kpis:read"],
    });
    const json = JSON.stringify(rows);
    expect(json).not.toContain(created.key);
    expect(json).not.toContain(secretOf(created.key));
    expect(json).not.toContain(sha256(created.key));
  });
});
