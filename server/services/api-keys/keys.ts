import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, desc, eq, inArray, isNull, lte, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiKeys, users } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { isApiKeyScope, type ApiKeyScope } from "@/lib/domain/api-keys";

/*
 * A key reads `tp_<organisation id without dashes>_<prefix>_<secret>`. The organisation id lets a
 * key be looked up within its tenant (keys led by org_id, never a global search); the prefix
 * tells a tenant's keys apart and is safe to show; only the SHA-256 of the whole key is stored.
 * A fast hash suffices: the secret is 32 random bytes, not a password anyone could guess.
 */
const KEY_SHAPE = /^tp_([0-9a-f]{32})_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

/** lastUsedAt is written at most this often per key, so busy integrations do not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type VerifiedApiKey = { orgId: string; apiKeyId: string; scopes: ApiKeyScope[] };

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** The organisation and prefix a key names, or null when it is not shaped like one of ours. */
export function parseApiKey(presentedKey: unknown): { orgId: string; prefix: string } | null {
  if (typeof presentedKey !== "string") return null;
  const match = KEY_SHAPE.exec(presentedKey);
  if (!match) return null;
  const [, hex, prefix] = match as unknown as [string, string, string];
  const orgId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { orgId, prefix };
}

function newApiKey(orgId: string) {
  const prefix = randomBytes(4).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  const key = `tp_${orgId.replace(/-/g, "").toLowerCase()}_${prefix}_${secret}`;
  return { prefix, key, keyHash: hashApiKey(key) };
}

export async function listApiKeys(tenant: TenantDb) {
  const rows = await tenant
    .selectFields(
      {
        id: apiKeys.id,
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        scopes: apiKeys.scopes,
        createdAt: apiKeys.createdAt,
        createdBy: apiKeys.createdBy,
        lastUsedAt: apiKeys.lastUsedAt,
        revokedAt: apiKeys.revokedAt,
      },
      apiKeys,
    )
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  const creatorIds = [...new Set(rows.flatMap((row) => (row.createdBy ? [row.createdBy] : [])))];
  const creators = creatorIds.length
    ? await tenant.selectFields({ id: users.id, name: users.name }, users, inArray(users.id, creatorIds))
    : [];
  const names = new Map(creators.map((person) => [person.id, person.name]));
  return rows.map(({ createdBy, ...row }) => ({
    ...row,
    scopes: row.scopes.filter(isApiKeyScope),
    createdByName: createdBy ? (names.get(createdBy) ?? null) : null,
  }));
}

/** Creates a key and returns it whole, the only time it is ever shown. */
export async function createApiKey(tenant: TenantDb, scope: Scope, input: { name: string; scopes: ApiKeyScope[] }) {
  // Active keys are told apart by name on the page ("Revoke <name>"); a revoked one may be replaced.
  const active = await tenant.selectFields({ name: apiKeys.name }, apiKeys, isNull(apiKeys.revokedAt));
  if (active.some((key) => key.name.toLowerCase() === input.name.toLowerCase())) {
    throw new ConflictError(`An active API key called ${input.name} already exists`);
  }
  return tenant.transaction(async (tx) => {
    // A prefix already used in this organisation (1 in 4 billion per key) just draws again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const { prefix, key, keyHash } = newApiKey(tx.orgId);
      const [row] = await tx
        .insert(apiKeys, { name: input.name, prefix, keyHash, scopes: input.scopes, createdBy: scope.userId })
        .onConflictDoNothing({ target: [apiKeys.orgId, apiKeys.prefix] })
        .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix });
      if (!row) continue;
      await recordAudit(tx, {
        actorId: scope.userId,
        action: "api_key.created",
        entityType: "api_key",
        entityId: row.id,
        after: { name: row.name, prefix: row.prefix, scopes: input.scopes },
      });
      return { id: row.id, name: row.name, prefix: row.prefix, scopes: input.scopes, key };
    }
    throw new Error("no free API key prefix after 3 attempts");
  });
}

export async function revokeApiKey(tenant: TenantDb, scope: Scope, input: { apiKeyId: string }) {
  const [row] = await tenant.selectFields(
    { id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, scopes: apiKeys.scopes, revokedAt: apiKeys.revokedAt },
    apiKeys,
    eq(apiKeys.id, input.apiKeyId),
  );
  if (!row) throw new NotFoundError("API key");
  if (row.revokedAt) throw new ConflictError(`${row.name} is already revoked`);
  const revokedAt = new Date();
  await tenant.transaction(async (tx) => {
    // Only the call that actually revokes records it, should two arrive together.
    const revoked = await tx
      .update(apiKeys, { revokedAt }, and(eq(apiKeys.id, row.id), isNull(apiKeys.revokedAt))!)
      .returning({ id: apiKeys.id });
    if (revoked.length !== 1) throw new ConflictError(`${row.name} is already revoked`);
    const { revokedAt: _before, ...key } = row;
    await recordAudit(tx, {
      actorId: scope.userId,
      action: "api_key.revoked",
      entityType: "api_key",
      entityId: row.id,
      before: { ...key, revokedAt: null },
      after: { ...key, revokedAt },
    });
  });
  return { id: row.id, revokedAt };
}

/**
 * The organisation and scopes of a presented key, or null for anything that is not a live key of
 * ours: malformed, unknown, wrong secret or revoked. Never throws for bad input.
 */
export async function verifyApiKey(db: Database, presentedKey: string, now = new Date()): Promise<VerifiedApiKey | null> {
  const parsed = parseApiKey(presentedKey);
  if (!parsed) return null;
  const tenant = tenantDb(db, parsed.orgId);
  const [row] = await tenant.selectFields(
    { id: apiKeys.id, keyHash: apiKeys.keyHash, scopes: apiKeys.scopes, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt },
    apiKeys,
    eq(apiKeys.prefix, parsed.prefix),
  );
  if (!row || !sameHash(row.keyHash, hashApiKey(presentedKey)) || row.revokedAt) return null;

  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt <= staleBefore) {
    // Conditional, so concurrent requests with one key still write once a minute at most.
    await tenant.update(
      apiKeys,
      { lastUsedAt: now },
      and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lte(apiKeys.lastUsedAt, staleBefore)))!,
    );
  }
  return { orgId: parsed.orgId, apiKeyId: row.id, scopes: row.scopes.filter(isApiKeyScope) };
}

function sameHash(storedHex: string, presentedHex: string): boolean {
  const stored = Buffer.from(storedHex, "hex");
  const presented = Buffer.from(presentedHex, "hex");
  return stored.length === presented.length && timingSafeEqual(stored, presented);
}
